import type { MigrationInterface, QueryRunner } from "typeorm";

export class CreateMfa1764790000000 implements MigrationInterface {
  name = "CreateMfa1764790000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "totp_authenticators" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "secret_ciphertext" text NOT NULL,
        "last_accepted_time_step" bigint,
        "enabled_at" timestamptz NOT NULL,
        CONSTRAINT "PK_totp_authenticators" PRIMARY KEY ("id"),
        CONSTRAINT "FK_totp_authenticators_user" FOREIGN KEY ("user_id")
          REFERENCES "users"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "totp_authenticators_user_id_key" ON "totp_authenticators" ("user_id")`,
    );
    await queryRunner.query(`
      CREATE TABLE "mfa_enrollments" (
        "user_id" uuid NOT NULL,
        "secret_ciphertext" text NOT NULL,
        "created_at" timestamptz NOT NULL,
        "expires_at" timestamptz NOT NULL,
        CONSTRAINT "PK_mfa_enrollments" PRIMARY KEY ("user_id"),
        CONSTRAINT "FK_mfa_enrollments_user" FOREIGN KEY ("user_id")
          REFERENCES "users"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(`
      CREATE TABLE "recovery_codes" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "lookup_key" bytea NOT NULL,
        "code_hash" text NOT NULL,
        "created_at" timestamptz NOT NULL,
        "used_at" timestamptz,
        CONSTRAINT "PK_recovery_codes" PRIMARY KEY ("id"),
        CONSTRAINT "FK_recovery_codes_user" FOREIGN KEY ("user_id")
          REFERENCES "users"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(
      `CREATE INDEX "recovery_codes_user_lookup_idx" ON "recovery_codes" ("user_id", "lookup_key")`,
    );
    await queryRunner.query(`
      ALTER TABLE "users"
        ADD "failed_code_attempts" integer NOT NULL DEFAULT 0,
        ADD "code_locked_until" timestamptz`);
    await queryRunner.query(`
      CREATE TABLE "security_events" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "company_id" uuid NOT NULL,
        "type" varchar(48) NOT NULL,
        "occurred_at" timestamptz NOT NULL,
        "actor_id" uuid,
        "subject_id" uuid,
        "reason" varchar(500),
        "ip_address" varchar(64),
        "user_agent" varchar(512),
        CONSTRAINT "PK_security_events" PRIMARY KEY ("id"),
        CONSTRAINT "FK_security_events_company" FOREIGN KEY ("company_id")
          REFERENCES "companies"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(`
      CREATE INDEX "security_events_company_time_idx"
        ON "security_events" ("company_id", "occurred_at", "id")`);
    await queryRunner.query(`
      CREATE INDEX "security_events_subject_time_idx"
        ON "security_events" ("subject_id", "occurred_at", "id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "security_events"`);
    await queryRunner.query(
      `ALTER TABLE "users" DROP COLUMN "code_locked_until", DROP COLUMN "failed_code_attempts"`,
    );
    await queryRunner.query(`DROP TABLE "recovery_codes"`);
    await queryRunner.query(`DROP TABLE "mfa_enrollments"`);
    await queryRunner.query(`DROP TABLE "totp_authenticators"`);
  }
}
