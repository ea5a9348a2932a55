import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Substring search over names and emails ("ali" finds "Alice" and "kalinda@…") cannot use a
 * B-tree; trigram GIN indexes keep it fast at 100,000 people in one company.
 */
export class IndexStaffSearch1764810000000 implements MigrationInterface {
  name = "IndexStaffSearch1764810000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(
      `CREATE INDEX "users_name_trgm_idx" ON "users" USING gin ("name" gin_trgm_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX "users_email_trgm_idx" ON "users" USING gin ("email" gin_trgm_ops)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "users_email_trgm_idx"`);
    await queryRunner.query(`DROP INDEX "users_name_trgm_idx"`);
  }
}
