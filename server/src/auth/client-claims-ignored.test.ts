import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { ErrorCode, RequestErrorCode } from "@app/shared";

import { testPassword } from "../test-support/factories.js";
import { errorCodeOf } from "../test-support/http-client.js";
import {
  currentCode,
  enrolledUser,
  signInMutation,
  signInWithPassword,
  verifyMfaMutation,
} from "../test-support/mfa-helpers.js";
import { startTestApp, type TestApp } from "../test-support/test-app.js";

let testApp: TestApp;

beforeAll(async () => {
  testApp = await startTestApp();
});

afterAll(async () => {
  await testApp.stop();
});

describe("what a client claims about itself", () => {
  /** Pins down sign-in inputs that let the caller declare MFA done (Ghost#25806 pattern). */
  it.each([{ skipMfa: true }, { mfaVerified: true }, { trusted: true }, { role: "ADMIN" }])(
    "refuses a sign-in that adds %j, and starts no session",
    async (claim) => {
      const { user } = await enrolledUser(testApp);
      const browser = testApp.browser();

      const response = await browser.graphql(signInMutation, {
        input: { email: user.email, password: testPassword, ...claim },
      });

      expect(response.status).toBe(400);
      expect(errorCodeOf(response)).toBe(ErrorCode.BAD_USER_INPUT);
      expect(browser.cookies.size).toBe(0);
    },
  );

  it("refuses the same claims written into the document", async () => {
    const { user } = await enrolledUser(testApp);
    const browser = testApp.browser();

    const response = await browser.graphql(
      `mutation { signIn(input: { email: "${user.email}", password: "${testPassword}",
        mfaVerified: true }) { status } }`,
    );

    expect(response.status).toBe(400);
    expect(errorCodeOf(response)).toBe(RequestErrorCode.GRAPHQL_VALIDATION_FAILED);
    expect(browser.cookies.size).toBe(0);
  });
});

describe("whose code the code step checks", () => {
  /** Pins down a verify step that names its user instead of trusting the server-side challenge. */
  it.each([{ userId: "00000000-0000-4000-8000-000000000000" }, { email: "b@example.test" }])(
    "refuses a verifyMfa that adds %j",
    async (claim) => {
      const { user, secret } = await enrolledUser(testApp);
      const browser = testApp.browser();
      await signInWithPassword(browser, user.email);

      const response = await browser.graphql(verifyMfaMutation, {
        input: { code: currentCode(testApp, secret), ...claim },
      });

      expect(response.status).toBe(400);
      expect(errorCodeOf(response)).toBe(ErrorCode.BAD_USER_INPUT);
      expect(browser.cookies.has("session")).toBe(false);
    },
  );

  /** GitLab #14900: another person's valid code on my challenge must not sign anyone in. */
  it("checks a code against the person who passed the password, never anyone else", async () => {
    const victim = await enrolledUser(testApp);
    const attacker = await enrolledUser(testApp);
    const browser = testApp.browser();
    await signInWithPassword(browser, attacker.user.email);
    const victimCode = currentCode(testApp, victim.secret);

    const response = await browser.graphql(verifyMfaMutation, { input: { code: victimCode } });
    const viewer = await browser.graphql("{ viewer { email } }");
    const victimBrowser = testApp.browser();
    await signInWithPassword(victimBrowser, victim.user.email);
    const victimSignIn = await victimBrowser.graphql(verifyMfaMutation, {
      input: { code: victimCode },
    });

    expect(errorCodeOf(response)).toBe(ErrorCode.INVALID_CODE);
    expect(viewer.data).toEqual({ viewer: null });
    expect(victimSignIn.data).toEqual({
      verifyMfa: { status: "SIGNED_IN", viewer: { email: victim.user.email } },
    });
  });
});
