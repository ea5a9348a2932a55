import type { DataSource } from "typeorm";

import type { DatabaseConfig } from "../config/config.js";

/** Any fixed 64-bit number works; it only has to be the same in every replica. */
const startupLockKey = 7_301_442_019;

/**
 * Replicas that start together take turns at migrating and seeding: the first does the work and
 * the others find it done, instead of racing through the same DDL or inserting the demo people
 * twice. The lock belongs to one PostgreSQL session, so it is held on a connection of its own
 * while the work runs on the pool. The embedded database serves one process and one connection,
 * so there is no one to wait for there, and holding its only connection would block the work.
 */
export async function runAloneAtStartup<T>(
  dataSource: DataSource,
  config: DatabaseConfig,
  work: () => Promise<T>,
): Promise<T> {
  if (config.driver !== "postgres") return work();

  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query("SELECT pg_advisory_lock($1)", [startupLockKey]);
    try {
      return await work();
    } finally {
      await runner.query("SELECT pg_advisory_unlock($1)", [startupLockKey]);
    }
  } finally {
    await runner.release();
  }
}
