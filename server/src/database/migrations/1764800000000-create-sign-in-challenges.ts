import type { MigrationInterface, QueryRunner } from "typeorm";

export class CreateSignInChallenges1764800000000 implements MigrationInterface {
  name = "CreateSignInChallenges1764800000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "mfa_challenges" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "token_hash" bytea NOT NULL,
        "user_id" uuid NOT NULL,
        "created_at" timestamptz NOT NULL,
        "expires_at" timestamptz NOT NULL,
        "failed_attempts" integer NOT NULL DEFAULT 0,
        CONSTRAINT "PK_mfa_challenges" PRIMARY KEY ("id"),
        CONSTRAINT "FK_mfa_challenges_user" FOREIGN KEY ("user_id")
          REFERENCES "users"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "mfa_challenges_token_hash_key" ON "mfa_challenges" ("token_hash")`,
    );
    await queryRunner.query(
      `CREATE INDEX "mfa_challenges_user_id_idx" ON "mfa_challenges" ("user_id")`,
    );
    await queryRunner.query(`
      CREATE TABLE "trusted_devices" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "token_hash" bytea NOT NULL,
        "user_id" uuid NOT NULL,
        "label" varchar(100) NOT NULL,
        "created_at" timestamptz NOT NULL,
        "last_used_at" timestamptz,
        "expires_at" timestamptz NOT NULL,
        CONSTRAINT "PK_trusted_devices" PRIMARY KEY ("id"),
        CONSTRAINT "FK_trusted_devices_user" FOREIGN KEY ("user_id")
          REFERENCES "users"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "trusted_devices_token_hash_key" ON "trusted_devices" ("token_hash")`,
    );
    await queryRunner.query(
      `CREATE INDEX "trusted_devices_user_id_idx" ON "trusted_devices" ("user_id")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "trusted_devices"`);
    await queryRunner.query(`DROP TABLE "mfa_challenges"`);
  }
}
