import { mkdirSync } from "node:fs";

import { DataSource } from "typeorm";

import type { DatabaseConfig } from "../config/config.js";
import { entities } from "./entities.js";
import { migrations } from "./migrations/index.js";
import { createPgliteDriver } from "./pglite-pool.js";

/**
 * One data source shape for both databases, so the embedded and the real PostgreSQL run the same
 * migrations and the same queries. Schema changes only ever go through migrations.
 */
export function createDataSource(config: DatabaseConfig): DataSource {
  const common = {
    type: "postgres" as const,
    entities,
    migrations,
    migrationsRun: false,
    synchronize: false,
    logging: false,
  };

  if (config.driver === "postgres") {
    return new DataSource({
      ...common,
      url: config.url,
      poolSize: 10,
      connectTimeoutMS: 5000,
      applicationName: "3cc-security",
    });
  }

  if (!config.dataDir.startsWith("memory://")) {
    mkdirSync(config.dataDir, { recursive: true });
  }
  return new DataSource({ ...common, driver: createPgliteDriver(config.dataDir) });
}

export async function openDatabase(config: DatabaseConfig): Promise<DataSource> {
  const dataSource = createDataSource(config);
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: "each" });
  return dataSource;
}
