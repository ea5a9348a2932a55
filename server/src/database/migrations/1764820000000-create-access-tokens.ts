import type { MigrationInterface, QueryRunner } from "typeorm";

export class CreateAccessTokens1764820000000 implements MigrationInterface {
  name = "CreateAccessTokens1764820000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "access_tokens" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "name" varchar(100) NOT NULL,
        "token_hash" bytea NOT NULL,
        "created_at" timestamptz NOT NULL,
        "last_used_at" timestamptz,
        "expires_at" timestamptz NOT NULL,
        CONSTRAINT "PK_access_tokens" PRIMARY KEY ("id"),
        CONSTRAINT "FK_access_tokens_user" FOREIGN KEY ("user_id")
          REFERENCES "users"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "access_tokens_token_hash_key" ON "access_tokens" ("token_hash")`,
    );
    await queryRunner.query(
      `CREATE INDEX "access_tokens_user_id_idx" ON "access_tokens" ("user_id")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "access_tokens"`);
  }
}
