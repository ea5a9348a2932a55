import type { MigrationInterface, QueryRunner } from "typeorm";

export class CreateAccounts1764780000000 implements MigrationInterface {
  name = "CreateAccounts1764780000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "companies" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "name" varchar(200) NOT NULL,
        "mfa_required" boolean NOT NULL DEFAULT false,
        "mfa_self_service_disable_allowed" boolean NOT NULL DEFAULT true,
        "mfa_grace_period_days" integer NOT NULL DEFAULT 0,
        "mfa_required_since" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_companies" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`
      CREATE TABLE "users" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "company_id" uuid NOT NULL,
        "email" varchar(254) NOT NULL,
        "name" varchar(200) NOT NULL,
        "role" varchar(16) NOT NULL DEFAULT 'MEMBER',
        "password_hash" varchar(255) NOT NULL,
        "failed_password_attempts" integer NOT NULL DEFAULT 0,
        "password_locked_until" timestamptz,
        "last_sign_in_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_users" PRIMARY KEY ("id"),
        CONSTRAINT "users_role_check" CHECK ("role" IN ('ADMIN', 'MEMBER')),
        CONSTRAINT "FK_users_company" FOREIGN KEY ("company_id")
          REFERENCES "companies"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "users_email_key" ON "users" ("email")`);
    await queryRunner.query(
      `CREATE INDEX "users_company_name_id_idx" ON "users" ("company_id", "name", "id")`,
    );
    await queryRunner.query(`
      CREATE TABLE "sessions" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "token_hash" bytea NOT NULL,
        "user_id" uuid NOT NULL,
        "created_at" timestamptz NOT NULL,
        "last_seen_at" timestamptz NOT NULL,
        "expires_at" timestamptz NOT NULL,
        "authenticated_at" timestamptz NOT NULL,
        "ip_address" varchar(64),
        "user_agent" varchar(512),
        CONSTRAINT "PK_sessions" PRIMARY KEY ("id"),
        CONSTRAINT "FK_sessions_user" FOREIGN KEY ("user_id")
          REFERENCES "users"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "sessions_token_hash_key" ON "sessions" ("token_hash")`,
    );
    await queryRunner.query(`CREATE INDEX "sessions_user_id_idx" ON "sessions" ("user_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "sessions"`);
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP TABLE "companies"`);
  }
}
