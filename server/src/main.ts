import "reflect-metadata";

import { startApp } from "./app/start-app.js";
import { ConfigError, loadConfig } from "./config/config.js";
import { printStartupBanner } from "./demo/startup-banner.js";
import { createLogger } from "./logging/logger.js";

const bootLogger = createLogger(process.env.LOG_LEVEL ?? "info");

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const app = await startApp({ config, logger });

  logger.info({ port: app.server.port, database: config.database.driver }, "API listening.");
  printStartupBanner(config, app.server.port);

  let isStopping = false;
  const shutdown = (signal: string) => {
    if (isStopping) return;
    isStopping = true;
    logger.info({ signal }, "Shutting down: finishing in-flight requests.");
    app.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, "Shutdown did not finish cleanly.");
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("SIGINT", () => shutdown("SIGINT"));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    bootLogger.fatal(error.message);
  } else {
    bootLogger.fatal({ err: error }, "The server could not start.");
  }
  process.exit(1);
});
