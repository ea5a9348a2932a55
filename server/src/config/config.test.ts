import { describe, expect, it } from "vitest";

import { ConfigError, loadConfig } from "./config.js";

describe("configuration", () => {
  it("runs locally with nothing set, on the embedded database with demo data", () => {
    const config = loadConfig({});

    expect(config.port).toBe(4000);
    expect(config.clientPort).toBe(5173);
    expect(config.database.driver).toBe("pglite");
    expect(config.seedDemoData).toBe(true);
    expect(config.cookieSecure).toBe(false);
  });

  it("uses PostgreSQL without demo data when DATABASE_URL is set", () => {
    const config = loadConfig({ DATABASE_URL: "postgres://db.internal/app" });

    expect(config.database).toEqual({ driver: "postgres", url: "postgres://db.internal/app" });
    expect(config.seedDemoData).toBe(false);
  });

  it("refuses to start in production without its secrets, naming each one", () => {
    expect(() => loadConfig({ NODE_ENV: "production" })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: "production" })).toThrow(
      /DATABASE_URL and MFA_ENCRYPTION_KEYS/,
    );
    expect(() => loadConfig({ NODE_ENV: "production", DATABASE_URL: "postgres://db/app" })).toThrow(
      /needs MFA_ENCRYPTION_KEYS/,
    );
  });

  it("turns on Secure cookies in production", () => {
    const config = loadConfig({
      NODE_ENV: "production",
      DATABASE_URL: "postgres://db/app",
      MFA_ENCRYPTION_KEYS: "k1:AAAA",
    });

    expect(config.cookieSecure).toBe(true);
  });

  it("rejects a port that is not a port", () => {
    expect(() => loadConfig({ PORT: "http" })).toThrow(/PORT must be a port number/);
    expect(() => loadConfig({ CLIENT_PORT: "70000" })).toThrow(/CLIENT_PORT/);
  });
});
