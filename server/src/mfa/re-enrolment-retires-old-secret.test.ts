import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { ErrorCode } from "@app/shared";

import { errorCodeOf } from "../test-support/http-client.js";
import {
  currentCode,
  disableMutation,
  enableMfaMutation,
  enrolledUser,
  nextTimeStep,
  secretOf,
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

describe("setting MFA up again with a new secret", () => {
  /**
   * A lost or copied phone keeps generating codes for the old secret: once the person has
   * replaced it, those codes must prove nothing, in the very next step (ASVS 4.0.3 2.8.6).
   */
  it("makes codes of the old secret worthless at once", async () => {
    const { user, browser, secret: oldSecret } = await enrolledUser(testApp);
    await browser.graphql(disableMutation, { input: { code: currentCode(testApp, oldSecret) } });
    nextTimeStep(testApp);
    const newSecret = secretOf((await startEnrollment(browser)).otpauthUri);
    await browser.graphql(enableMfaMutation, { input: { code: currentCode(testApp, newSecret) } });
    nextTimeStep(testApp);

    const signingIn = testApp.browser();
    await signInWithPassword(signingIn, user.email);
    const withOld = await signingIn.graphql(verifyMfaMutation, {
      input: { code: currentCode(testApp, oldSecret) },
    });
    const withNew = await signingIn.graphql(verifyMfaMutation, {
      input: { code: currentCode(testApp, newSecret) },
    });
    const authenticators: unknown[] = await testApp.dataSource.query(
      "SELECT id FROM totp_authenticators WHERE user_id = $1",
      [user.id],
    );

    expect(oldSecret.equals(newSecret)).toBe(false);
    expect(errorCodeOf(withOld)).toBe(ErrorCode.INVALID_CODE);
    expect(withNew.data).toMatchObject({ verifyMfa: { status: "SIGNED_IN" } });
    expect(authenticators).toHaveLength(1);
  });

  it("leaves no recovery code or trusted browser of the old set-up behind", async () => {
    const { user, browser, secret, recoveryCodes } = await enrolledUser(testApp);
    const trusting = testApp.browser();
    await signInWithPassword(trusting, user.email);
    await trusting.graphql(verifyMfaMutation, {
      input: { code: currentCode(testApp, secret), trustDevice: true },
    });
    nextTimeStep(testApp);
    await browser.graphql(disableMutation, { input: { code: currentCode(testApp, secret) } });
    nextTimeStep(testApp);
    const newSecret = secretOf((await startEnrollment(browser)).otpauthUri);
    await browser.graphql(enableMfaMutation, { input: { code: currentCode(testApp, newSecret) } });

    await trusting.graphql("mutation { signOut }");
    const trustedSignIn = await signInWithPassword(trusting, user.email);
    const oldRecoveryCode = await trusting.graphql(verifyMfaMutation, {
      input: { recoveryCode: recoveryCodes[0] },
    });

    expect(trustedSignIn.data).toMatchObject({ signIn: { status: "MFA_REQUIRED" } });
    expect(errorCodeOf(oldRecoveryCode)).toBe(ErrorCode.INVALID_CODE);
  });
});
