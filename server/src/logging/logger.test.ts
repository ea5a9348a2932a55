import { Writable } from "node:stream";

import { pino } from "pino";
import { describe, expect, it } from "vitest";

import { redactedPaths } from "./logger.js";

function captureLogs() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  const logger = pino({ redact: { paths: redactedPaths, censor: "[redacted]" } }, stream);
  return { logger, lines };
}

describe("log redaction", () => {
  /** Secrets in logs outlive every rotation: passwords, codes and cookies must never land there. */
  it("blanks passwords, codes, tokens and cookies wherever a caller passes them", () => {
    const { logger, lines } = captureLogs();

    logger.info(
      {
        password: "hunter2-password",
        input: { password: "nested-password", code: "123456", recoveryCode: "abcde-fghij" },
        token: "tok_secret_value",
        req: { headers: { cookie: "session=cookie-value", authorization: "Bearer abc" } },
      },
      "sign-in attempt",
    );
    const output = lines.join("");

    for (const secret of ["hunter2", "nested-password", "123456", "abcde-fghij", "tok_secret"]) {
      expect(output).not.toContain(secret);
    }
    expect(output).not.toContain("cookie-value");
    expect(output).not.toContain("Bearer abc");
    expect(output).toContain("[redacted]");
  });
});
