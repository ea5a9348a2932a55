import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { codeAttemptLimit, ErrorCode } from "@app/shared";

import { errorCodeOf } from "../test-support/http-client.js";
import {
  currentCode,
  enableMfaMutation,
  enrolledUser,
  secretOf,
  signInNewUser,
  signInWithPassword,
  startEnrollment,
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

async function hasAuthenticator(userId: string): Promise<boolean> {
  const rows: unknown[] = await testApp.dataSource.query(
    "SELECT id FROM totp_authenticators WHERE user_id = $1",
    [userId],
  );
  return rows.length > 0;
}

// Operation names are deliberately unrelated to what the fields do: a limit keyed on names or
// URL paths would let a renamed operation through.
const verifyAs = `
  mutation Harmless($input: VerifyMfaInput!) { verifyMfa(input: $input) { status } }`;
const regenerateAs = `
  mutation ReadOnly($input: ConfirmCodeInput!) {
    regenerateRecoveryCodes(input: $input) { recoveryCodes }
  }`;
const disableAs = `
  mutation Nothing($input: ConfirmCodeInput!) { disableMfa(input: $input) { mfaEnabled } }`;

describe("one code budget on every path that checks a code", () => {
  /** Pins down brute force of the set-up confirmation, which has no challenge to kill. */
  it("stops set-up confirmations after ten wrong codes, even the right one", async () => {
    const { user, browser } = await signInNewUser(testApp);
    const secret = secretOf((await startEnrollment(browser)).otpauthUri);
    const wrong = wrongCodeFor(currentCode(testApp, secret));

    const answers = [];
    for (let attempt = 0; attempt < codeAttemptLimit; attempt += 1) {
      answers.push(await browser.graphql(enableMfaMutation, { input: { code: wrong } }));
    }
    const right = await browser.graphql(enableMfaMutation, {
      input: { code: currentCode(testApp, secret) },
    });

    expect(answers.map(errorCodeOf)).toEqual(Array(codeAttemptLimit).fill(ErrorCode.INVALID_CODE));
    expect(errorCodeOf(right)).toBe(ErrorCode.TOO_MANY_ATTEMPTS);
    expect(await hasAuthenticator(user.id)).toBe(false);
  });

  /** Pins down a per-path or per-operation-name counter that switching paths would escape. */
  it("adds up wrong codes from sign-in, regeneration and disabling, however named", async () => {
    const { user, browser, secret } = await enrolledUser(testApp);
    const wrong = wrongCodeFor(currentCode(testApp, secret));
    const challenged = testApp.browser();
    await signInWithPassword(challenged, user.email);

    const answers = [];
    for (let attempt = 0; attempt < 4; attempt += 1) {
      answers.push(await challenged.graphql(verifyAs, { input: { code: wrong } }));
    }
    for (let attempt = 0; attempt < 3; attempt += 1) {
      answers.push(await browser.graphql(regenerateAs, { input: { code: wrong } }));
    }
    for (let attempt = 0; attempt < 3; attempt += 1) {
      answers.push(await browser.graphql(disableAs, { input: { code: "aaaaa-bbbbb" } }));
    }
    const right = await browser.graphql(disableAs, {
      input: { code: currentCode(testApp, secret) },
    });

    expect(answers.map(errorCodeOf)).toEqual(Array(codeAttemptLimit).fill(ErrorCode.INVALID_CODE));
    expect(errorCodeOf(right)).toBe(ErrorCode.TOO_MANY_ATTEMPTS);
    expect(await hasAuthenticator(user.id)).toBe(true);
  });

  /** Pins down a recovery code spent twice when disabling and regenerating race each other. */
  it("lets one recovery code pay for only one of a parallel disable and regeneration", async () => {
    const { user, browser, recoveryCodes } = await enrolledUser(testApp);
    const code = recoveryCodes[4];

    const [regenerated, disabled] = await Promise.all([
      browser.graphql(regenerateAs, { input: { code } }),
      browser.graphql(disableAs, { input: { code } }),
    ]);
    const outcomes = [regenerated, disabled].map((answer) => errorCodeOf(answer) ?? "accepted");

    expect(outcomes.filter((outcome) => outcome === "accepted")).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome === ErrorCode.INVALID_CODE)).toHaveLength(1);
    expect(await hasAuthenticator(user.id)).toBe(errorCodeOf(disabled) !== undefined);
  });
});
