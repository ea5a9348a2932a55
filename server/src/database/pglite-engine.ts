import { PGlite, types, type Results } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";

/** What the pool needs of an embedded database, wherever that database runs. */
export interface PgliteEngine {
  query(sql: string, values: unknown[]): Promise<Results>;
  /** Runs several statements (migrations send some) and answers each one's result. */
  exec(sql: string): Promise<Results[]>;
  close(): Promise<void>;
}

/** TypeORM sends JS booleans and sometimes their string forms; PostgreSQL wants TRUE/FALSE. */
function serializeBoolean(value: unknown): string {
  if (value === true || value === "true" || value === 1) return "TRUE";
  if (value === false || value === "false" || value === 0) return "FALSE";
  return String(value);
}

/** PGlite inside this very process: its memory and CPU are the caller's. */
export async function openPgliteInProcess(dataDir: string): Promise<PgliteEngine> {
  const database = await PGlite.create(dataDir, {
    serializers: { [types.BOOL]: serializeBoolean },
    // The staff search's trigram indexes; PostgreSQL ships the same extension in contrib.
    extensions: { pg_trgm },
  });

  return {
    query: (sql, values) => database.query(sql, values),
    exec: (sql) => database.exec(sql),
    close: () => database.close(),
  };
}
