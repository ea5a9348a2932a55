import pg from "pg";

import { waitFor } from "./wait-for.js";

/**
 * A connection of the test's own, straight to PostgreSQL and outside the app's pool, for looking
 * at backends, holding locks and installing fault triggers.
 */
export class DatabaseAdmin {
  private constructor(private readonly client: pg.Client) {}

  static async connect(databaseUrl: string): Promise<DatabaseAdmin> {
    const client = new pg.Client({
      connectionString: databaseUrl,
      application_name: "reliability-test",
    });
    await client.connect();
    return new DatabaseAdmin(client);
  }

  async query<TRow = Record<string, unknown>>(sql: string, params: unknown[] = []) {
    const result = await this.client.query(sql, params);
    return result.rows as TRow[];
  }

  async count(sql: string, params: unknown[] = []): Promise<number> {
    const rows = await this.query<{ count: string | number }>(sql, params);
    return Number(rows[0]?.count ?? 0);
  }

  /** Ends the backends behind the given client ports, as `pg_terminate_backend` does in ops. */
  async terminateBackends(clientPorts: number[]): Promise<number> {
    return this.count(
      `SELECT count(pg_terminate_backend(pid)) AS count FROM pg_stat_activity
        WHERE datname = current_database() AND client_port = ANY($1::int[])
          AND pid <> pg_backend_pid()`,
      [clientPorts],
    );
  }

  /** Ends every backend that names itself `applicationName`, in any process. */
  async terminateBackendsOf(applicationName: string): Promise<number> {
    return this.count(
      `SELECT count(pg_terminate_backend(pid)) AS count FROM pg_stat_activity
        WHERE datname = current_database() AND application_name = $1`,
      [applicationName],
    );
  }

  /** Waits until `count` statements matching `queryPattern` (ILIKE) are queued behind a lock. */
  async waitForLockWaits(queryPattern: string, count = 1): Promise<void> {
    await waitFor(`${count} statement(s) like ${queryPattern} to wait on a lock`, async () => {
      const waiting = await this.count(
        `SELECT count(*) AS count FROM pg_stat_activity
          WHERE datname = current_database() AND wait_event_type = 'Lock' AND query ILIKE $1`,
        [queryPattern],
      );
      return waiting >= count;
    });
  }

  end(): Promise<void> {
    return this.client.end();
  }
}

/**
 * Runs `sql` in a transaction left open on a connection of its own, so the rows it locks stay
 * locked until `release`. Makes "mid-request" deterministic: the app's statement waits there.
 */
export async function holdLocks(databaseUrl: string, sql: string, params: unknown[] = []) {
  const admin = await DatabaseAdmin.connect(databaseUrl);
  await admin.query("BEGIN");
  await admin.query(sql, params);

  return {
    async release(): Promise<void> {
      await admin.query("ROLLBACK");
      await admin.end();
    },
  };
}
