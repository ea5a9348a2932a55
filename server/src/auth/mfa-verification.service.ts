import type { DataSource } from "typeorm";

import type { Clock } from "../clock/clock.js";
import { InvalidCodeError } from "../graphql/errors.js";
import type { CodeGate } from "../mfa/code-gate.js";
import type { CodeVerifier } from "../mfa/code-verifier.js";
import type { SubmittedCode } from "../mfa/submitted-code.js";
import { enqueueNotification } from "../notifications/enqueue-notification.js";
import { NotificationKind } from "../notifications/notification-kind.js";
import { recordSecurityEvent } from "../security-events/record-security-event.js";
import { SecurityEventType } from "../security-events/security-event-type.js";
import type { TrustedDeviceService } from "../trusted-devices/trusted-device.service.js";
import type { UserEntity } from "../users/user.entity.js";
import { completeSignIn } from "./complete-sign-in.js";
import type { MfaChallengeStore, PendingSignIn } from "./mfa-challenge-store.js";
import type { ClientInfo } from "./session-store.js";

export interface VerifiedSignIn {
  /** Loaded with the company, so the answer can show the viewer without reading again. */
  user: UserEntity;
  sessionToken: string;
  trustedDeviceToken: string | null;
}

export interface MfaVerificationCollaborators {
  dataSource: DataSource;
  clock: Clock;
  challenges: MfaChallengeStore;
  trustedDevices: TrustedDeviceService;
  verifier: CodeVerifier;
  gate: CodeGate;
}

/** The second sign-in step: a challenge plus a right code becomes a full session. */
export class MfaVerificationService {
  constructor(private readonly deps: MfaVerificationCollaborators) {}

  async verify(
    { challenge, user, authenticator }: PendingSignIn,
    code: SubmittedCode,
    shouldTrustDevice: boolean,
    client: ClientInfo,
  ): Promise<VerifiedSignIn> {
    const { gate, verifier } = this.deps;

    try {
      return await gate.run(user.id, {
        evaluate: () => verifier.match(user.id, code, { authenticator }),
        prepare: async () => undefined,
        // The challenge, the code and the new session change together or not at all, so
        // twenty parallel uses of one recovery code yield exactly one session.
        apply: async (manager, _prepared, matched) => {
          const { trustedDevices, clock } = this.deps;
          const sessionToken = await completeSignIn(
            manager,
            user,
            client,
            clock.now(),
            challenge.createdAt,
            challenge.id,
          );
          const event = { companyId: user.companyId, actorId: user.id, subjectId: user.id, client };
          if (matched.kind === "recovery") {
            await recordSecurityEvent(manager, {
              ...event,
              type: SecurityEventType.RECOVERY_CODE_USED,
              occurredAt: clock.now(),
            });
            await enqueueNotification(manager, {
              kind: NotificationKind.RECOVERY_CODE_USED,
              userId: user.id,
              occurredAt: clock.now(),
              client,
            });
          }

          let trustedDeviceToken: string | null = null;
          if (shouldTrustDevice) {
            ({ token: trustedDeviceToken } = await trustedDevices.trust(
              manager,
              user.id,
              client.userAgent,
            ));
            await recordSecurityEvent(manager, {
              ...event,
              type: SecurityEventType.TRUSTED_DEVICE_ADDED,
              occurredAt: clock.now(),
            });
            await enqueueNotification(manager, {
              kind: NotificationKind.TRUSTED_DEVICE_ADDED,
              userId: user.id,
              occurredAt: clock.now(),
              client,
            });
          }
          return { user, sessionToken, trustedDeviceToken };
        },
      });
    } catch (error) {
      if (error instanceof InvalidCodeError)
        await this.recordChallengeFailure(challenge, user, client);
      throw error;
    }
  }

  private async recordChallengeFailure(
    challenge: PendingSignIn["challenge"],
    user: UserEntity,
    client: ClientInfo,
  ): Promise<void> {
    const { dataSource, challenges, clock } = this.deps;

    await challenges.recordFailure(challenge.id);
    await recordSecurityEvent(dataSource.manager, {
      type: SecurityEventType.MFA_CHALLENGE_FAILED,
      companyId: user.companyId,
      occurredAt: clock.now(),
      subjectId: user.id,
      client,
    });
  }
}
