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

  it("keeps notices in the app unless SMTP_URL names a mail server", () => {
    const local = loadConfig({});
    const withMail = loadConfig({ SMTP_URL: "smtps://mailer:s3cret@mail.example:465" });

    expect(local.smtpUrl).toBeUndefined();
    expect(local.smtpFrom).toBe("3 Clicks Cloud <security@3clicks.cloud>");
    expect(local.appUrl).toBe("http://localhost:5173");
    expect(withMail.smtpUrl).toBe("smtps://mailer:s3cret@mail.example:465");
  });

  it("rejects a mail server URL without repeating its password", () => {
    const attempt = () => loadConfig({ SMTP_URL: "https://mailer:s3cret@mail.example" });

    expect(attempt).toThrow(/SMTP_URL must look like smtp:\/\/host:port/);
    expect(attempt).not.toThrow(/s3cret/);
  });

  it("rejects a From address that is not one, and an app URL that is not http(s)", () => {
    expect(() => loadConfig({ SMTP_FROM: "Security Team" })).toThrow(/SMTP_FROM/);
    expect(() => loadConfig({ SMTP_FROM: "A <a@b.example>\nBcc: x@y.example" })).toThrow(
      /SMTP_FROM/,
    );
    expect(loadConfig({ SMTP_FROM: "Sec <sec@corp.example>" }).smtpFrom).toBe(
      "Sec <sec@corp.example>",
    );
    expect(() => loadConfig({ APP_URL: "ftp://app.example" })).toThrow(/APP_URL/);
    expect(loadConfig({ APP_URL: "https://app.example/" }).appUrl).toBe("https://app.example");
  });

  it("needs APP_URL in production once mail is sent, so links do not point at localhost", () => {
    const production = {
      NODE_ENV: "production",
      DATABASE_URL: "postgres://db/app",
      MFA_ENCRYPTION_KEYS: "k1:AAAA",
      SMTP_URL: "smtp://mail.internal:25",
    };

    expect(() => loadConfig(production)).toThrow(/needs APP_URL/);
    expect(loadConfig({ ...production, APP_URL: "https://app.example" }).appUrl).toBe(
      "https://app.example",
    );
  });
});
