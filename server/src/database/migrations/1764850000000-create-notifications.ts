import type { MigrationInterface, QueryRunner } from "typeorm";

export class CreateNotifications1764850000000 implements MigrationInterface {
  name = "CreateNotifications1764850000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "notification_outbox" (
        "id" uuid NOT NULL,
        "user_id" uuid NOT NULL,
        "recipient" varchar(254) NOT NULL,
        "kind" varchar(40) NOT NULL,
        "mandatory" boolean NOT NULL,
        "subject" varchar(200) NOT NULL,
        "details" jsonb NOT NULL,
        "message_id" varchar(320),
        "delivery_state" varchar(16) NOT NULL DEFAULT 'QUEUED',
        "attempt_count" integer NOT NULL DEFAULT 0,
        "next_attempt_at" timestamptz,
        "claimed_until" timestamptz,
        "last_error" varchar(500),
        "created_at" timestamptz NOT NULL,
        "sent_at" timestamptz,
        CONSTRAINT "PK_notification_outbox" PRIMARY KEY ("id"),
        CONSTRAINT "FK_notification_outbox_user" FOREIGN KEY ("user_id")
          REFERENCES "users"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(
      `CREATE INDEX "notification_outbox_due_idx" ON "notification_outbox" ("next_attempt_at")
        WHERE "delivery_state" = 'QUEUED'`,
    );
    await queryRunner.query(
      `CREATE INDEX "notification_outbox_user_time_idx"
        ON "notification_outbox" ("user_id", "created_at", "id")`,
    );
    await queryRunner.query(`
      CREATE TABLE "notification_preferences" (
        "user_id" uuid NOT NULL,
        "new_browser_sign_in" boolean NOT NULL DEFAULT true,
        "test_requested_at" timestamptz,
        CONSTRAINT "PK_notification_preferences" PRIMARY KEY ("user_id"),
        CONSTRAINT "FK_notification_preferences_user" FOREIGN KEY ("user_id")
          REFERENCES "users"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(`
      CREATE TABLE "known_browsers" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "browser_hash" bytea NOT NULL,
        "first_seen_at" timestamptz NOT NULL,
        "last_seen_at" timestamptz NOT NULL,
        CONSTRAINT "PK_known_browsers" PRIMARY KEY ("id"),
        CONSTRAINT "FK_known_browsers_user" FOREIGN KEY ("user_id")
          REFERENCES "users"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "known_browsers_user_browser_key"
        ON "known_browsers" ("user_id", "browser_hash")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "known_browsers"`);
    await queryRunner.query(`DROP TABLE "notification_preferences"`);
    await queryRunner.query(`DROP TABLE "notification_outbox"`);
  }
}
