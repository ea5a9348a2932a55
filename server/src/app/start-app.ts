import "reflect-metadata";

import type { DataSource } from "typeorm";

import { systemClock, type Clock } from "../clock/clock.js";
import { localDataDir, type AppConfig } from "../config/config.js";
import { openDatabase } from "../database/data-source.js";
import { runAloneAtStartup } from "../database/startup-lock.js";
import { seedDemoData } from "../demo/seed-demo-data.js";
import { createSchema } from "../graphql/schema.js";
import { startHttpServer, type RunningServer } from "../http/create-server.js";
import type { Logger } from "../logging/logger.js";
import { loadOrCreateLocalKeyRing } from "../mfa/local-key-file.js";
import { NotificationWorker } from "../notifications/notification-worker.js";
import { createServices, type Services } from "./services.js";

export interface App {
  services: Services;
  server: RunningServer;
  dataSource: DataSource;
  /** Null without SMTP_URL: notices then stay queued and are only shown in the app. */
  notificationWorker: NotificationWorker | null;
  stop(): Promise<void>;
}

export interface StartOptions {
  config: AppConfig;
  logger: Logger;
  clock?: Clock;
  host?: string;
  /** Lets several in-process servers share one database, as replicas would. */
  dataSource?: DataSource;
}

export async function startApp(options: StartOptions): Promise<App> {
  const { config, logger } = options;
  const dataSource = options.dataSource ?? (await openDatabase(config.database, logger));
  const ownsDatabase = options.dataSource === undefined;

  const encryptionKeys = config.mfaEncryptionKeys ?? (await loadOrCreateLocalKeyRing(localDataDir));
  const services = createServices({
    config,
    dataSource,
    clock: options.clock ?? systemClock,
    logger,
    encryptionKeys,
  });
  if (config.seedDemoData) {
    await runAloneAtStartup(dataSource, config.database, () =>
      seedDemoData(dataSource, services.secretBox, logger),
    );
  }

  const schema = await createSchema();
  const server = await startHttpServer(services, schema, config.port, options.host);
  const notificationWorker = config.smtpUrl
    ? new NotificationWorker({
        dataSource,
        clock: services.clock,
        logger,
        smtpUrl: config.smtpUrl,
        smtpFrom: config.smtpFrom,
        appUrl: config.appUrl,
        pollIntervalInSeconds: config.notificationPollIntervalInSeconds,
      })
    : null;
  notificationWorker?.start();

  return {
    services,
    server,
    dataSource,
    notificationWorker,
    async stop() {
      await server.stop();
      // Requests that were draining may still have queued notices; the worker goes next, and
      // both before the database they write to.
      await notificationWorker?.stop();
      if (ownsDatabase && dataSource.isInitialized) await dataSource.destroy();
    },
  };
}
