import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Every sign-in and every code check updates the person's row (last sign-in, attempt budget)
 * without touching an indexed column. PostgreSQL can then write the new row version on the same
 * page and skip all five of the table's indexes, two of them trigram indexes (a HOT update), but
 * only when the page has room. Full pages, the default, force every such update to add entries to
 * every index. The setting applies to pages written from now on; `VACUUM FULL users` repacks an
 * existing table.
 */
export class LeaveRoomForHotUpdatesOfUsers1764880000000 implements MigrationInterface {
  name = "LeaveRoomForHotUpdatesOfUsers1764880000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" SET (fillfactor = 85)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" RESET (fillfactor)`);
  }
}
