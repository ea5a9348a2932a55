import type { DataSource, EntityManager } from "typeorm";

import { codeAttemptLimit, codeLockoutInSeconds } from "@app/shared";

import { addSeconds, secondsUntil, type Clock } from "../clock/clock.js";
import { queryReturningRows } from "../database/returning-rows.js";

export type AttemptReservation = { granted: true } | { granted: false; retryAfterSeconds: number };

/**
 * The single budget for wrong authenticator and recovery codes, per person, across every path
 * that checks a code, every challenge and every server process (RFC 4226 §7.3, NIST SP 800-63B
 * §5.2.2). An attempt is reserved with one conditional UPDATE before the code is evaluated, so
 * parallel requests and aliased fields cannot evaluate more codes than the budget allows.
 */
export class CodeAttemptBudget {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async reserve(userId: string): Promise<AttemptReservation> {
    const now = this.clock.now();

    // An expired lock starts a fresh budget; a live lock or a spent budget reserves nothing.
    const reserved = await queryReturningRows(
      this.dataSource,
      `UPDATE users
          SET failed_code_attempts =
                CASE WHEN code_locked_until <= $2 THEN 1 ELSE failed_code_attempts + 1 END,
              code_locked_until =
                CASE WHEN code_locked_until <= $2 THEN NULL ELSE code_locked_until END
        WHERE id = $1
          AND (code_locked_until <= $2
               OR (code_locked_until IS NULL AND failed_code_attempts < $3))
        RETURNING id`,
      [userId, now, codeAttemptLimit],
    );
    if (reserved.length > 0) return { granted: true };

    const rows: { code_locked_until: Date | null }[] = await this.dataSource.query(
      "SELECT code_locked_until FROM users WHERE id = $1",
      [userId],
    );
    const lockedUntil = rows[0]?.code_locked_until ?? addSeconds(now, codeLockoutInSeconds);
    return { granted: false, retryAfterSeconds: Math.max(1, secondsUntil(now, lockedUntil)) };
  }

  /**
   * The reserved attempt stays spent; the one that fills the budget starts the lock, and the
   * lock goes into the person's security log in the same statement.
   */
  async recordFailure(userId: string): Promise<boolean> {
    const now = this.clock.now();

    const locked = await queryReturningRows(
      this.dataSource,
      `WITH locked AS (
         UPDATE users SET code_locked_until = $2
          WHERE id = $1 AND failed_code_attempts >= $3 AND code_locked_until IS NULL
          RETURNING id, company_id)
       INSERT INTO security_events (company_id, type, occurred_at, subject_id, reason)
       SELECT company_id, 'ACCOUNT_LOCKED', $4, id, 'Too many wrong codes' FROM locked
       RETURNING id`,
      [userId, addSeconds(now, codeLockoutInSeconds), codeAttemptLimit, now],
    );
    return locked.length > 0;
  }

  /**
   * After a success, inside that operation's transaction so the reset commits with it; also how
   * an administrator lifts a lockout.
   */
  async reset(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(
      "UPDATE users SET failed_code_attempts = 0, code_locked_until = NULL WHERE id = $1",
      [userId],
    );
  }

  /** A server fault must not cost the person an attempt they never really made. */
  async refund(userId: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE users SET failed_code_attempts = GREATEST(failed_code_attempts - 1, 0)
        WHERE id = $1 AND code_locked_until IS NULL`,
      [userId],
    );
  }
}
