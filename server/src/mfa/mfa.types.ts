import { Field, ID, InputType, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "A browser the person chose to trust, which skips the code step." })
export class TrustedDevice {
  @Field(() => ID, { description: "Stable identifier, used to revoke it." })
  id: string;

  @Field(() => String, { description: 'Browser and system, e.g. "Chrome on Linux".' })
  label: string;

  @Field(() => Date, { description: "When the browser was trusted." })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: "When it last skipped the code step." })
  lastUsedAt: Date | null;

  @Field(() => Date, { description: "When the trust ends by itself (30 days after it began)." })
  expiresAt: Date;

  @Field(() => Boolean, { description: "True for the browser making this request." })
  current: boolean;
}

@ObjectType({ description: "Settings > Security for the signed-in person." })
export class SecuritySettings {
  @Field(() => Boolean, { description: "An authenticator app is confirmed and in use." })
  mfaEnabled: boolean;

  @Field(() => Date, { nullable: true, description: "When the authenticator was confirmed." })
  mfaEnabledAt: Date | null;

  @Field(() => Boolean, { description: "The company requires MFA of everyone." })
  mfaRequired: boolean;

  @Field(() => Date, {
    nullable: true,
    description:
      "While the company requires MFA and this person has none: when set-up becomes " +
      "compulsory (the end of the grace period). Null otherwise.",
  })
  mfaSetupDeadline: Date | null;

  @Field(() => Boolean, {
    description: "Whether Disable MFA is allowed: false while enforced or self-service is off.",
  })
  canDisableMfa: boolean;

  @Field(() => Int, { description: "Unused recovery codes left." })
  recoveryCodesRemaining: number;

  @Field(() => Date, { nullable: true, description: "When the current codes were generated." })
  recoveryCodesGeneratedAt: Date | null;

  @Field(() => [TrustedDevice], { description: "Browsers that currently skip the code step." })
  trustedDevices: TrustedDevice[];
}

@ObjectType({ description: "A pending authenticator set-up; confirm it with enableMfa." })
export class MfaEnrollment {
  @Field(() => String, {
    description: "The secret in base32, grouped in fours, for typing into an app by hand.",
  })
  manualEntryKey: string;

  @Field(() => String, { description: "The otpauth:// URI the QR code encodes." })
  otpauthUri: string;

  @Field(() => String, { description: "The QR code as a PNG data URL, drawn by this server." })
  qrCodeDataUrl: string;

  @Field(() => Date, { description: "When this set-up expires unless confirmed (15 minutes)." })
  expiresAt: Date;
}

@ObjectType({ description: "MFA is on; the recovery codes are shown here once and never again." })
export class EnableMfaPayload {
  @Field(() => [String], { description: "Ten one-time recovery codes, formatted xxxxx-xxxxx." })
  recoveryCodes: string[];

  @Field(() => SecuritySettings, { description: "The settings after the change." })
  securitySettings: SecuritySettings;
}

@ObjectType({ description: "A new set of recovery codes; the old set no longer works." })
export class RecoveryCodesPayload {
  @Field(() => [String], { description: "Ten one-time recovery codes, formatted xxxxx-xxxxx." })
  recoveryCodes: string[];

  @Field(() => SecuritySettings, { description: "The settings after the change." })
  securitySettings: SecuritySettings;
}

@InputType({ description: "Confirms a pending authenticator set-up." })
export class EnableMfaInput {
  @Field(() => String, { description: "The 6-digit code the app shows now; spaces are ignored." })
  code: string;
}

@InputType({ description: "Proof of the second factor for a sensitive MFA change." })
export class ConfirmCodeInput {
  @Field(() => String, {
    description: "A current 6-digit authenticator code, or an unused recovery code.",
  })
  code: string;
}
