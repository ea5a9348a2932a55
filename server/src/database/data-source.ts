import { mkdirSync } from "node:fs";

import { DataSource } from "typeorm";

import type { DatabaseConfig } from "../config/config.js";
import type { Logger } from "../logging/logger.js";
import { entities } from "./entities.js";
import { migrations } from "./migrations/index.js";
import { createPgliteDriver } from "./pglite-pool.js";
import { runAloneAtStartup } from "./startup-lock.js";

/**
 * One data source shape for both databases, so the embedded and the real PostgreSQL run the same
 * migrations and the same queries. Schema changes only ever go through migrations.
 */
export function createDataSource(config: DatabaseConfig, logger?: Logger): DataSource {
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
      // An idle pooled connection that the server or the network drops emits an error on the
      // pool; unheard, it would end the process. The pool replaces the connection on its own,
      // so a warning is all it needs.
      poolErrorHandler: (error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        logger?.warn({ err: { message } }, "A pooled database connection failed and was dropped.");
      },
      // Notices a peer that vanished without closing the socket, instead of waiting forever.
      extra: { keepAlive: true },
    });
  }

  if (!config.dataDir.startsWith("memory://")) {
    mkdirSync(config.dataDir, { recursive: true });
  }
  return new DataSource({ ...common, driver: createPgliteDriver(config.dataDir) });
}

export async function openDatabase(config: DatabaseConfig, logger?: Logger): Promise<DataSource> {
  const dataSource = createDataSource(config, logger);
  await dataSource.initialize();
  await runAloneAtStartup(dataSource, config, () =>
    dataSource.runMigrations({ transaction: "each" }),
  );
  return dataSource;
}
