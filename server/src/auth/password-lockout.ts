import type { DataSource, EntityManager } from "typeorm";

import { passwordAttemptLimit, passwordLockoutInSeconds } from "@app/shared";

import { addSeconds, type Clock } from "../clock/clock.js";
import { queryReturningRows } from "../database/returning-rows.js";
import type { UserEntity } from "../users/user.entity.js";

/**
 * Consecutive wrong passwords per account, kept in the users row so every server process sees
 * the same count. The limit-th failure starts the lock and clears the count, so the account gets
 * a fresh allowance once the lock ends. Failures during a lock are not counted: an attacker's
 * traffic must not stretch the lock forever (the owner is the one who would pay).
 */
export class PasswordLockout {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  isLocked(lockedUntil: Date | null): boolean {
    return lockedUntil !== null && this.clock.now() < lockedUntil;
  }

  /** Returns true when this failure locked the account. */
  async recordFailure(
    userId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<boolean> {
    const now = this.clock.now();
    const lockedUntil = addSeconds(now, passwordLockoutInSeconds);

    const rows = await queryReturningRows<{ locked: boolean }>(
      manager,
      `UPDATE users
          SET failed_password_attempts =
                CASE WHEN failed_password_attempts + 1 >= $2 THEN 0
                     ELSE failed_password_attempts + 1 END,
              password_locked_until =
                CASE WHEN failed_password_attempts + 1 >= $2 THEN $3::timestamptz
                     ELSE password_locked_until END
        WHERE id = $1
          AND (password_locked_until IS NULL OR password_locked_until <= $4::timestamptz)
        RETURNING password_locked_until = $3::timestamptz AS locked`,
      [userId, passwordAttemptLimit, lockedUntil, now],
    );
    return rows[0]?.locked === true;
  }

  /** Writes only when there is something to clear, which is rare: most sign-ins are first tries. */
  async recordSuccess(
    user: Pick<UserEntity, "id" | "failedPasswordAttempts" | "passwordLockedUntil">,
  ): Promise<void> {
    if (user.failedPasswordAttempts === 0 && user.passwordLockedUntil === null) return;

    await this.dataSource.query(
      "UPDATE users SET failed_password_attempts = 0, password_locked_until = NULL WHERE id = $1",
      [user.id],
    );
  }
}
