import type { DataSource, EntityManager } from "typeorm";

import { codeAttemptLimit, codeLockoutInSeconds } from "@app/shared";

import { addSeconds, secondsUntil, type Clock } from "../clock/clock.js";
import { queryReturningRows } from "../database/returning-rows.js";
import { runInTransaction } from "../database/run-in-transaction.js";
import { enqueueNotification } from "../notifications/enqueue-notification.js";
import { NotificationKind } from "../notifications/notification-kind.js";
import { recordSecurityEvent } from "../security-events/record-security-event.js";
import { SecurityEventType } from "../security-events/security-event-type.js";

export interface GrantedAttempt {
  granted: true;
  userId: string;
  reservationId: string;
}

export type AttemptReservation = GrantedAttempt | { granted: false; retryAfterSeconds: number };

/**
 * Far longer than evaluating one code and applying its change takes, so a live request never
 * loses its reservation; short enough that an attempt whose settlement never reached the
 * database stops blocking the person within a minute.
 */
export const attemptReservationLeaseInSeconds = 60;

/**
 * The single budget for wrong authenticator and recovery codes, per person, across every path
 * that checks a code, every challenge and every server process (RFC 4226 §7.3, NIST SP 800-63B
 * §5.2.2).
 *
 * An attempt is reserved before the code is evaluated, so parallel requests and aliased fields
 * cannot evaluate more codes than the budget allows. The reservation is a row of its own, not a
 * spent attempt: only a wrong code turns it into one. A right code removes it in the same
 * transaction as the change, and a fault removes it too. When the database is unreachable even
 * for that removal, the reservation lapses after its lease instead of staying spent for good, so
 * an outage can never cost anyone an attempt (keeping the reservation's transaction open across
 * the evaluation would do the same, but would hold a pooled connection through argon2 hashing
 * for every parallel guess).
 */
export class CodeAttemptBudget {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async reserve(userId: string): Promise<AttemptReservation> {
    const now = this.clock.now();

    // The person's row lock puts every reservation for them, from any process, in one line;
    // the migration that creates the function explains why it is a function.
    const rows: { reservation_id: string | null; locked_until: Date | null }[] =
      await this.dataSource.query("SELECT * FROM reserve_code_attempt($1, $2, $3, $4)", [
        userId,
        now,
        addSeconds(now, attemptReservationLeaseInSeconds),
        codeAttemptLimit,
      ]);
    const reservationId = rows[0]?.reservation_id;
    if (!reservationId) return this.refusal(now, rows[0]?.locked_until ?? null);

    return { granted: true, userId, reservationId };
  }

  /**
   * A wrong code: the reservation becomes a spent attempt, and the one that fills the budget
   * starts the lock, logged in the same transaction.
   */
  async recordFailure(attempt: GrantedAttempt): Promise<boolean> {
    const now = this.clock.now();

    return runInTransaction(this.dataSource, async (manager) => {
      // The person's row first, as everywhere else, so two settlements cannot deadlock.
      const counted = await queryReturningRows<{
        company_id: string;
        failed_code_attempts: number;
        code_locked_until: Date | null;
      }>(
        manager,
        `UPDATE users SET failed_code_attempts = failed_code_attempts + 1 WHERE id = $1
          RETURNING company_id, failed_code_attempts, code_locked_until`,
        [attempt.userId],
      );
      await this.release(manager, attempt);

      const user = counted[0];
      if (!user || user.code_locked_until !== null) return false;
      if (user.failed_code_attempts < codeAttemptLimit) return false;

      await manager.query("UPDATE users SET code_locked_until = $2 WHERE id = $1", [
        attempt.userId,
        addSeconds(now, codeLockoutInSeconds),
      ]);
      await recordSecurityEvent(manager, {
        type: SecurityEventType.ACCOUNT_LOCKED,
        companyId: user.company_id,
        occurredAt: now,
        subjectId: attempt.userId,
        reason: "Too many wrong codes",
      });
      await enqueueNotification(manager, {
        kind: NotificationKind.CODE_ATTEMPTS_LOCKED,
        userId: attempt.userId,
        occurredAt: now,
      });
      return true;
    });
  }

  /**
   * A right code, inside the transaction of the change it allowed, so both commit together. It
   * updates the person's row, so it also takes their row lock until that transaction ends.
   */
  async recordSuccess(manager: EntityManager, attempt: GrantedAttempt): Promise<void> {
    await manager.query(
      `WITH released AS (DELETE FROM code_attempt_reservations WHERE id = $2)
       UPDATE users SET failed_code_attempts = 0, code_locked_until = NULL WHERE id = $1`,
      [attempt.userId, attempt.reservationId],
    );
  }

  /** Also how an administrator lifts a lockout. */
  async reset(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(
      "UPDATE users SET failed_code_attempts = 0, code_locked_until = NULL WHERE id = $1",
      [userId],
    );
  }

  /**
   * A server fault must not cost the person an attempt they never really made. Failing here is
   * harmless: the reservation lapses with its lease.
   */
  async refund(attempt: GrantedAttempt): Promise<void> {
    await this.release(this.dataSource.manager, attempt);
  }

  private async release(manager: EntityManager, attempt: GrantedAttempt): Promise<void> {
    await manager.query("DELETE FROM code_attempt_reservations WHERE id = $1", [
      attempt.reservationId,
    ]);
  }

  private refusal(now: Date, lockedUntil: Date | null): AttemptReservation {
    const until = lockedUntil ?? addSeconds(now, codeLockoutInSeconds);
    return { granted: false, retryAfterSeconds: Math.max(1, secondsUntil(now, until)) };
  }
}
