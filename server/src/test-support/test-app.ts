import "reflect-metadata";

import { randomBytes } from "node:crypto";

import type { DataSource } from "typeorm";

import { startApp, type App } from "../app/start-app.js";
import { loadConfig, type AppConfig } from "../config/config.js";
import { openDatabase } from "../database/data-source.js";
import { createSilentLogger } from "../logging/logger.js";
import { TestBrowser } from "./http-client.js";
import { MutableClock } from "./mutable-clock.js";
import { createTestDatabase, type TestDatabase } from "./test-database.js";

export interface TestApp {
  app: App;
  url: string;
  clock: MutableClock;
  dataSource: DataSource;
  browser(userAgent?: string): TestBrowser;
  /** A second server process in miniature: same database, its own HTTP server and services. */
  startReplica(): Promise<App>;
  stop(): Promise<void>;
}

/** Boots the real server in-process on a random port over a fresh database. */
export async function startTestApp(overrides: Partial<AppConfig> = {}): Promise<TestApp> {
  const database: TestDatabase = await createTestDatabase();
  const dataSource = await openDatabase(database.config);
  const clock = new MutableClock();
  const logger = createSilentLogger();
  const config = {
    ...loadConfig({ NODE_ENV: "test" }),
    database: database.config,
    port: 0,
    seedDemoData: false,
    mfaEncryptionKeys: `test1:${randomBytes(32).toString("base64")}`,
    ...overrides,
  };
  const replicas: App[] = [];

  const start = () => startApp({ config, logger, clock, dataSource, host: "127.0.0.1" });
  const app = await start();

  return {
    app,
    url: app.server.url,
    clock,
    dataSource,
    browser: (userAgent) => new TestBrowser(app.server.url, userAgent),
    async startReplica() {
      const replica = await start();
      replicas.push(replica);
      return replica;
    },
    async stop() {
      for (const replica of replicas) await replica.stop();
      await app.stop();
      await dataSource.destroy();
      await database.drop();
    },
  };
}
