import type { EntityManager } from "typeorm";

import { canDisableMfa, loadMfaState } from "./mfa-state.js";
import type { SecuritySettings } from "./mfa.types.js";

export async function loadSecuritySettings(
  manager: EntityManager,
  userId: string,
): Promise<SecuritySettings> {
  const state = await loadMfaState(manager, userId);

  return {
    mfaEnabled: state.authenticator !== null,
    mfaEnabledAt: state.authenticator?.enabledAt ?? null,
    mfaRequired: state.company.mfaRequired,
    canDisableMfa: canDisableMfa(state.company),
    recoveryCodesRemaining: state.authenticator ? state.recoveryCodesRemaining : 0,
    recoveryCodesGeneratedAt: state.authenticator ? state.recoveryCodesGeneratedAt : null,
    trustedDevices: [],
  };
}
