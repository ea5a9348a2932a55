import "reflect-metadata";

import { randomBytes } from "node:crypto";

import { pino } from "pino";

import { startApp, type App } from "../app/start-app.js";
import { loadConfig, type AppConfig } from "../config/config.js";
import { openDatabase } from "../database/data-source.js";
import { TestBrowser } from "./http-client.js";
import { MutableClock } from "./mutable-clock.js";
import { TcpProxy } from "./tcp-proxy.js";
import type { TestApp } from "./test-app.js";
import { createTestDatabase } from "./test-database.js";

export interface ProxiedTestApp extends TestApp {
  /** Sits between the app's pool and PostgreSQL; the test's own `dataSource` bypasses it. */
  proxy: TcpProxy;
  /** The fresh database, reached directly. */
  databaseUrl: string;
  /** What the app logged at warn level and above, one parsed pino line each. */
  logs: { level: number; msg: string }[];
}

/**
 * Like `startTestApp`, but the app reaches a fresh PostgreSQL database only through a TCP proxy
 * the test can cut, so faults hit the app's connections and never the test's own.
 */
export async function startProxiedTestApp(): Promise<ProxiedTestApp> {
  const database = await createTestDatabase();
  if (database.config.driver !== "postgres") {
    throw new Error("Database faults need a real PostgreSQL server: set TEST_DATABASE_URL.");
  }
  const databaseUrl = database.config.url;
  const dataSource = await openDatabase(database.config);

  const target = new URL(databaseUrl);
  const proxy = await TcpProxy.start(target.hostname, Number(target.port || 5432));
  const proxiedUrl = new URL(databaseUrl);
  proxiedUrl.hostname = "127.0.0.1";
  proxiedUrl.port = String(proxy.port);

  const logs: ProxiedTestApp["logs"] = [];
  const logger = pino({ level: "warn" }, { write: (line: string) => logs.push(JSON.parse(line)) });
  const clock = new MutableClock();
  const config: AppConfig = {
    ...loadConfig({ NODE_ENV: "test" }),
    database: { driver: "postgres", url: proxiedUrl.toString() },
    port: 0,
    seedDemoData: false,
    mfaEncryptionKeys: `test1:${randomBytes(32).toString("base64")}`,
  };
  const replicas: App[] = [];
  const start = () => startApp({ config, logger, clock, host: "127.0.0.1" });
  const app = await start();

  return {
    app,
    url: app.server.url,
    clock,
    dataSource,
    proxy,
    databaseUrl,
    logs,
    browser: (userAgent) => new TestBrowser(app.server.url, userAgent),
    async startReplica() {
      const replica = await start();
      replicas.push(replica);
      return replica;
    },
    async stop() {
      await proxy.restore();
      for (const replica of replicas) await replica.stop();
      await app.stop();
      await proxy.close();
      await dataSource.destroy();
      await database.drop();
    },
  };
}
