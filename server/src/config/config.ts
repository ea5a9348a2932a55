import path from "node:path";
import { fileURLToPath } from "node:url";

export type DatabaseConfig =
  { driver: "pglite"; dataDir: string } | { driver: "postgres"; url: string };

export interface AppConfig {
  isProduction: boolean;
  port: number;
  clientPort: number;
  database: DatabaseConfig;
  seedDemoData: boolean;
  cookieSecure: boolean;
  logLevel: string;
  totpIssuer: string;
  /** Unset locally: a generated key file beside the embedded data is used instead. */
  mfaEncryptionKeys: string | undefined;
  /** Other origins allowed to call the API from a browser; the SPA itself is same-origin. */
  corsOrigins: string[];
  /** Unset locally: notices then stay queued in the app and no mail is sent. */
  smtpUrl: string | undefined;
  /** The From header of every notice. */
  smtpFrom: string;
  /** Where people open the web app; links in emails point here. No trailing slash. */
  appUrl: string;
  /** How often the delivery worker looks for due notices. */
  notificationPollIntervalInSeconds: number;
}

export class ConfigError extends Error {}

const serverRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** Local state (the embedded database, the generated key) stays inside the git-ignored folder. */
export const localDataDir = path.join(serverRoot, ".data");
export const defaultPgliteDir = path.join(localDataDir, "pglite");

function readPort(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;

  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new ConfigError(`${name} must be a port number between 1 and 65535, not "${raw}".`);
  }
  return port;
}

function readFlag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === "") return fallback;
  if (["1", "true", "yes", "on"].includes(raw)) return true;
  if (["0", "false", "no", "off"].includes(raw)) return false;
  throw new ConfigError(`${name} must be true or false, not "${env[name]}".`);
}

/** The URL may carry the mail server's password, so no message ever repeats it. */
function readSmtpUrl(env: NodeJS.ProcessEnv): string | undefined {
  const raw = env.SMTP_URL?.trim();
  if (!raw) return undefined;

  let url: URL | null = null;
  try {
    url = new URL(raw);
  } catch {
    // Falls through to the same message as a URL of the wrong scheme.
  }
  if (!url || !["smtp:", "smtps:"].includes(url.protocol) || url.hostname === "") {
    throw new ConfigError(
      "SMTP_URL must look like smtp://host:port or smtps://user:password@host:port.",
    );
  }
  return raw;
}

/** Either `Name <address>` or a bare address, on one line so it cannot add mail headers. */
function readSmtpFrom(env: NodeJS.ProcessEnv): string {
  const raw = env.SMTP_FROM?.trim();
  if (!raw) return "3 Clicks Cloud <security@3clicks.cloud>";

  const address = /^[^<>\r\n]*<([^<>\s]+)>$/.exec(raw)?.[1] ?? raw;
  if (!/^[^@\s<>"]+@[^@\s<>"]+$/.test(address)) {
    throw new ConfigError(
      `SMTP_FROM must be an address, optionally with a name: "Name <address>", not "${raw}".`,
    );
  }
  return raw;
}

function readAppUrl(env: NodeJS.ProcessEnv, clientPort: number): string {
  const raw = env.APP_URL?.trim();
  if (!raw) return `http://localhost:${clientPort}`;

  let url: URL | null = null;
  try {
    url = new URL(raw);
  } catch {
    // Falls through to the same message as a URL of the wrong scheme.
  }
  if (!url || !["http:", "https:"].includes(url.protocol)) {
    throw new ConfigError(`APP_URL must be an http:// or https:// address, not "${raw}".`);
  }
  return raw.replace(/\/+$/, "");
}

/**
 * Reads the environment once at start-up. Local defaults need nothing set; production refuses to
 * start without what it cannot safely invent, and names each missing variable.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const isProduction = env.NODE_ENV === "production";
  const databaseUrl = env.DATABASE_URL?.trim();

  if (isProduction) {
    const missing = ["DATABASE_URL", "MFA_ENCRYPTION_KEYS"].filter((name) => !env[name]?.trim());
    if (missing.length > 0) {
      throw new ConfigError(
        `NODE_ENV=production needs ${missing.join(" and ")}; see the configuration table in ` +
          "README.md for what each one holds.",
      );
    }
  }

  const smtpUrl = readSmtpUrl(env);
  if (isProduction && smtpUrl && !env.APP_URL?.trim()) {
    throw new ConfigError(
      "NODE_ENV=production with SMTP_URL needs APP_URL, or the links in emails would point " +
        "at localhost.",
    );
  }
  const clientPort = readPort(env, "CLIENT_PORT", 5173);

  const database: DatabaseConfig = databaseUrl
    ? { driver: "postgres", url: databaseUrl }
    : { driver: "pglite", dataDir: env.PGLITE_DIR?.trim() || defaultPgliteDir };

  return {
    isProduction,
    port: readPort(env, "PORT", 4000),
    clientPort,
    database,
    seedDemoData: readFlag(env, "SEED_DEMO_DATA", database.driver === "pglite"),
    cookieSecure: readFlag(env, "COOKIE_SECURE", isProduction),
    logLevel: env.LOG_LEVEL?.trim() || "info",
    totpIssuer: env.TOTP_ISSUER?.trim() || "3 Clicks Cloud",
    mfaEncryptionKeys: env.MFA_ENCRYPTION_KEYS?.trim() || undefined,
    corsOrigins: (env.CORS_ORIGINS ?? "")
      .split(",")
      .map((origin) => origin.trim())
      .filter((origin) => origin.length > 0),
    smtpUrl,
    smtpFrom: readSmtpFrom(env),
    appUrl: readAppUrl(env, clientPort),
    notificationPollIntervalInSeconds: 2,
  };
}
