import { EventEmitter } from "node:events";

import { openPgliteInProcess, type PgliteEngine } from "./pglite-engine.js";
import { openPgliteProcess } from "./pglite-process-client.js";

/**
 * A pg-compatible pool over one embedded PGlite database, for TypeORM's postgres driver.
 *
 * PGlite has a single session. If two TypeORM transactions shared it, a ROLLBACK in one would
 * silently discard the other's committed writes. So `connect` hands the session to one caller at
 * a time (FIFO) until that caller releases it, which behaves like a pg pool of size one.
 * A consequence: code inside a transaction must use the transaction's manager, never the
 * data source, or it waits on itself.
 */
interface PgLikeResult {
  rows: unknown[];
  rowCount: number;
  command: string;
  fields: { name: string; dataTypeID: number }[];
}

type QueryCallback = (error: Error | null, result?: PgLikeResult) => void;
type ReleaseCallback = (error?: Error) => void;
type ConnectCallback = (
  error: Error | null,
  client: PgliteClient | null,
  release: ReleaseCallback,
) => void;

function commandOf(sql: string): string {
  const match = /^\s*(?:WITH\b[\s\S]*?\)\s*)?([A-Za-z]+)/.exec(sql);
  return (match?.[1] ?? "").toUpperCase();
}

class PgliteClient extends EventEmitter {
  constructor(private readonly database: Promise<PgliteEngine>) {
    super();
  }

  query(sql: string, params?: unknown[] | QueryCallback, callback?: QueryCallback) {
    const done = typeof params === "function" ? params : callback;
    const values = Array.isArray(params) ? params : undefined;
    const result = this.run(sql, values);

    if (done) {
      result.then(
        (value) => done(null, value),
        (error: Error) => done(error),
      );
      return undefined;
    }
    return result;
  }

  private async run(sql: string, values: unknown[] | undefined): Promise<PgLikeResult> {
    const db = await this.database;

    if (values && values.length > 0) {
      const result = await db.query(sql, values);
      return {
        rows: result.rows,
        rowCount: result.affectedRows ?? result.rows.length,
        command: commandOf(sql),
        fields: result.fields,
      };
    }

    // exec runs several statements (migrations send some); TypeORM expects the last result.
    const results = await db.exec(sql);
    const last = results[results.length - 1];
    return {
      rows: last?.rows ?? [],
      rowCount: last?.affectedRows ?? last?.rows.length ?? 0,
      command: commandOf(sql),
      fields: last?.fields ?? [],
    };
  }
}

export interface PgliteDriverModule {
  Pool: new () => EventEmitter;
}

/**
 * Builds a `driver` module for TypeORM's postgres options, bound to one PGlite database. A
 * database on disk gets its own process, as the product runs it; an in-memory one, which only
 * tests use, stays in this process so each test file starts in milliseconds.
 */
export function createPgliteDriver(dataDir: string): PgliteDriverModule {
  const database = dataDir.startsWith("memory://")
    ? openPgliteInProcess(dataDir)
    : openPgliteProcess(dataDir);
  const client = new PgliteClient(database);
  const waiting: (() => void)[] = [];
  let isBusy = false;

  function acquire(): Promise<void> {
    if (!isBusy) {
      isBusy = true;
      return Promise.resolve();
    }
    return new Promise((resolve) => waiting.push(resolve));
  }

  function releaseSession(): void {
    const next = waiting.shift();
    if (next) next();
    else isBusy = false;
  }

  class Pool extends EventEmitter {
    connect(callback: ConnectCallback): void {
      acquire().then(
        () => {
          let isReleased = false;
          callback(null, client, () => {
            if (isReleased) return;
            isReleased = true;
            releaseSession();
          });
        },
        (error: Error) => callback(error, null, () => undefined),
      );
    }

    /** Queries outside a transaction still take their turn on the single session. */
    async query(sql: string, params?: unknown[]) {
      await acquire();
      try {
        return await client.query(sql, params);
      } finally {
        releaseSession();
      }
    }

    end(callback?: (error?: Error) => void): void {
      database
        .then((db) => db.close())
        .then(
          () => callback?.(),
          (error: Error) => callback?.(error),
        );
    }
  }

  return { Pool };
}
