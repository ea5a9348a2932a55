import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import pg from "pg";

import type { DatabaseConfig } from "../config/config.js";

/** One database a benchmark runs on: created empty for the run and removed after it. */
export interface BenchDatabase {
  label: string;
  config: DatabaseConfig;
  /** What the server process needs in its environment to use this database. */
  serverEnv: Record<string, string>;
  drop(): Promise<void>;
}

const localPostgresUrl = "postgres://postgres@127.0.0.1:5432/postgres";

export function createEmbeddedDatabase(): BenchDatabase {
  const dataDir = mkdtempSync(join(tmpdir(), "bench-pglite-"));

  return {
    label: "embedded PGlite",
    config: { driver: "pglite", dataDir },
    serverEnv: { PGLITE_DIR: dataDir },
    drop: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

/** BENCH_DATABASE_URL names a server the run may create a database on; else the local one. */
export async function createPostgresDatabase(
  env: NodeJS.ProcessEnv,
): Promise<BenchDatabase | null> {
  const adminUrl = env.BENCH_DATABASE_URL?.trim() || localPostgresUrl;
  const isExplicit = Boolean(env.BENCH_DATABASE_URL?.trim());
  const name = `security_bench_${Date.now()}`;

  try {
    await runStatement(adminUrl, `CREATE DATABASE "${name}"`);
  } catch (error) {
    if (isExplicit) throw error;
    return null;
  }

  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const version = await runStatement(url.toString(), "SHOW server_version");
  return {
    label: `PostgreSQL ${String(version[0]?.server_version ?? "").split(" ")[0]}`,
    config: { driver: "postgres", url: url.toString() },
    serverEnv: { DATABASE_URL: url.toString(), NODE_ENV: "production" },
    drop: async () => {
      await runStatement(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

async function runStatement(url: string, sql: string): Promise<Record<string, unknown>[]> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}
