import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Reserving an attempt at a code needs two statements: the person's row lock, then the count
 * and insert. The count must be a statement begun after the lock was granted, so that it sees
 * every reservation committed by whoever held the lock before. Under READ COMMITTED each
 * statement of a VOLATILE function takes a fresh snapshot (PostgreSQL docs, "Function
 * Volatility Categories"), so a function keeps that order and costs one round trip instead of
 * four (begin, lock, reserve, commit).
 *
 * One row back, or none when the person does not exist: `reservation_id` when granted;
 * otherwise `locked_until` when a lockout is running, or neither when pending attempts fill
 * the budget.
 */
export class ReserveCodeAttemptInOneCall1764870000000 implements MigrationInterface {
  name = "ReserveCodeAttemptInOneCall1764870000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION reserve_code_attempt(
        p_user_id uuid, p_now timestamptz, p_lease_ends_at timestamptz, p_attempt_limit int
      ) RETURNS TABLE (reservation_id uuid, locked_until timestamptz)
      LANGUAGE plpgsql VOLATILE AS $$
      DECLARE
        v_locked_until timestamptz;
        v_reservation_id uuid;
      BEGIN
        SELECT u.code_locked_until INTO v_locked_until
          FROM users u WHERE u.id = p_user_id FOR UPDATE;
        IF NOT FOUND THEN
          RETURN;
        END IF;
        IF v_locked_until IS NOT NULL AND v_locked_until > p_now THEN
          RETURN QUERY SELECT NULL::uuid, v_locked_until;
          RETURN;
        END IF;

        -- An expired lock starts a fresh budget and lapsed reservations are cleared; the
        -- subqueries read this statement's snapshot, from before the CTEs' own writes.
        WITH fresh_start AS (
          UPDATE users SET failed_code_attempts = 0, code_locked_until = NULL
           WHERE id = p_user_id AND code_locked_until <= p_now
           RETURNING failed_code_attempts
        ), lapsed AS (
          DELETE FROM code_attempt_reservations
           WHERE user_id = p_user_id AND expires_at <= p_now
        ), used AS (
          SELECT coalesce((SELECT failed_code_attempts FROM fresh_start),
                          (SELECT failed_code_attempts FROM users WHERE id = p_user_id))
                 + (SELECT count(*) FROM code_attempt_reservations
                     WHERE user_id = p_user_id AND expires_at > p_now) AS attempts
        )
        INSERT INTO code_attempt_reservations (user_id, expires_at)
        SELECT p_user_id, p_lease_ends_at FROM used WHERE attempts < p_attempt_limit
        RETURNING id INTO v_reservation_id;

        RETURN QUERY SELECT v_reservation_id, NULL::timestamptz;
      END $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "DROP FUNCTION reserve_code_attempt(uuid, timestamptz, timestamptz, int)",
    );
  }
}
