import { randomBytes } from "node:crypto";

import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";

import { migrations } from "../database/migrations/index.js";
import { startServerProcess, type ServerProcess } from "../test-support/server-process.js";
import { createTestDatabase, type TestDatabase } from "../test-support/test-database.js";

const encryptionKeys = `test1:${randomBytes(32).toString("base64")}`;

let database: TestDatabase | undefined;
let servers: ServerProcess[] = [];

afterEach(async () => {
  await Promise.all(servers.map((server) => server.stop()));
  servers = [];
  await database?.drop();
});

describe("replicas starting together on an empty database", () => {
  it("migrate and seed it once, and all come up", async () => {
    database = await createTestDatabase();
    if (database.config.driver !== "postgres") throw new Error("Set TEST_DATABASE_URL.");
    const databaseUrl = database.config.url;

    servers = await Promise.all(
      [1, 2, 3].map(() => startServerProcess({ databaseUrl, encryptionKeys, seedDemoData: true })),
    );

    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const applied = await client.query(
        "SELECT name, count(*)::int AS runs FROM migrations GROUP BY name",
      );
      expect(applied.rows).toHaveLength(migrations.length);
      expect(applied.rows.every((migration) => migration.runs === 1)).toBe(true);

      const companies = await client.query(
        "SELECT count(*)::int AS seeded, count(DISTINCT name)::int AS names FROM companies",
      );
      expect(companies.rows[0].seeded).toBeGreaterThan(0);
      expect(companies.rows[0].seeded).toBe(companies.rows[0].names);
    } finally {
      await client.end();
    }
  });
});
