import { Arg, Ctx, Mutation, Query, Resolver } from "type-graphql";

import type { RequestContext } from "../graphql/context.js";
import {
  BadUserInputError,
  InvalidCredentialsError,
  UnauthenticatedError,
} from "../graphql/errors.js";
import { parseSubmittedCode, type SubmittedCode } from "../mfa/submitted-code.js";
import { browserIdOf } from "../notifications/known-browsers.js";
import { loadViewer, toViewer } from "../users/viewer.loader.js";
import { Viewer } from "../users/viewer.type.js";
import { assertEmailShape, assertPasswordShape } from "./auth.input-checks.js";
import {
  ReauthenticateInput,
  SignInInput,
  SignInPayload,
  SignInStatus,
  VerifyMfaInput,
} from "./auth.types.js";
import {
  clearCookie,
  knownBrowserCookie,
  mfaChallengeCookie,
  readCookie,
  sessionCookie,
  setCookie,
  trustedDeviceCookie,
} from "./cookies.js";
import { requireSession } from "./guards.js";

@Resolver()
export class AuthResolver {
  @Query(() => Viewer, {
    nullable: true,
    description: "The signed-in person; null when signed out or mid-way through sign-in.",
  })
  async viewer(@Ctx() { services, session }: RequestContext): Promise<Viewer | null> {
    if (!session) return null;
    return loadViewer(services.dataSource.manager, session.userId);
  }

  @Mutation(() => SignInPayload, {
    description: "The password step. Always available, whatever cookies the caller holds.",
  })
  async signIn(
    @Arg("input", () => SignInInput, { description: "Email and password." }) input: SignInInput,
    @Ctx() context: RequestContext,
  ): Promise<SignInPayload> {
    assertEmailShape(input.email);
    assertPasswordShape(input.password);
    const { services, session, cookies, res } = context;
    const isSecure = services.config.cookieSecure;
    const client = { ...context.client, browserId: browserIdOf(cookies, isSecure) };

    const outcome = await services.signIn.signIn(
      input.email,
      input.password,
      client,
      readCookie(cookies, trustedDeviceCookie, isSecure),
    );
    if (outcome.kind === "rejected") throw new InvalidCredentialsError();

    // Whatever this browser held before ends here: one cookie never maps to two sign-ins.
    if (session) await services.sessions.revoke(session.id);
    await services.challenges.revoke(readCookie(cookies, mfaChallengeCookie, isSecure));

    if (outcome.kind === "mfa-required") {
      clearCookie(res, sessionCookie, isSecure);
      setCookie(res, mfaChallengeCookie, isSecure, outcome.challengeToken);
      return { status: SignInStatus.MFA_REQUIRED, viewer: null };
    }

    clearCookie(res, mfaChallengeCookie, isSecure);
    setCookie(res, sessionCookie, isSecure, outcome.sessionToken);
    setCookie(res, knownBrowserCookie, isSecure, client.browserId);
    if (outcome.trustedDeviceToken) {
      setCookie(res, trustedDeviceCookie, isSecure, outcome.trustedDeviceToken);
    }
    return {
      status: outcome.isSetupRequired ? SignInStatus.MFA_SETUP_REQUIRED : SignInStatus.SIGNED_IN,
      viewer: toViewer(outcome.user),
    };
  }

  @Mutation(() => SignInPayload, {
    description: "The code step after MFA_REQUIRED: an authenticator or a recovery code.",
  })
  async verifyMfa(
    @Arg("input", () => VerifyMfaInput, { description: "Exactly one of code or recoveryCode." })
    input: VerifyMfaInput,
    @Ctx() context: RequestContext,
  ): Promise<SignInPayload> {
    const { services, cookies, res } = context;
    const isSecure = services.config.cookieSecure;
    const client = { ...context.client, browserId: browserIdOf(cookies, isSecure) };
    const pending = await services.challenges.resolve(
      readCookie(cookies, mfaChallengeCookie, isSecure),
    );
    if (!pending) throw new UnauthenticatedError();
    const code = submittedCodeOf(input);

    const verified = await services.mfaVerification.verify(
      pending,
      code,
      input.trustDevice,
      client,
    );

    clearCookie(res, mfaChallengeCookie, isSecure);
    setCookie(res, sessionCookie, isSecure, verified.sessionToken);
    setCookie(res, knownBrowserCookie, isSecure, client.browserId);
    if (verified.trustedDeviceToken) {
      setCookie(res, trustedDeviceCookie, isSecure, verified.trustedDeviceToken);
    }
    return {
      status: SignInStatus.SIGNED_IN,
      viewer: toViewer(verified.user),
    };
  }

  @Mutation(() => Boolean, {
    description: "Ends the session or pending sign-in on the server and clears its cookies.",
  })
  async signOut(@Ctx() { services, session, cookies, res }: RequestContext): Promise<boolean> {
    const isSecure = services.config.cookieSecure;
    if (session) await services.sessions.revoke(session.id);
    await services.challenges.revoke(readCookie(cookies, mfaChallengeCookie, isSecure));

    clearCookie(res, sessionCookie, isSecure);
    clearCookie(res, mfaChallengeCookie, isSecure);
    return true;
  }

  @Mutation(() => Boolean, {
    description: "Confirms the password to open a 15-minute window for sensitive changes.",
  })
  async reauthenticate(
    @Arg("input", () => ReauthenticateInput, { description: "The current password." })
    input: ReauthenticateInput,
    @Ctx() context: RequestContext,
  ): Promise<boolean> {
    const session = requireSession(context);
    assertPasswordShape(input.password);
    const { services, client } = context;

    const isConfirmed = await services.signIn.confirmPassword(
      session.userId,
      input.password,
      client,
    );
    if (!isConfirmed) throw new InvalidCredentialsError();

    await services.sessions.markReauthenticated(session.id);
    return true;
  }
}

function submittedCodeOf(input: VerifyMfaInput): SubmittedCode {
  const hasCode = typeof input.code === "string";
  const hasRecoveryCode = typeof input.recoveryCode === "string";
  if (hasCode === hasRecoveryCode) {
    throw new BadUserInputError("code", "Send either code or recoveryCode, not both or neither.");
  }

  if (hasCode) {
    const parsed = parseSubmittedCode(input.code ?? "", "code");
    if (parsed.kind !== "totp") {
      throw new BadUserInputError("code", "Enter the 6-digit code from your authenticator app.");
    }
    return parsed;
  }
  const parsed = parseSubmittedCode(input.recoveryCode ?? "", "recoveryCode");
  if (parsed.kind !== "recovery") {
    throw new BadUserInputError("recoveryCode", "Enter a recovery code like abcde-fghij.");
  }
  return parsed;
}
