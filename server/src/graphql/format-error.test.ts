import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { ErrorCode, RequestErrorCode } from "@app/shared";

import { startTestApp, type TestApp } from "../test-support/test-app.js";

let testApp: TestApp;

beforeAll(async () => {
  testApp = await startTestApp();
});

afterAll(async () => {
  await testApp.stop();
});

async function post(body: unknown) {
  const response = await testApp.browser().post(JSON.stringify(body), "application/json");
  const parsed = (await response.json()) as { errors: { extensions: { code: string } }[] };
  return { status: response.status, codes: parsed.errors.map((error) => error.extensions.code) };
}

describe("requests refused before execution", () => {
  /** Apollo's own code for this is not in the contract; it used to be masked as our fault. */
  it("answer BAD_REQUEST for an operation name the document does not define", async () => {
    const unknownName = await post({ query: "query A { viewer { id } }", operationName: "B" });
    const ambiguous = await post({ query: "query A { viewer { id } } query B { viewer { id } }" });

    expect(unknownName).toEqual({ status: 400, codes: [RequestErrorCode.BAD_REQUEST] });
    expect(ambiguous).toEqual({ status: 400, codes: [RequestErrorCode.BAD_REQUEST] });
  });

  /** graphql-js stops after 50 variable errors with an error that carries no code. */
  it("answer only BAD_USER_INPUT for more variable errors than graphql-js reports", async () => {
    const response = await post({
      query: "query ($f: SecurityEventFilter) { securityEvents(filter: $f) { totalCount } }",
      variables: { f: { types: Array(60).fill("NOT_A_TYPE") } },
    });

    expect(response.status).toBe(400);
    expect(response.codes.length).toBeGreaterThan(50);
    expect(new Set(response.codes)).toEqual(new Set([ErrorCode.BAD_USER_INPUT]));
  });
});
