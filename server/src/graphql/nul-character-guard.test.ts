import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { ErrorCode } from "@app/shared";

import { errorCodeOf } from "../test-support/http-client.js";
import { startTestApp, type TestApp } from "../test-support/test-app.js";

let testApp: TestApp;

beforeAll(async () => {
  testApp = await startTestApp();
});

afterAll(async () => {
  await testApp.stop();
});

describe("text holding a NUL character", () => {
  /** PostgreSQL text cannot store U+0000; it used to reach the driver and fail as a 500. */
  it("is refused as bad input when sent in a variable", async () => {
    const response = await testApp
      .browser()
      .graphql("mutation ($input: SignInInput!) { signIn(input: $input) { status } }", {
        input: { email: "\u0000person@example.test", password: "whatever" },
      });

    expect(response.status).toBe(400);
    expect(errorCodeOf(response)).toBe(ErrorCode.BAD_USER_INPUT);
    expect(response.errors?.[0]?.extensions?.field).toBe("email");
  });

  it("is refused as bad input when written into the document", async () => {
    const response = await testApp
      .browser()
      .graphql(
        'mutation { signIn(input: { email: "a@b.test", password: "x\\u0000y" }) { status } }',
      );

    expect(response.status).toBe(400);
    expect(errorCodeOf(response)).toBe(ErrorCode.BAD_USER_INPUT);
    expect(response.errors?.[0]?.extensions?.field).toBe("password");
  });

  it("leaves other control characters to the fields' own checks", async () => {
    const response = await testApp
      .browser()
      .graphql("mutation ($input: SignInInput!) { signIn(input: $input) { status } }", {
        input: { email: "person@example.test", password: "tab\there" },
      });

    expect(errorCodeOf(response)).toBe(ErrorCode.INVALID_CREDENTIALS);
  });
});
