import type { DataSource, EntityManager } from "typeorm";
import { QueryFailedError } from "typeorm";

import { mfaEnrollmentLifetimeInSeconds } from "@app/shared";

import type { ClientInfo } from "../auth/session-store.js";
import { addSeconds, type Clock } from "../clock/clock.js";
import { MfaAlreadyEnabledError, NotFoundError } from "../graphql/errors.js";
import { enqueueNotification } from "../notifications/enqueue-notification.js";
import { NotificationKind } from "../notifications/notification-kind.js";
import { recordSecurityEvent } from "../security-events/record-security-event.js";
import { SecurityEventType } from "../security-events/security-event-type.js";
import type { CodeGate } from "./code-gate.js";
import type { CodeVerifier, MatchedCode } from "./code-verifier.js";
import { formatSecretForManualEntry } from "./format-secret.js";
import { MfaEnrollmentEntity } from "./mfa-enrollment.entity.js";
import { loadMfaState } from "./mfa-state.js";
import { buildOtpauthUri } from "./otpauth-uri.js";
import { renderQrCodeDataUrl } from "./qr-code.js";
import { prepareRecoveryCodes, replaceRecoveryCodes } from "./recovery-code-set.js";
import type { SecretBox } from "./secret-box.js";
import { TotpAuthenticatorEntity } from "./totp-authenticator.entity.js";
import { generateTotpSecret, matchTotpCode } from "./totp.js";

export interface StartedEnrollment {
  manualEntryKey: string;
  otpauthUri: string;
  qrCodeDataUrl: string;
  expiresAt: Date;
}

const uniqueViolation = "23505";

/** Pending secret → confirmed authenticator. MFA is on only once a code for it is confirmed. */
export class MfaEnrollmentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly secretBox: SecretBox,
    private readonly verifier: CodeVerifier,
    private readonly gate: CodeGate,
    private readonly issuer: string,
  ) {}

  /** A new start replaces any pending one, so only the latest QR code can be confirmed. */
  async start(userId: string): Promise<StartedEnrollment> {
    const state = await loadMfaState(this.dataSource.manager, userId);
    if (state.authenticator) throw new MfaAlreadyEnabledError();

    const secret = generateTotpSecret();
    const now = this.clock.now();
    const expiresAt = addSeconds(now, mfaEnrollmentLifetimeInSeconds);
    await this.dataSource.manager.upsert(
      MfaEnrollmentEntity,
      { userId, secretCiphertext: this.secretBox.seal(secret, userId), createdAt: now, expiresAt },
      ["userId"],
    );

    const otpauthUri = buildOtpauthUri({
      issuer: this.issuer,
      accountName: state.user.email,
      secret,
    });
    return {
      manualEntryKey: formatSecretForManualEntry(secret),
      otpauthUri,
      qrCodeDataUrl: await renderQrCodeDataUrl(otpauthUri),
      expiresAt,
    };
  }

  async enable(userId: string, code: string, client: ClientInfo): Promise<string[]> {
    const state = await loadMfaState(this.dataSource.manager, userId);
    if (state.authenticator) throw new MfaAlreadyEnabledError();

    const enrollment = await this.dataSource.manager.findOneBy(MfaEnrollmentEntity, { userId });
    if (!enrollment || this.clock.now() >= enrollment.expiresAt) throw new NotFoundError();

    return this.gate.run(userId, {
      evaluate: async () => this.matchPendingCode(enrollment, code),
      prepare: prepareRecoveryCodes,
      apply: async (manager, recoveryCodes, matched) => {
        await this.activate(manager, enrollment, matched);
        await replaceRecoveryCodes(manager, userId, recoveryCodes, this.clock.now());
        await recordSecurityEvent(manager, {
          type: SecurityEventType.MFA_ENABLED,
          companyId: state.company.id,
          occurredAt: this.clock.now(),
          actorId: userId,
          subjectId: userId,
          client,
        });
        await enqueueNotification(manager, {
          kind: NotificationKind.MFA_ENABLED,
          userId,
          occurredAt: this.clock.now(),
          client,
        });
        return recoveryCodes.displayCodes;
      },
    });
  }

  private matchPendingCode(enrollment: MfaEnrollmentEntity, code: string): MatchedCode | null {
    const secret = this.verifier.openSecret(enrollment.secretCiphertext, enrollment.userId);
    if (secret === null) return null;

    const timeStep = matchTotpCode(secret, code, this.clock.now(), null);
    if (timeStep === null) return null;

    return {
      kind: "totp",
      timeStep,
      // Consuming the exact pending row makes a confirmation of a replaced QR code fail.
      spend: async (manager) => {
        const removed = await manager.delete(MfaEnrollmentEntity, {
          userId: enrollment.userId,
          secretCiphertext: enrollment.secretCiphertext,
        });
        return removed.affected === 1;
      },
    };
  }

  private async activate(
    manager: EntityManager,
    enrollment: MfaEnrollmentEntity,
    matched: MatchedCode,
  ): Promise<void> {
    const timeStep = matched.kind === "totp" ? matched.timeStep : null;
    try {
      await manager.insert(TotpAuthenticatorEntity, {
        userId: enrollment.userId,
        secretCiphertext: enrollment.secretCiphertext,
        // The confirming code's step starts the replay ledger, so it cannot sign in later.
        lastAcceptedTimeStep: timeStep,
        enabledAt: this.clock.now(),
      });
    } catch (error) {
      if (error instanceof QueryFailedError && error.driverError?.code === uniqueViolation) {
        throw new MfaAlreadyEnabledError();
      }
      throw error;
    }
  }
}
