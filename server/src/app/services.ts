import type { DataSource } from "typeorm";

import { SessionStore } from "../auth/session-store.js";
import { SignInService } from "../auth/sign-in.service.js";
import type { Clock } from "../clock/clock.js";
import type { AppConfig } from "../config/config.js";
import type { Logger } from "../logging/logger.js";

/** The long-lived collaborators of one server process, wired once at start-up. */
export interface Services {
  config: AppConfig;
  dataSource: DataSource;
  clock: Clock;
  logger: Logger;
  sessions: SessionStore;
  signIn: SignInService;
}

export function createServices(
  config: AppConfig,
  dataSource: DataSource,
  clock: Clock,
  logger: Logger,
): Services {
  const sessions = new SessionStore(dataSource, clock);
  const signIn = new SignInService(dataSource, sessions, clock, logger);
  return { config, dataSource, clock, logger, sessions, signIn };
}
