import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { ErrorCode } from "@app/shared";

import {
  errorCodeOf,
  type GraphqlResponse,
  type TestBrowser,
} from "../test-support/http-client.js";
import {
  currentCode,
  enrolledUser,
  signInNewUser,
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

type VerifyData = { verifyMfa: { status: string } };

function verify(browser: TestBrowser, input: Record<string, unknown>) {
  return browser.graphql<VerifyData>(verifyMfaMutation, { input });
}

function signedIn(answers: GraphqlResponse<VerifyData>[]) {
  return answers.filter((answer) => answer.data?.verifyMfa.status === "SIGNED_IN");
}

async function sessionCountOf(userId: string): Promise<number> {
  const rows: unknown[] = await testApp.dataSource.query(
    "SELECT id FROM sessions WHERE user_id = $1",
    [userId],
  );
  return rows.length;
}

/** An enrolled person, signed out everywhere, with one browser at the code step. */
async function challengedUser() {
  const enrolled = await enrolledUser(testApp);
  await enrolled.browser.graphql("mutation { signOut }");
  const browser = testApp.browser();
  await signInWithPassword(browser, enrolled.user.email);
  return { ...enrolled, browser };
}

describe("a pending sign-in is used once", () => {
  /** better-auth: two concurrent verifications of one challenge yield exactly one session. */
  it("gives one session for two parallel verifications with the same code", async () => {
    const { user, browser, secret } = await challengedUser();
    const code = currentCode(testApp, secret);

    const answers = await Promise.all([verify(browser, { code }), verify(browser, { code })]);

    expect(signedIn(answers)).toHaveLength(1);
    expect(answers.filter((answer) => answer.errors !== undefined)).toHaveLength(1);
    expect(await sessionCountOf(user.id)).toBe(1);
  });

  /** Two different right answers must still not turn one challenge into two sessions. */
  it("gives one session when a code and a recovery code answer one challenge at once", async () => {
    const { user, browser, secret, recoveryCodes } = await challengedUser();

    const [byCode, byRecoveryCode] = await Promise.all([
      verify(browser, { code: currentCode(testApp, secret) }),
      verify(browser, { recoveryCode: recoveryCodes[0] }),
    ]);
    const unused: unknown[] = await testApp.dataSource.query(
      "SELECT id FROM recovery_codes WHERE user_id = $1 AND used_at IS NULL",
      [user.id],
    );
    const isRecoveryCodeAccepted = byRecoveryCode.data?.verifyMfa.status === "SIGNED_IN";

    expect(signedIn([byCode, byRecoveryCode])).toHaveLength(1);
    expect(await sessionCountOf(user.id)).toBe(1);
    // The losing request rolled back, so a recovery code is spent only if it won.
    expect(unused).toHaveLength(isRecoveryCodeAccepted ? 9 : 10);
  });

  /** CVE-2024-5658: one code typed into two browsers at once signs in only one of them. */
  it("lets one fresh code sign in only one of two browsers racing with it", async () => {
    const { user, browser, secret } = await challengedUser();
    const other = testApp.browser();
    await signInWithPassword(other, user.email);
    const code = currentCode(testApp, secret);

    const answers = await Promise.all([verify(browser, { code }), verify(other, { code })]);

    expect(signedIn(answers)).toHaveLength(1);
    expect(answers.map(errorCodeOf).filter(Boolean)).toEqual([ErrorCode.INVALID_CODE]);
    expect(await sessionCountOf(user.id)).toBe(1);
  });
});

describe("identifiers planted before sign-in", () => {
  /** Session fixation: a session or challenge cookie set by an attacker is never promoted. */
  it("replaces and ends a planted session and a planted challenge", async () => {
    const attacker = await signInNewUser(testApp);
    const plantedSession = attacker.browser.cookies.get("session") ?? "";
    const victim = await challengedUser();
    const attackerAtCodeStep = testApp.browser();
    await signInWithPassword(attackerAtCodeStep, victim.user.email);
    const plantedChallenge = attackerAtCodeStep.cookies.get("mfa_challenge") ?? "";
    const browser = testApp.browser();
    browser.cookies.set("session", plantedSession);
    browser.cookies.set("mfa_challenge", plantedChallenge);

    await signInWithPassword(browser, victim.user.email);
    await verify(browser, { code: currentCode(testApp, victim.secret) });
    const withPlantedChallenge = await verify(attackerAtCodeStep, {
      recoveryCode: victim.recoveryCodes[1],
    });
    const withPlantedSession = await attacker.browser.graphql("{ viewer { email } }");

    expect(browser.cookies.get("session")).not.toBe(plantedSession);
    expect(await browser.graphql("{ viewer { email } }")).toMatchObject({
      data: { viewer: { email: victim.user.email } },
    });
    expect(errorCodeOf(withPlantedChallenge)).toBe(ErrorCode.UNAUTHENTICATED);
    expect(withPlantedSession.data).toEqual({ viewer: null });
  });
});
