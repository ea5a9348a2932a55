import { readCookie, trustedDeviceCookie } from "../auth/cookies.js";
import type { RequestContext } from "../graphql/context.js";
import { mfaSetupDeadline } from "./mfa-policy.js";
import { canDisableMfa, loadMfaState } from "./mfa-state.js";
import type { SecuritySettings } from "./mfa.types.js";

export async function loadSecuritySettings(
  context: RequestContext,
  userId: string,
): Promise<SecuritySettings> {
  const { services, cookies } = context;
  const state = await loadMfaState(services.dataSource.manager, userId);
  const currentDeviceToken = readCookie(cookies, trustedDeviceCookie, services.config.cookieSecure);
  const isEnabled = state.authenticator !== null;

  return {
    mfaEnabled: isEnabled,
    mfaEnabledAt: state.authenticator?.enabledAt ?? null,
    mfaRequired: state.company.mfaRequired,
    mfaSetupDeadline: mfaSetupDeadline({
      mfaRequired: state.company.mfaRequired,
      gracePeriodDays: state.company.mfaGracePeriodDays,
      requiredSince: state.company.mfaRequiredSince,
      userCreatedAt: state.user.createdAt,
      hasAuthenticator: isEnabled,
    }),
    canDisableMfa: canDisableMfa(state.company),
    recoveryCodesRemaining: isEnabled ? state.recoveryCodesRemaining : 0,
    recoveryCodesGeneratedAt: isEnabled ? state.recoveryCodesGeneratedAt : null,
    trustedDevices: isEnabled ? await services.trustedDevices.list(userId, currentDeviceToken) : [],
  };
}
