import { decodeBase32 } from "../mfa/base32.js";
import { totpPeriodInSeconds } from "@app/shared";

import { computeTotp, timeStepAt } from "../mfa/totp.js";
import { createUser, testPassword } from "./factories.js";
import type { GraphqlResponse, TestBrowser } from "./http-client.js";
import type { TestApp } from "./test-app.js";

export const startEnrollmentMutation = `
  mutation { startMfaEnrollment { manualEntryKey otpauthUri qrCodeDataUrl expiresAt } }`;
export const enableMfaMutation = `
  mutation Enable($input: EnableMfaInput!) {
    enableMfa(input: $input) {
      recoveryCodes
      securitySettings { mfaEnabled recoveryCodesRemaining }
    }
  }`;
export const regenerateMutation = `
  mutation Regenerate($input: ConfirmCodeInput!) {
    regenerateRecoveryCodes(input: $input) {
      recoveryCodes
      securitySettings { recoveryCodesRemaining }
    }
  }`;
export const disableMutation = `
  mutation Disable($input: ConfirmCodeInput!) {
    disableMfa(input: $input) { mfaEnabled recoveryCodesRemaining }
  }`;

export interface Enrollment {
  manualEntryKey: string;
  otpauthUri: string;
  qrCodeDataUrl: string;
  expiresAt: string;
}

export async function signInNewUser(testApp: TestApp, overrides = {}) {
  const user = await createUser(testApp.dataSource, overrides);
  const browser = testApp.browser();
  await browser.graphql("mutation ($input: SignInInput!) { signIn(input: $input) { status } }", {
    input: { email: user.email, password: testPassword },
  });
  return { user, browser };
}

export function secretOf(otpauthUri: string): Buffer {
  const secret = decodeBase32(new URL(otpauthUri).searchParams.get("secret") ?? "");
  if (!secret) throw new Error("The otpauth URI holds no secret.");
  return secret;
}

/** The code an authenticator app would show at the test clock's current time. */
export function currentCode(testApp: TestApp, secret: Buffer, stepOffset = 0): string {
  return computeTotp(secret, timeStepAt(testApp.clock.now()) + stepOffset);
}

/** Moves to the next 30-second step, so a fresh code is not a replay of the last one. */
export function nextTimeStep(testApp: TestApp): void {
  testApp.clock.advanceBySeconds(totpPeriodInSeconds);
}

export async function startEnrollment(browser: TestBrowser): Promise<Enrollment> {
  const response = await browser.graphql<{ startMfaEnrollment: Enrollment }>(
    startEnrollmentMutation,
  );
  if (!response.data)
    throw new Error(`startMfaEnrollment failed: ${response.errors?.[0]?.message}`);
  return response.data.startMfaEnrollment;
}

/** Signs a new person in and turns MFA on, returning the secret and the recovery codes. */
export async function enrolledUser(testApp: TestApp, overrides = {}) {
  const { user, browser } = await signInNewUser(testApp, overrides);
  const enrollment = await startEnrollment(browser);
  const secret = secretOf(enrollment.otpauthUri);
  const response: GraphqlResponse<{ enableMfa: { recoveryCodes: string[] } }> =
    await browser.graphql(enableMfaMutation, { input: { code: currentCode(testApp, secret) } });
  if (!response.data) throw new Error(`enableMfa failed: ${response.errors?.[0]?.message}`);

  nextTimeStep(testApp);
  return { user, browser, secret, recoveryCodes: response.data.enableMfa.recoveryCodes };
}

export const signInMutation = `
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) { status viewer { email } }
  }`;
export const verifyMfaMutation = `
  mutation Verify($input: VerifyMfaInput!) {
    verifyMfa(input: $input) { status viewer { email } }
  }`;

export function signInWithPassword(browser: TestBrowser, email: string) {
  return browser.graphql<{ signIn: { status: string } }>(signInMutation, {
    input: { email, password: testPassword },
  });
}
