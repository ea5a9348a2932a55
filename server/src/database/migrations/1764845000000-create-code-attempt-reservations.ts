import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Attempts being evaluated right now, each with a lease. One that was never settled (the
 * database went away before its refund) stops counting when the lease ends.
 */
export class CreateCodeAttemptReservations1764845000000 implements MigrationInterface {
  name = "CreateCodeAttemptReservations1764845000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "code_attempt_reservations" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "expires_at" timestamptz NOT NULL,
        CONSTRAINT "PK_code_attempt_reservations" PRIMARY KEY ("id"),
        CONSTRAINT "FK_code_attempt_reservations_user" FOREIGN KEY ("user_id")
          REFERENCES "users"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(
      `CREATE INDEX "code_attempt_reservations_user_id_idx"
         ON "code_attempt_reservations" ("user_id")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "code_attempt_reservations"`);
  }
}
