import { randomBytes } from "node:crypto";

import pg from "pg";

import type { DatabaseConfig } from "../config/config.js";

export interface TestDatabase {
  config: DatabaseConfig;
  drop(): Promise<void>;
}

/**
 * In-memory PGlite by default. With TEST_DATABASE_URL, a fresh database on that PostgreSQL
 * server for each test file, dropped afterwards, so files never see each other's rows.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    return { config: { driver: "pglite", dataDir: "memory://" }, drop: async () => {} };
  }

  const name = `security_test_${randomBytes(6).toString("hex")}`;
  await runAdminStatement(adminUrl, `CREATE DATABASE "${name}"`);

  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    config: { driver: "postgres", url: url.toString() },
    drop: () => runAdminStatement(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

async function runAdminStatement(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
