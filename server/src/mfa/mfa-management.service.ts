import type { DataSource } from "typeorm";

import type { ClientInfo } from "../auth/session-store.js";
import type { Clock } from "../clock/clock.js";
import { MfaDisableNotAllowedError, MfaNotEnabledError } from "../graphql/errors.js";
import { enqueueNotification } from "../notifications/enqueue-notification.js";
import { NotificationKind } from "../notifications/notification-kind.js";
import { recordSecurityEvent } from "../security-events/record-security-event.js";
import { SecurityEventType } from "../security-events/security-event-type.js";
import type { CodeGate } from "./code-gate.js";
import type { CodeVerifier } from "./code-verifier.js";
import { MfaEnrollmentEntity } from "./mfa-enrollment.entity.js";
import { canDisableMfa, loadMfaState } from "./mfa-state.js";
import { RecoveryCodeEntity } from "./recovery-code.entity.js";
import { prepareRecoveryCodes, replaceRecoveryCodes } from "./recovery-code-set.js";
import type { SubmittedCode } from "./submitted-code.js";
import { TotpAuthenticatorEntity } from "./totp-authenticator.entity.js";
import { TrustedDeviceEntity } from "../trusted-devices/trusted-device.entity.js";

/** Changes to MFA once it is on; each needs a current code or an unused recovery code. */
export class MfaManagementService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly verifier: CodeVerifier,
    private readonly gate: CodeGate,
  ) {}

  async regenerateRecoveryCodes(
    userId: string,
    code: SubmittedCode,
    client: ClientInfo,
  ): Promise<string[]> {
    const state = await loadMfaState(this.dataSource.manager, userId);
    if (!state.authenticator) throw new MfaNotEnabledError();

    return this.gate.run(userId, {
      evaluate: () => this.verifier.match(userId, code),
      prepare: prepareRecoveryCodes,
      apply: async (manager, recoveryCodes) => {
        await replaceRecoveryCodes(manager, userId, recoveryCodes, this.clock.now());
        await recordSecurityEvent(manager, {
          type: SecurityEventType.RECOVERY_CODES_REGENERATED,
          companyId: state.company.id,
          occurredAt: this.clock.now(),
          actorId: userId,
          subjectId: userId,
          client,
        });
        await enqueueNotification(manager, {
          kind: NotificationKind.RECOVERY_CODES_REGENERATED,
          userId,
          occurredAt: this.clock.now(),
          client,
        });
        return recoveryCodes.displayCodes;
      },
    });
  }

  /** Policy first, then state, then the code: nothing is spent on a change that cannot happen. */
  async disable(userId: string, code: SubmittedCode, client: ClientInfo): Promise<void> {
    const state = await loadMfaState(this.dataSource.manager, userId);
    if (!canDisableMfa(state.company)) throw new MfaDisableNotAllowedError();
    if (!state.authenticator) throw new MfaNotEnabledError();

    await this.gate.run(userId, {
      evaluate: () => this.verifier.match(userId, code),
      prepare: async () => undefined,
      apply: async (manager) => {
        await manager.delete(TotpAuthenticatorEntity, { userId });
        await manager.delete(RecoveryCodeEntity, { userId });
        await manager.delete(MfaEnrollmentEntity, { userId });
        await manager.delete(TrustedDeviceEntity, { userId });
        await recordSecurityEvent(manager, {
          type: SecurityEventType.MFA_DISABLED,
          companyId: state.company.id,
          occurredAt: this.clock.now(),
          actorId: userId,
          subjectId: userId,
          client,
        });
        await enqueueNotification(manager, {
          kind: NotificationKind.MFA_DISABLED,
          userId,
          occurredAt: this.clock.now(),
          client,
        });
      },
    });
  }
}
