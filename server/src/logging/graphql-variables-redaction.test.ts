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

describe("GraphQL variables in logs", () => {
  /**
   * Variables are where passwords, codes and recovery codes travel; a log call that includes a
   * request's variables, at the top or one level down, must carry none of them (ASVS 5.0 16.2.5).
   */
  it("blanks a request's variables wherever a caller puts them", () => {
    const { logger, lines } = captureLogs();
    const variables = {
      input: { email: "a@b.example", password: "pw-in-variables", code: "246810" },
    };

    logger.info({ variables }, "top level");
    logger.info({ request: { operationName: "SignIn", variables } }, "one level down");
    const output = lines.join("");

    expect(lines).toHaveLength(2);
    expect(output).not.toContain("pw-in-variables");
    expect(output).not.toContain("246810");
    expect(output).toContain("SignIn");
  });

  it("blanks a secret, a token and a new password passed as fields of an input", () => {
    const { logger, lines } = captureLogs();

    logger.info(
      {
        input: {
          secret: "JBSWY3DPEHPK3PXP",
          token: "3cc_pat_leaked",
          newPassword: "new-pw-value",
          currentPassword: "old-pw-value",
        },
      },
      "input fields",
    );
    const output = lines.join("");

    for (const value of ["JBSWY3DPEHPK3PXP", "3cc_pat_leaked", "new-pw-value", "old-pw-value"]) {
      expect(output).not.toContain(value);
    }
  });
});
