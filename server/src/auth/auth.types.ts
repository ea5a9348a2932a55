import { Field, InputType, ObjectType, registerEnumType } from "type-graphql";

import { Viewer } from "../users/viewer.type.js";

export enum SignInStatus {
  SIGNED_IN = "SIGNED_IN",
  MFA_REQUIRED = "MFA_REQUIRED",
  MFA_SETUP_REQUIRED = "MFA_SETUP_REQUIRED",
}

registerEnumType(SignInStatus, {
  name: "SignInStatus",
  description: "Where a sign-in stands after the password step.",
  valuesConfig: {
    SIGNED_IN: { description: "A full session was issued." },
    MFA_REQUIRED: { description: "Call verifyMfa with a code to finish signing in." },
    MFA_SETUP_REQUIRED: {
      description: "The company requires MFA; set it up before anything else.",
    },
  },
});

@InputType({ description: "Credentials for the password step of sign-in." })
export class SignInInput {
  @Field(() => String, {
    description: "The account's email; case and surrounding spaces are ignored.",
  })
  email: string;

  @Field(() => String, { description: "The account's password." })
  password: string;
}

@InputType({ description: "The password again, to open the window for sensitive changes." })
export class ReauthenticateInput {
  @Field(() => String, { description: "The signed-in person's current password." })
  password: string;
}

@ObjectType({ description: "The result of a sign-in step." })
export class SignInPayload {
  @Field(() => SignInStatus, { description: "What happens next." })
  status: SignInStatus;

  @Field(() => Viewer, { nullable: true, description: "The signed-in person once SIGNED_IN." })
  viewer: Viewer | null;
}

@InputType({ description: "The second sign-in step: exactly one of code or recoveryCode." })
export class VerifyMfaInput {
  @Field(() => String, {
    nullable: true,
    description: "The 6-digit code the authenticator app shows now; spaces are ignored.",
  })
  code?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "An unused recovery code; case, spaces and hyphens are ignored.",
  })
  recoveryCode?: string | null;

  @Field(() => Boolean, {
    defaultValue: false,
    description: "Trust this browser for 30 days, so it skips this step at sign-in.",
  })
  trustDevice: boolean;
}

@InputType({ description: "Settings > Profile: a new password." })
export class ChangePasswordInput {
  @Field(() => String, { description: "The password in use now." })
  currentPassword: string;

  @Field(() => String, { description: "The new password, 8 to 128 characters." })
  newPassword: string;
}
