import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { ErrorCode, passwordAttemptLimit } from "@app/shared";

import { createUser, testPassword } from "../test-support/factories.js";
import { errorCodeOf, type GraphqlResponse } from "../test-support/http-client.js";
import { enrolledUser, signInMutation } from "../test-support/mfa-helpers.js";
import { startTestApp, type TestApp } from "../test-support/test-app.js";

let testApp: TestApp;

beforeAll(async () => {
  testApp = await startTestApp();
});

afterAll(async () => {
  await testApp.stop();
});

function signIn(email: string, password: string) {
  return testApp.browser().graphql(signInMutation, { input: { email, password } });
}

/** Everything a caller can observe about a failed sign-in, minus nothing. */
function observable(response: GraphqlResponse) {
  const { status, data, errors, setCookies } = response;
  return { status, data, errors, setCookies };
}

async function countOf(table: string): Promise<number> {
  const rows: { count: string | number }[] = await testApp.dataSource.query(
    `SELECT count(*) AS count FROM ${table}`,
  );
  return Number(rows[0]?.count);
}

describe("failed sign-ins look alike", () => {
  /**
   * Account enumeration and MFA discovery: unknown, wrong, locked and MFA-protected accounts
   * must give the same status, body and cookies (ASVS 5.0 6.3.8).
   */
  it("answers unknown, wrong, locked and MFA-protected accounts identically", async () => {
    const plain = await createUser(testApp.dataSource);
    const locked = await createUser(testApp.dataSource);
    const { user: withMfa } = await enrolledUser(testApp);
    for (let attempt = 0; attempt < passwordAttemptLimit; attempt += 1) {
      await signIn(locked.email, `wrong-${attempt}`);
    }

    const answers = [
      await signIn("nobody-at-all@example.test", testPassword),
      await signIn(plain.email, "not the password"),
      await signIn(locked.email, testPassword),
      await signIn(withMfa.email, "not the password"),
    ].map(observable);

    expect(answers[0]?.errors?.[0]?.extensions?.code).toBe(ErrorCode.INVALID_CREDENTIALS);
    expect(answers[0]?.setCookies).toEqual([]);
    for (const answer of answers.slice(1)) expect(answer).toEqual(answers[0]);
  });
});

describe("sign-ins for people who do not exist", () => {
  /** Keycloak testNonExistingAccounts: guessing at absent names must leave nothing behind. */
  it("store nothing, so the address can join later and sign in at once", async () => {
    const email = "joins-later@example.test";
    const usersBefore = await countOf("users");
    const eventsBefore = await countOf("security_events");

    const answers = [];
    for (let attempt = 0; attempt < passwordAttemptLimit * 2; attempt += 1) {
      answers.push(await signIn(email, `guess-${attempt}`));
    }
    const usersAfter = await countOf("users");
    const eventsAfter = await countOf("security_events");
    await createUser(testApp.dataSource, { email });
    const joined = await signIn(email, testPassword);

    expect(new Set(answers.map(errorCodeOf))).toEqual(new Set([ErrorCode.INVALID_CREDENTIALS]));
    expect(usersAfter).toBe(usersBefore);
    expect(eventsAfter).toBe(eventsBefore);
    expect(joined.data).toMatchObject({ signIn: { status: "SIGNED_IN" } });
  });
});
