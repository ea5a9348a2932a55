import { pino, type Logger } from "pino";

export type { Logger };

/**
 * Paths that may carry a password, a code, a token or a cookie. The logger blanks them even if a
 * future call site hands over a whole request by mistake.
 */
export const redactedPaths = [
  "password",
  "*.password",
  "*.currentPassword",
  "*.newPassword",
  "code",
  "*.code",
  "*.recoveryCode",
  "token",
  "*.token",
  "secret",
  "*.secret",
  "req.headers.cookie",
  "req.headers.authorization",
  'res.headers["set-cookie"]',
  "headers.cookie",
  "headers.authorization",
  "variables",
  "*.variables",
];

export function createLogger(level: string): Logger {
  return pino({
    level,
    base: undefined,
    redact: { paths: redactedPaths, censor: "[redacted]" },
  });
}

/** For tests: swallow everything so test output stays readable. */
export function createSilentLogger(): Logger {
  return pino({ level: "silent" });
}
