import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { ErrorCode } from "@app/shared";

import { errorCodeOf } from "../test-support/http-client.js";
import {
  currentCode,
  disableMutation,
  enableMfaMutation,
  enrolledUser,
  regenerateMutation,
  secretOf,
  signInNewUser,
  signInWithPassword,
  startEnrollment,
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

function wrongCodeFor(right: string): string {
  return right === "000000" ? "000001" : "000000";
}

describe("one replay ledger for every path", () => {
  /**
   * librefang#3359: a code seen once (shoulder-surfed, phished) must not be good for a second
   * operation in the same window, and the refusal must read like any wrong code.
   */
  it("refuses a code used to sign in when it comes back to regenerate or disable", async () => {
    const { user, browser, secret } = await enrolledUser(testApp);
    const code = currentCode(testApp, secret);
    const other = testApp.browser();
    await signInWithPassword(other, user.email);

    const signIn = await other.graphql(verifyMfaMutation, { input: { code } });
    const regenerate = await browser.graphql(regenerateMutation, { input: { code } });
    const disable = await browser.graphql(disableMutation, { input: { code } });
    const wrong = await browser.graphql(regenerateMutation, {
      input: { code: wrongCodeFor(code) },
    });

    expect(signIn.data).toMatchObject({ verifyMfa: { status: "SIGNED_IN" } });
    expect(errorCodeOf(regenerate)).toBe(ErrorCode.INVALID_CODE);
    expect(errorCodeOf(disable)).toBe(ErrorCode.INVALID_CODE);
    expect(regenerate.errors?.[0]).toEqual(wrong.errors?.[0]);
  });

  it("refuses a code used to regenerate when it comes back to sign in", async () => {
    const { user, browser, secret } = await enrolledUser(testApp);
    const code = currentCode(testApp, secret);
    const other = testApp.browser();
    await signInWithPassword(other, user.email);

    const regenerate = await browser.graphql(regenerateMutation, { input: { code } });
    const signIn = await other.graphql(verifyMfaMutation, { input: { code } });

    expect(regenerate.errors).toBeUndefined();
    expect(errorCodeOf(signIn)).toBe(ErrorCode.INVALID_CODE);
  });

  /** The confirming code starts the ledger, so whoever watched set-up cannot sign in with it. */
  it("refuses the code that turned MFA on when it comes back to sign in", async () => {
    const { user, browser } = await signInNewUser(testApp);
    const secret = secretOf((await startEnrollment(browser)).otpauthUri);
    const code = currentCode(testApp, secret);
    await browser.graphql(enableMfaMutation, { input: { code } });
    const earlier = currentCode(testApp, secret, -1);

    const other = testApp.browser();
    await signInWithPassword(other, user.email);
    const sameCode = await other.graphql(verifyMfaMutation, { input: { code } });
    const earlierCode = await other.graphql(verifyMfaMutation, { input: { code: earlier } });

    expect(errorCodeOf(sameCode)).toBe(ErrorCode.INVALID_CODE);
    expect(errorCodeOf(earlierCode)).toBe(ErrorCode.INVALID_CODE);
  });
});
