import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { ErrorCode } from "@app/shared";

import { errorCodeOf, type TestBrowser } from "../test-support/http-client.js";
import {
  enrolledUser,
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

async function atCodeStep(email: string): Promise<TestBrowser> {
  const browser = testApp.browser();
  await signInWithPassword(browser, email);
  return browser;
}

function useRecoveryCode(browser: TestBrowser, recoveryCode: string | undefined) {
  return browser.graphql(verifyMfaMutation, { input: { recoveryCode } });
}

describe("refused recovery codes", () => {
  /**
   * No oracle: a code that was used, one that never existed and someone else's all get the
   * same answer, so a guesser learns nothing about which codes are real (ASVS 5.0 11.2.4).
   */
  it("answer alike whether used, invented or another person's", async () => {
    const { user, recoveryCodes } = await enrolledUser(testApp);
    const other = await enrolledUser(testApp);
    const browser = await atCodeStep(user.email);
    await useRecoveryCode(browser, recoveryCodes[0]);

    const retry = await atCodeStep(user.email);
    const used = await useRecoveryCode(retry, recoveryCodes[0]);
    const invented = await useRecoveryCode(retry, "zzzzz-yyyyy");
    const someoneElses = await useRecoveryCode(retry, other.recoveryCodes[0]);

    expect(errorCodeOf(used)).toBe(ErrorCode.INVALID_CODE);
    expect(invented.errors).toEqual(used.errors);
    expect(someoneElses.errors).toEqual(used.errors);
    expect(invented.status).toBe(used.status);
  });

  /** Typing variations of a real code are the same code, and spend it once. */
  it("treat case, spaces and hyphens as the same code", async () => {
    const { user, recoveryCodes } = await enrolledUser(testApp);
    const code = recoveryCodes[1] ?? "";
    const typed = ` ${code.toUpperCase().replace("-", " ")} `;

    const first = await useRecoveryCode(await atCodeStep(user.email), typed);
    const again = await useRecoveryCode(await atCodeStep(user.email), code.replace("-", ""));

    expect(first.data).toMatchObject({ verifyMfa: { status: "SIGNED_IN" } });
    expect(errorCodeOf(again)).toBe(ErrorCode.INVALID_CODE);
  });
});
