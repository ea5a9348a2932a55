import type { DataSource, EntityManager } from "typeorm";

import { normalizeEmail } from "@app/shared";

import type { Clock } from "../clock/clock.js";
import { runInTransaction } from "../database/run-in-transaction.js";
import type { Logger } from "../logging/logger.js";
import { mfaSetupDeadline, policyFactsOf } from "../mfa/mfa-policy.js";
import { enqueueNotification } from "../notifications/enqueue-notification.js";
import { NotificationKind } from "../notifications/notification-kind.js";
import { recordSecurityEvent } from "../security-events/record-security-event.js";
import { SecurityEventType } from "../security-events/security-event-type.js";
import type { TrustedDeviceService } from "../trusted-devices/trusted-device.service.js";
import { findSigningInPerson } from "../users/find-user-with-company.js";
import { UserEntity } from "../users/user.entity.js";
import { completeSignIn } from "./complete-sign-in.js";
import type { MfaChallengeStore } from "./mfa-challenge-store.js";
import { PasswordLockout } from "./password-lockout.js";
import { getDecoyHash, hashPassword, needsRehash, verifyPassword } from "./password-hasher.js";
import type { ClientInfo } from "./session-store.js";

export type SignInOutcome =
  | { kind: "rejected" }
  | { kind: "mfa-required"; challengeToken: string }
  | {
      kind: "signed-in";
      /** Loaded with the company, so the answer can show the viewer without reading again. */
      user: UserEntity;
      sessionToken: string;
      /** The rotated trusted-device token when a trusted browser skipped the code step. */
      trustedDeviceToken: string | null;
      isSetupRequired: boolean;
    };

export interface SignInCollaborators {
  dataSource: DataSource;
  challenges: MfaChallengeStore;
  trustedDevices: TrustedDeviceService;
  clock: Clock;
  logger: Logger;
}

/** The nil UUID: never generated for a row, so an update keyed on it matches nothing. */
const noAccountId = "00000000-0000-0000-0000-000000000000";

export class SignInService {
  private readonly lockout: PasswordLockout;

  constructor(private readonly deps: SignInCollaborators) {
    this.lockout = new PasswordLockout(deps.dataSource, deps.clock);
  }

  /**
   * Unknown email, wrong password and locked account all end in the same "rejected" after the
   * same argon2 work, so neither the answer nor its timing tells an attacker which it was.
   * Whether MFA is on is revealed only after the password is right.
   */
  async signIn(
    emailInput: string,
    password: string,
    client: ClientInfo,
    trustedDeviceToken: string | undefined,
  ): Promise<SignInOutcome> {
    const { dataSource, trustedDevices, challenges, clock } = this.deps;
    const email = normalizeEmail(emailInput);
    const found = await findSigningInPerson(dataSource.manager, email);

    const user = await this.checkPassword(found?.user ?? null, password, client);
    if (!user || !found) return { kind: "rejected" };

    await this.lockout.recordSuccess(user);
    await this.upgradeHashIfNeeded(user, password);
    const facts = policyFactsOf(user, found.hasAuthenticator);
    const passwordProvenAt = clock.now();

    let rotatedDeviceToken: string | null = null;
    if (facts.hasAuthenticator) {
      rotatedDeviceToken = await trustedDevices.redeem(trustedDeviceToken, user.id);
      if (!rotatedDeviceToken) {
        return { kind: "mfa-required", challengeToken: await challenges.create(user.id) };
      }
    }

    const sessionToken = await runInTransaction(dataSource, (manager) =>
      completeSignIn(manager, user, client, clock.now(), passwordProvenAt),
    );
    const deadline = mfaSetupDeadline(facts);
    return {
      kind: "signed-in",
      user,
      sessionToken,
      trustedDeviceToken: rotatedDeviceToken,
      isSetupRequired: deadline !== null && passwordProvenAt >= deadline,
    };
  }

  /** Re-authentication spends the same lockout as sign-in, so a stolen session cannot guess. */
  async confirmPassword(userId: string, password: string, client: ClientInfo): Promise<boolean> {
    const found = await this.deps.dataSource.manager.findOneBy(UserEntity, { id: userId });

    const user = await this.checkPassword(found, password, client);
    if (!user) return false;

    await this.lockout.recordSuccess(user);
    return true;
  }

  /** Returns the user when the password is right and the account not locked, else null. */
  private async checkPassword(
    user: UserEntity | null,
    password: string,
    client: ClientInfo,
  ): Promise<UserEntity | null> {
    if (!user || this.lockout.isLocked(user.passwordLockedUntil)) {
      await verifyPassword(await getDecoyHash(), password);
      // The database's share of the answer time must not tell either: a wrong password for a
      // real account writes its failure in a transaction, so this rejection runs the same
      // statement in a transaction too, on an id no account has, and changes nothing.
      await runInTransaction(this.deps.dataSource, (manager) =>
        this.lockout.recordFailure(noAccountId, manager),
      );
      return null;
    }

    if (await verifyPassword(user.passwordHash, password)) return user;

    // The lock, its log entries and the owner's notice commit together or not at all.
    const didLock = await runInTransaction(this.deps.dataSource, async (manager) => {
      const isLockedNow = await this.lockout.recordFailure(user.id, manager);
      await this.recordFailureEvents(manager, user, client, isLockedNow);
      return isLockedNow;
    });
    if (didLock) {
      this.deps.logger.warn(
        { userId: user.id },
        "Password sign-in locked after repeated failures.",
      );
    }
    return null;
  }

  private async recordFailureEvents(
    manager: EntityManager,
    user: UserEntity,
    client: ClientInfo,
    didLock: boolean,
  ) {
    const occurredAt = this.deps.clock.now();
    const base = { companyId: user.companyId, occurredAt, subjectId: user.id, client };

    await recordSecurityEvent(manager, {
      ...base,
      type: SecurityEventType.SIGN_IN_FAILED,
    });
    if (!didLock) return;

    await recordSecurityEvent(manager, {
      ...base,
      type: SecurityEventType.ACCOUNT_LOCKED,
      reason: "Too many wrong passwords",
    });
    await enqueueNotification(manager, {
      kind: NotificationKind.ACCOUNT_LOCKED,
      userId: user.id,
      occurredAt,
      client,
    });
  }

  private async upgradeHashIfNeeded(user: UserEntity, password: string): Promise<void> {
    if (!needsRehash(user.passwordHash)) return;

    const passwordHash = await hashPassword(password);
    await this.deps.dataSource.manager.update(UserEntity, { id: user.id }, { passwordHash });
  }
}
