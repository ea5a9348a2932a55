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

  const database: DatabaseConfig = databaseUrl
    ? { driver: "postgres", url: databaseUrl }
    : { driver: "pglite", dataDir: env.PGLITE_DIR?.trim() || defaultPgliteDir };

  return {
    isProduction,
    port: readPort(env, "PORT", 4000),
    clientPort: readPort(env, "CLIENT_PORT", 5173),
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
  };
}
