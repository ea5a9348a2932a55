import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { ErrorCode, passwordAttemptLimit, passwordLockoutInSeconds } from "@app/shared";

import { createUser, testPassword } from "../test-support/factories.js";
import { errorCodeOf, type TestBrowser } from "../test-support/http-client.js";
import { startTestApp, type TestApp } from "../test-support/test-app.js";

const signInMutation = `
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) { status viewer { email name company { name } } }
  }`;

let testApp: TestApp;

beforeAll(async () => {
  testApp = await startTestApp();
});

afterAll(async () => {
  await testApp.stop();
});

function signIn(browser: TestBrowser, email: string, password: string) {
  return browser.graphql(signInMutation, { input: { email, password } });
}

describe("password sign-in", () => {
  it("signs a person in and sets an httpOnly SameSite session cookie", async () => {
    const user = await createUser(testApp.dataSource);
    const browser = testApp.browser();

    const response = await signIn(browser, ` ${user.email.toUpperCase()} `, testPassword);

    expect(response.errors).toBeUndefined();
    expect(response.data).toMatchObject({
      signIn: { status: "SIGNED_IN", viewer: { email: user.email } },
    });
    const cookie = response.setCookies.find((header) => header.startsWith("session="));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Path=\//);
  });

  /** Account enumeration: the answer must not tell a wrong password from an unknown email. */
  it("answers an unknown email exactly like a wrong password", async () => {
    const user = await createUser(testApp.dataSource);

    const unknown = await signIn(testApp.browser(), "nobody-here@example.test", testPassword);
    const wrong = await signIn(testApp.browser(), user.email, "not the password");

    expect(errorCodeOf(unknown)).toBe(ErrorCode.INVALID_CREDENTIALS);
    expect(unknown.status).toBe(wrong.status);
    expect(unknown.errors).toEqual(wrong.errors);
    expect(unknown.data).toEqual(wrong.data);
    expect(unknown.setCookies).toEqual([]);
  });

  it("issues a new session token at every sign-in", async () => {
    const user = await createUser(testApp.dataSource);
    const browser = testApp.browser();

    await signIn(browser, user.email, testPassword);
    const first = browser.cookies.get("session");
    await signIn(browser, user.email, testPassword);
    const second = browser.cookies.get("session");

    expect(first).toBeDefined();
    expect(second).toBeDefined();
    expect(second).not.toBe(first);
  });

  it("never stores the session token itself", async () => {
    const user = await createUser(testApp.dataSource);
    const browser = testApp.browser();

    await signIn(browser, user.email, testPassword);
    const token = browser.cookies.get("session") ?? "";
    const rows: { token_hash: Buffer }[] = await testApp.dataSource.query(
      "SELECT token_hash FROM sessions WHERE user_id = $1",
      [user.id],
    );

    expect(rows).toHaveLength(1);
    expect(rows[0]?.token_hash.toString("base64url")).not.toBe(token);
    expect(rows[0]?.token_hash.includes(Buffer.from(token))).toBe(false);
  });
});

describe("password lockout", () => {
  /** Online guessing: ten wrong passwords in a row stop password sign-in for 15 minutes. */
  it("locks after ten consecutive wrong passwords and refuses even the right one", async () => {
    const user = await createUser(testApp.dataSource);

    for (let attempt = 0; attempt < passwordAttemptLimit; attempt += 1) {
      const response = await signIn(testApp.browser(), user.email, `wrong-${attempt}`);
      expect(errorCodeOf(response)).toBe(ErrorCode.INVALID_CREDENTIALS);
    }
    const locked = await signIn(testApp.browser(), user.email, testPassword);

    expect(errorCodeOf(locked)).toBe(ErrorCode.INVALID_CREDENTIALS);
    expect(locked.setCookies).toEqual([]);
  });

  it("lets the right password in again once the lock has run out", async () => {
    const user = await createUser(testApp.dataSource);
    for (let attempt = 0; attempt < passwordAttemptLimit; attempt += 1) {
      await signIn(testApp.browser(), user.email, `wrong-${attempt}`);
    }

    testApp.clock.advanceBySeconds(passwordLockoutInSeconds + 1);
    const response = await signIn(testApp.browser(), user.email, testPassword);

    expect(response.data).toMatchObject({ signIn: { status: "SIGNED_IN" } });
  });

  it("does not lock when a success comes between failures", async () => {
    const user = await createUser(testApp.dataSource);
    const almost = passwordAttemptLimit - 1;

    for (let attempt = 0; attempt < almost; attempt += 1) {
      await signIn(testApp.browser(), user.email, `wrong-${attempt}`);
    }
    await signIn(testApp.browser(), user.email, testPassword);
    for (let attempt = 0; attempt < almost; attempt += 1) {
      await signIn(testApp.browser(), user.email, `wrong-again-${attempt}`);
    }
    const response = await signIn(testApp.browser(), user.email, testPassword);

    expect(response.data).toMatchObject({ signIn: { status: "SIGNED_IN" } });
  });

  /** Parallel guessing must not slip extra attempts past the counter. */
  it("counts parallel wrong passwords without losing any", async () => {
    const user = await createUser(testApp.dataSource);

    await Promise.all(
      Array.from({ length: passwordAttemptLimit }, (_, attempt) =>
        signIn(testApp.browser(), user.email, `parallel-wrong-${attempt}`),
      ),
    );
    const response = await signIn(testApp.browser(), user.email, testPassword);

    expect(errorCodeOf(response)).toBe(ErrorCode.INVALID_CREDENTIALS);
  });
});
