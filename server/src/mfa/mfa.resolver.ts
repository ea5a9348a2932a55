import { Arg, Ctx, Mutation, Query, Resolver } from "type-graphql";

import { requireRecentAuthentication, requireSession } from "../auth/guards.js";
import { sessionCookie, setCookie } from "../auth/cookies.js";
import type { RequestContext } from "../graphql/context.js";
import {
  ConfirmCodeInput,
  EnableMfaInput,
  EnableMfaPayload,
  MfaEnrollment,
  RecoveryCodesPayload,
  SecuritySettings,
} from "./mfa.types.js";
import { loadSecuritySettings } from "./security-settings.js";
import { parseAuthenticatorCode, parseSubmittedCode } from "./submitted-code.js";

@Resolver()
export class MfaResolver {
  @Query(() => SecuritySettings, { description: "Settings > Security for the signed-in person." })
  async securitySettings(@Ctx() context: RequestContext): Promise<SecuritySettings> {
    const session = requireSession(context);
    return loadSecuritySettings(context, session.userId);
  }

  @Mutation(() => MfaEnrollment, {
    description: "Starts setting up an authenticator app. Needs a sign-in in the last 15 minutes.",
  })
  async startMfaEnrollment(@Ctx() context: RequestContext): Promise<MfaEnrollment> {
    const session = requireRecentAuthentication(context);
    return context.services.mfaEnrollment.start(session.userId);
  }

  @Mutation(() => EnableMfaPayload, {
    description: "Confirms the pending set-up with a code; MFA is on from here.",
  })
  async enableMfa(
    @Arg("input", () => EnableMfaInput, { description: "The code from the app." })
    input: EnableMfaInput,
    @Ctx() context: RequestContext,
  ): Promise<EnableMfaPayload> {
    const session = requireRecentAuthentication(context);
    const { services, client, res } = context;
    const code = parseAuthenticatorCode(input.code, "code");

    const recoveryCodes = await services.mfaEnrollment.enable(session.userId, code, client);

    // The account's protection changed, so the session id does too (OWASP ASVS 5.0 7.2.4).
    const token = await services.sessions.rotate(session.id, client);
    setCookie(res, sessionCookie, services.config.cookieSecure, token);
    return {
      recoveryCodes,
      securitySettings: await loadSecuritySettings(context, session.userId),
    };
  }

  @Mutation(() => RecoveryCodesPayload, {
    description: "Replaces all recovery codes with ten new ones; the old ones stop working.",
  })
  async regenerateRecoveryCodes(
    @Arg("input", () => ConfirmCodeInput, { description: "A current code or a recovery code." })
    input: ConfirmCodeInput,
    @Ctx() context: RequestContext,
  ): Promise<RecoveryCodesPayload> {
    const session = requireRecentAuthentication(context);
    const { services, client } = context;
    const code = parseSubmittedCode(input.code, "code");

    const recoveryCodes = await services.mfaManagement.regenerateRecoveryCodes(
      session.userId,
      code,
      client,
    );
    return {
      recoveryCodes,
      securitySettings: await loadSecuritySettings(context, session.userId),
    };
  }

  @Mutation(() => SecuritySettings, {
    description: "Turns MFA off where the company allows it, removing codes and trusted browsers.",
  })
  async disableMfa(
    @Arg("input", () => ConfirmCodeInput, { description: "A current code or a recovery code." })
    input: ConfirmCodeInput,
    @Ctx() context: RequestContext,
  ): Promise<SecuritySettings> {
    const session = requireRecentAuthentication(context);
    const { services, client } = context;
    const code = parseSubmittedCode(input.code, "code");

    await services.mfaManagement.disable(session.userId, code, client);
    return loadSecuritySettings(context, session.userId);
  }
}
