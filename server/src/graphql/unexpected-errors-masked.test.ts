import { Writable } from "node:stream";

import { GraphQLError } from "graphql";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { ErrorCode } from "@app/shared";

import { testPassword } from "../test-support/factories.js";
import { signInMutation } from "../test-support/mfa-helpers.js";
import { startTestApp, type TestApp } from "../test-support/test-app.js";
import { createErrorFormatter } from "./format-error.js";

const leakyMessage =
  'relation "users" does not exist: SELECT password_hash FROM users ' +
  "(db-primary.internal.example:5432)";

let production: TestApp;

beforeAll(async () => {
  production = await startTestApp({ isProduction: true });
});

afterAll(async () => {
  await production.stop();
});

function captureLogs() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { logger: pino(stream), lines };
}

describe("an unexpected failure inside a resolver", () => {
  /** ASVS 5.0 16.5.1: no stack trace, SQL, hostname or input reaches the caller. */
  it("answers a generic INTERNAL_SERVER_ERROR with nothing from the cause", async () => {
    const signIn = production.app.services.signIn;
    const original = signIn.signIn.bind(signIn);
    signIn.signIn = async () => {
      throw new Error(leakyMessage);
    };

    try {
      const response = await production.browser().graphql(signInMutation, {
        input: { email: "alice@example.test", password: testPassword },
      });
      const body = JSON.stringify(response);

      expect(response.errors?.[0]?.extensions).toEqual({ code: ErrorCode.INTERNAL_SERVER_ERROR });
      expect(response.status).toBeLessThan(500);
      for (const leak of ["SELECT", "password_hash", "internal.example", "5432", "at "]) {
        expect(body).not.toContain(leak);
      }
      expect(body).not.toContain(testPassword);
    } finally {
      signIn.signIn = original;
    }
  });

  it("is logged once for operators with its cause, and never with the request's variables", () => {
    const { logger, lines } = captureLogs();
    const format = createErrorFormatter(logger);
    const cause = new Error(leakyMessage);
    const error = new GraphQLError("unexpected", { originalError: cause, path: ["signIn"] });

    const formatted = format(
      { message: leakyMessage, path: ["signIn"], extensions: { code: "INTERNAL_SERVER_ERROR" } },
      error,
    );

    expect(formatted.message).not.toContain("SELECT");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("password_hash");
    expect(lines[0]).not.toContain("variables");
  });

  it("passes contract errors through without a stack trace", () => {
    const { logger, lines } = captureLogs();
    const format = createErrorFormatter(logger);

    const formatted = format(
      {
        message: "That code is not valid.",
        extensions: { code: ErrorCode.INVALID_CODE, stacktrace: ["Error: at resolver"] },
      },
      new Error("expected"),
    );

    expect(formatted.extensions).toEqual({ code: ErrorCode.INVALID_CODE });
    expect(lines).toEqual([]);
  });
});
