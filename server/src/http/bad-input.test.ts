import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { ErrorCode, RequestErrorCode } from "@app/shared";

import { errorCodeOf } from "../test-support/http-client.js";
import { startTestApp, type TestApp } from "../test-support/test-app.js";

const signInMutation = `
  mutation SignIn($input: SignInInput!) { signIn(input: $input) { status } }`;

let testApp: TestApp;

beforeAll(async () => {
  testApp = await startTestApp();
});

afterAll(async () => {
  await testApp.stop();
});

describe("bad input over HTTP", () => {
  it("refuses a 100 kB email with BAD_USER_INPUT naming the field, without echoing it", async () => {
    const hugeEmail = `${"a".repeat(100 * 1024)}@example.test`;

    const response = await testApp.browser().graphql(signInMutation, {
      input: { email: hugeEmail, password: "whatever" },
    });

    expect(response.status).toBe(400);
    expect(errorCodeOf(response)).toBe(ErrorCode.BAD_USER_INPUT);
    expect(response.errors?.[0]?.extensions?.field).toBe("email");
    expect(JSON.stringify(response)).not.toContain("aaaaaaaaaa");
  });

  it("refuses a missing input field before execution", async () => {
    const response = await testApp.browser().graphql(signInMutation, {
      input: { email: "alice@acme.test" },
    });

    expect(response.status).toBe(400);
    expect(errorCodeOf(response)).toBe(ErrorCode.BAD_USER_INPUT);
  });

  it("refuses a document that does not match the schema", async () => {
    const response = await testApp
      .browser()
      .graphql('mutation { signIn(input: { email: "a@b.test" }) { status } }');

    expect(response.status).toBe(400);
    expect(errorCodeOf(response)).toBe(RequestErrorCode.GRAPHQL_VALIDATION_FAILED);
  });

  it("answers a body that is not JSON with BAD_REQUEST, not a 500", async () => {
    const response = await testApp.browser().post("{ this is not json", "application/json");
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };

    expect(response.status).toBe(400);
    expect(body.errors[0]?.extensions.code).toBe(RequestErrorCode.BAD_REQUEST);
  });

  /** CSRF: a plain-text POST is what a cross-site form can send without a preflight. */
  it("refuses a text/plain POST", async () => {
    const response = await testApp
      .browser()
      .post(JSON.stringify({ query: "{ viewer { id } }" }), "text/plain");
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };

    expect(response.status).toBe(400);
    expect(body.errors[0]?.extensions.code).toBe(RequestErrorCode.BAD_REQUEST);
  });

  it("refuses batched requests", async () => {
    const query = JSON.stringify({ query: "{ viewer { id } }" });
    const response = await testApp.browser().post(`[${query},${query}]`, "application/json");

    expect(response.status).toBe(400);
  });

  it("answers a body over the size limit with 413 and BAD_REQUEST", async () => {
    const response = await testApp
      .browser()
      .post(
        JSON.stringify({ query: `{ viewer { id } } #${"x".repeat(300 * 1024)}` }),
        "application/json",
      );
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };

    expect(response.status).toBe(413);
    expect(body.errors[0]?.extensions.code).toBe(RequestErrorCode.BAD_REQUEST);
  });

  it("marks GraphQL responses as not cacheable", async () => {
    const response = await testApp
      .browser()
      .post(JSON.stringify({ query: "{ viewer { id } }" }), "application/json");

    expect(response.headers.get("cache-control")).toBe("no-store");
  });
});

describe("health endpoints", () => {
  it("reports liveness and readiness while the database answers", async () => {
    const health = await fetch(`${testApp.url}/healthz`);
    const ready = await fetch(`${testApp.url}/readyz`);

    expect(health.status).toBe(200);
    expect(ready.status).toBe(200);
  });
});
