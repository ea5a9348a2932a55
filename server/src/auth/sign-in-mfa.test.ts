import { afterAll, beforeAll, describe, expect, it } from "vitest";

import {
  codeAttemptLimit,
  ErrorCode,
  mfaChallengeAttemptLimit,
  mfaChallengeLifetimeInSeconds,
} from "@app/shared";

import { errorCodeOf, type TestBrowser } from "../test-support/http-client.js";
import {
  currentCode,
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

function wrongCodeFor(right: string): string {
  return right === "000000" ? "000001" : "000000";
}

/** An enrolled person, signed out, with a fresh browser that has passed the password step. */
async function challengedUser() {
  const enrolled = await enrolledUser(testApp);
  await enrolled.browser.graphql("mutation { signOut }");
  const browser = testApp.browser();
  const signIn = await signInWithPassword(browser, enrolled.user.email);
  return { ...enrolled, browser, signIn };
}

function verify(browser: TestBrowser, input: Record<string, unknown>) {
  return browser.graphql<{ verifyMfa: { status: string } }>(verifyMfaMutation, { input });
}

describe("the password step for a person with MFA", () => {
  /** A right password alone must never yield a usable session (checklist C19). */
  it("answers MFA_REQUIRED and sets only an httpOnly challenge cookie", async () => {
    const { signIn, browser } = await challengedUser();

    expect(signIn.data).toEqual({ signIn: { status: "MFA_REQUIRED", viewer: null } });
    expect(browser.cookies.has("session")).toBe(false);
    const challengeCookie = signIn.setCookies.find((cookie) => cookie.startsWith("mfa_challenge="));
    expect(challengeCookie).toMatch(/HttpOnly/i);
    expect((await browser.graphql("{ viewer { id } }")).data).toEqual({ viewer: null });
    const settings = await browser.graphql("{ securitySettings { mfaEnabled } }");
    expect(errorCodeOf(settings)).toBe(ErrorCode.UNAUTHENTICATED);
  });

  it("finishes with a current code, a new session and the challenge gone", async () => {
    const { browser, secret, user } = await challengedUser();

    const response = await verify(browser, { code: currentCode(testApp, secret) });
    const challenges: unknown[] = await testApp.dataSource.query(
      "SELECT id FROM mfa_challenges WHERE user_id = $1",
      [user.id],
    );

    expect(response.data).toEqual({
      verifyMfa: { status: "SIGNED_IN", viewer: { email: user.email } },
    });
    expect(browser.cookies.has("session")).toBe(true);
    expect(browser.cookies.has("mfa_challenge")).toBe(false);
    expect(challenges).toEqual([]);
  });

  it("refuses verifyMfa without a challenge", async () => {
    const { secret } = await challengedUser();

    const response = await verify(testApp.browser(), { code: currentCode(testApp, secret) });

    expect(errorCodeOf(response)).toBe(ErrorCode.UNAUTHENTICATED);
  });

  it("needs exactly one of code and recovery code", async () => {
    const { browser, secret, recoveryCodes } = await challengedUser();

    const both = await verify(browser, {
      code: currentCode(testApp, secret),
      recoveryCode: recoveryCodes[0],
    });
    const neither = await verify(browser, {});

    expect(errorCodeOf(both)).toBe(ErrorCode.BAD_USER_INPUT);
    expect(errorCodeOf(neither)).toBe(ErrorCode.BAD_USER_INPUT);
  });

  /** Expiry: a challenge older than 10 minutes is worthless even with a right code. */
  it("refuses a challenge older than ten minutes", async () => {
    const { browser, secret } = await challengedUser();

    testApp.clock.advanceBySeconds(mfaChallengeLifetimeInSeconds + 1);
    const response = await verify(browser, { code: currentCode(testApp, secret) });

    expect(errorCodeOf(response)).toBe(ErrorCode.UNAUTHENTICATED);
  });

  it("honours expiry written straight into the database", async () => {
    const { browser, secret, user } = await challengedUser();

    await testApp.dataSource.query(
      "UPDATE mfa_challenges SET expires_at = now() - interval '1 second' WHERE user_id = $1",
      [user.id],
    );
    const response = await verify(browser, { code: currentCode(testApp, secret) });

    expect(errorCodeOf(response)).toBe(ErrorCode.UNAUTHENTICATED);
  });

  /** Per-challenge cap: after five wrong codes even the right one needs a new password step. */
  it("kills the challenge after five wrong codes", async () => {
    const { browser, secret } = await challengedUser();
    const wrong = wrongCodeFor(currentCode(testApp, secret));

    for (let attempt = 0; attempt < mfaChallengeAttemptLimit; attempt += 1) {
      expect(errorCodeOf(await verify(browser, { code: wrong }))).toBe(ErrorCode.INVALID_CODE);
    }
    const right = await verify(browser, { code: currentCode(testApp, secret) });

    expect(errorCodeOf(right)).toBe(ErrorCode.UNAUTHENTICATED);
  });

  /** The budget is per person, not per challenge: new challenges do not reset it. */
  it("locks codes after ten wrong ones across challenges, yet still takes passwords", async () => {
    const { browser, secret, user } = await challengedUser();
    const wrong = wrongCodeFor(currentCode(testApp, secret));
    for (let attempt = 0; attempt < mfaChallengeAttemptLimit; attempt += 1) {
      await verify(browser, { code: wrong });
    }
    await signInWithPassword(browser, user.email);
    for (let attempt = 0; attempt < codeAttemptLimit - mfaChallengeAttemptLimit; attempt += 1) {
      await verify(browser, { code: wrong });
    }

    const signIn = await signInWithPassword(browser, user.email);
    const right = await verify(browser, { code: currentCode(testApp, secret) });

    expect(signIn.data).toEqual({ signIn: { status: "MFA_REQUIRED", viewer: null } });
    expect(errorCodeOf(right)).toBe(ErrorCode.TOO_MANY_ATTEMPTS);
    expect(right.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
  });

  it("counts wrong authenticator and recovery codes in one budget", async () => {
    const { browser, secret, user } = await challengedUser();
    const wrong = wrongCodeFor(currentCode(testApp, secret));

    for (let attempt = 0; attempt < codeAttemptLimit; attempt += 1) {
      if (attempt % mfaChallengeAttemptLimit === 0) await signInWithPassword(browser, user.email);
      const input = attempt % 2 === 0 ? { code: wrong } : { recoveryCode: "aaaaa-bbbbb" };
      await verify(browser, input);
    }
    await signInWithPassword(browser, user.email);
    const right = await verify(browser, { code: currentCode(testApp, secret) });

    expect(errorCodeOf(right)).toBe(ErrorCode.TOO_MANY_ATTEMPTS);
  });

  /** Aliases: fifty guesses in one document are refused before any code is evaluated. */
  it("refuses a document of fifty aliased verifyMfa fields before evaluating any", async () => {
    const { browser, secret, user } = await challengedUser();
    const right = currentCode(testApp, secret);
    const wrong = wrongCodeFor(right);
    const fields = Array.from({ length: 50 }, (_, index) => {
      const code = index === 49 ? right : wrong;
      return `a${index}: verifyMfa(input: { code: "${code}" }) { status }`;
    });

    const response = await browser.graphql(`mutation { ${fields.join("\n")} }`);
    const rows: { failed_code_attempts: number }[] = await testApp.dataSource.query(
      "SELECT failed_code_attempts FROM users WHERE id = $1",
      [user.id],
    );

    expect(response.status).toBe(400);
    expect(errorCodeOf(response)).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(browser.cookies.has("session")).toBe(false);
    expect(rows[0]?.failed_code_attempts).toBe(0);
  });

  /** Parallel guessing: fifty concurrent wrong codes never get past the budget of ten. */
  it("never evaluates more than ten of fifty concurrent wrong codes", async () => {
    const { browser, secret, user } = await challengedUser();
    const wrong = wrongCodeFor(currentCode(testApp, secret));

    const answers = await Promise.all(
      Array.from({ length: 50 }, () => verify(browser, { code: wrong })),
    );
    const rows: { failed_code_attempts: number }[] = await testApp.dataSource.query(
      "SELECT failed_code_attempts FROM users WHERE id = $1",
      [user.id],
    );
    const invalid = answers.filter((answer) => errorCodeOf(answer) === ErrorCode.INVALID_CODE);

    expect(invalid.length).toBeLessThanOrEqual(codeAttemptLimit);
    expect(rows[0]?.failed_code_attempts).toBeLessThanOrEqual(codeAttemptLimit);
    for (const answer of answers) expect(answer.status).toBeLessThan(500);
  });

  /** Replay: a code used to sign in once cannot sign in again (RFC 6238 §5.2). */
  it("refuses the same code for a second sign-in", async () => {
    const { browser, secret, user } = await challengedUser();
    const code = currentCode(testApp, secret);
    await verify(browser, { code });

    const other = testApp.browser();
    await signInWithPassword(other, user.email);
    const replay = await verify(other, { code });

    expect(errorCodeOf(replay)).toBe(ErrorCode.INVALID_CODE);
  });
});

describe("signing in with a recovery code", () => {
  it("works once, and the count of remaining codes drops", async () => {
    const { browser, recoveryCodes, user } = await challengedUser();

    const first = await verify(browser, { recoveryCode: recoveryCodes[0] });
    const settings = await browser.graphql("{ securitySettings { recoveryCodesRemaining } }");
    const other = testApp.browser();
    await signInWithPassword(other, user.email);
    const again = await verify(other, { recoveryCode: recoveryCodes[0] });

    expect(first.data?.verifyMfa.status).toBe("SIGNED_IN");
    expect(settings.data).toEqual({ securitySettings: { recoveryCodesRemaining: 9 } });
    expect(errorCodeOf(again)).toBe(ErrorCode.INVALID_CODE);
  });

  /** Race: twenty parallel redemptions of one code produce exactly one session. */
  it("gives exactly one session for twenty parallel uses of one code", async () => {
    const { recoveryCodes, user } = await challengedUser();
    const browsers = Array.from({ length: 20 }, () => testApp.browser());
    for (const browser of browsers) await signInWithPassword(browser, user.email);
    const sessionsBefore: unknown[] = await testApp.dataSource.query(
      "SELECT id FROM sessions WHERE user_id = $1",
      [user.id],
    );

    const answers = await Promise.all(
      browsers.map((browser) => verify(browser, { recoveryCode: recoveryCodes[2] })),
    );
    const sessionsAfter: unknown[] = await testApp.dataSource.query(
      "SELECT id FROM sessions WHERE user_id = $1",
      [user.id],
    );

    expect(answers.filter((answer) => answer.data?.verifyMfa.status === "SIGNED_IN")).toHaveLength(
      1,
    );
    expect(sessionsAfter.length - sessionsBefore.length).toBe(1);
  });
});

describe("several server processes", () => {
  /** Scale-out: the budget and the replay ledger live in PostgreSQL, not in a process. */
  it("share one attempt budget and one replay ledger", async () => {
    const replica = await testApp.startReplica();
    const { secret, user } = await challengedUser();
    const wrong = wrongCodeFor(currentCode(testApp, secret));
    const onMain = testApp.browser();
    const onReplica = new (onMain.constructor as typeof TestBrowser)(replica.server.url);

    await signInWithPassword(onMain, user.email);
    await signInWithPassword(onReplica, user.email);
    for (let attempt = 0; attempt < codeAttemptLimit / 2 - 1; attempt += 1) {
      await verify(onMain, { code: wrong });
      await verify(onReplica, { code: wrong });
    }
    const code = currentCode(testApp, secret);
    const accepted = await verify(onReplica, { code });
    await signInWithPassword(onMain, user.email);
    const replayed = await verify(onMain, { code });
    for (let attempt = 0; attempt < codeAttemptLimit; attempt += 1) {
      if (attempt % 4 === 0) await signInWithPassword(onMain, user.email);
      await verify(onMain, { code: wrong });
    }
    await signInWithPassword(onReplica, user.email);
    const blocked = await verify(onReplica, { code: currentCode(testApp, secret, 1) });

    expect(accepted.data?.verifyMfa.status).toBe("SIGNED_IN");
    expect(errorCodeOf(replayed)).toBe(ErrorCode.INVALID_CODE);
    expect(errorCodeOf(blocked)).toBe(ErrorCode.TOO_MANY_ATTEMPTS);
  });
});
