import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { ErrorCode, passwordMaxLength, passwordMinLength } from "@app/shared";

import { createUser, testPassword } from "../test-support/factories.js";
import { errorCodeOf, type TestBrowser } from "../test-support/http-client.js";
import { signInMutation, signInWithPassword } from "../test-support/mfa-helpers.js";
import { startTestApp, type TestApp } from "../test-support/test-app.js";
import { hashPassword, verifyPassword } from "./password-hasher.js";

let testApp: TestApp;

beforeAll(async () => {
  testApp = await startTestApp();
});

afterAll(async () => {
  await testApp.stop();
});

const changePasswordMutation = `
  mutation Change($input: ChangePasswordInput!) { changePassword(input: $input) }`;

function changePassword(browser: TestBrowser, currentPassword: string, newPassword: string) {
  return browser.graphql(changePasswordMutation, { input: { currentPassword, newPassword } });
}

async function signedIn() {
  const user = await createUser(testApp.dataSource);
  const browser = testApp.browser();
  await signInWithPassword(browser, user.email);
  return { user, browser };
}

describe("password hashing", () => {
  /** ASVS 5.0 11.4.2: a memory-hard hash with a salt of its own for every password. */
  it("uses argon2id with a fresh salt for every hash", async () => {
    const first = await hashPassword(testPassword);
    const second = await hashPassword(testPassword);

    expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(first.split("$")[4]).not.toBe(second.split("$")[4]);
    await expect(verifyPassword(second, testPassword)).resolves.toBe(true);
  });
});

describe("choosing a password", () => {
  it("refuses fewer than 8 or more than 128 characters, naming the field", async () => {
    const { browser } = await signedIn();

    const short = await changePassword(browser, testPassword, "x".repeat(passwordMinLength - 1));
    const long = await changePassword(browser, testPassword, "x".repeat(passwordMaxLength + 1));

    for (const answer of [short, long]) {
      expect(errorCodeOf(answer)).toBe(ErrorCode.BAD_USER_INPUT);
      expect(answer.errors?.[0]?.extensions?.field).toBe("newPassword");
    }
  });

  /** NIST SP 800-63B §5.1.1.2: no composition rules, so eight plain letters will do. */
  it("accepts eight lower-case letters, with no composition rules", async () => {
    const { user, browser } = await signedIn();

    const changed = await changePassword(browser, testPassword, "abcdefgh");
    const signIn = await testApp.browser().graphql(signInMutation, {
      input: { email: user.email, password: "abcdefgh" },
    });

    expect(changed.data).toEqual({ changePassword: true });
    expect(signIn.data).toMatchObject({ signIn: { status: "SIGNED_IN" } });
  });

  /** Pins down silent truncation (bcrypt's 72 bytes): every one of 128 characters counts. */
  it("uses all 128 characters, so one changed at the end does not sign in", async () => {
    const { user, browser } = await signedIn();
    const longest = `${"correct horse ".repeat(9)}battery st`.slice(0, passwordMaxLength);
    const lastCharacterChanged = `${longest.slice(0, -1)}X`;

    const changed = await changePassword(browser, testPassword, longest);
    const right = await testApp.browser().graphql(signInMutation, {
      input: { email: user.email, password: longest },
    });
    const almost = await testApp.browser().graphql(signInMutation, {
      input: { email: user.email, password: lastCharacterChanged },
    });

    expect(longest).toHaveLength(passwordMaxLength);
    expect(changed.data).toEqual({ changePassword: true });
    expect(right.data).toMatchObject({ signIn: { status: "SIGNED_IN" } });
    expect(errorCodeOf(almost)).toBe(ErrorCode.INVALID_CREDENTIALS);
  });
});
