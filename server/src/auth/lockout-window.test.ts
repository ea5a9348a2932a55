import { afterAll, beforeAll, describe, expect, it } from "vitest";

import {
  codeAttemptLimit,
  codeLockoutInSeconds,
  ErrorCode,
  passwordAttemptLimit,
  passwordLockoutInSeconds,
} from "@app/shared";

import { createUser, testPassword } from "../test-support/factories.js";
import { errorCodeOf, type TestBrowser } from "../test-support/http-client.js";
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

function signIn(email: string, password: string) {
  return testApp.browser().graphql(signInMutation, { input: { email, password } });
}

function verify(browser: TestBrowser, code: string) {
  return browser.graphql(verifyMfaMutation, { input: { code } });
}

function wrongCodeFor(right: string): string {
  return right === "000000" ? "000001" : "000000";
}

interface LockState {
  failed_password_attempts: number;
  password_locked_until: Date | null;
  failed_code_attempts: number;
  code_locked_until: Date | null;
}

async function lockStateOf(userId: string): Promise<LockState | undefined> {
  const rows: LockState[] = await testApp.dataSource.query(
    `SELECT failed_password_attempts, password_locked_until, failed_code_attempts,
            code_locked_until
       FROM users WHERE id = $1`,
    [userId],
  );
  return rows[0];
}

describe("the password lock", () => {
  /**
   * Malicious lockout: someone who knows only the address can hold the lock, but their guesses
   * during it are not counted, so it ends 15 minutes after it began (ASVS 5.0 6.1.1).
   */
  it("ignores guesses made during the lock and ends on time", async () => {
    const user = await createUser(testApp.dataSource);
    for (let attempt = 0; attempt < passwordAttemptLimit; attempt += 1) {
      await signIn(user.email, `wrong-${attempt}`);
    }
    const lockedAt = await lockStateOf(user.id);

    testApp.clock.advanceBySeconds(passwordLockoutInSeconds - 60);
    for (let attempt = 0; attempt < passwordAttemptLimit * 2; attempt += 1) {
      await signIn(user.email, `during-lock-${attempt}`);
    }
    const duringLock = await lockStateOf(user.id);
    const stillLocked = await signIn(user.email, testPassword);
    testApp.clock.advanceBySeconds(61);
    const afterLock = await signIn(user.email, testPassword);

    expect(lockedAt?.password_locked_until).not.toBeNull();
    expect(duringLock).toEqual(lockedAt);
    expect(errorCodeOf(stillLocked)).toBe(ErrorCode.INVALID_CREDENTIALS);
    expect(afterLock.data).toMatchObject({ signIn: { status: "SIGNED_IN" } });
  });

  /** A per-account lock cannot be reset by claiming another address in X-Forwarded-For. */
  it("holds however the client address is spoofed", async () => {
    const user = await createUser(testApp.dataSource);
    const post = (password: string, forwardedFor: string) =>
      fetch(`${testApp.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-for": forwardedFor },
        body: JSON.stringify({
          query: signInMutation,
          variables: { input: { email: user.email, password } },
        }),
      });

    for (let attempt = 0; attempt < passwordAttemptLimit; attempt += 1) {
      await post(`wrong-${attempt}`, `203.0.113.${attempt + 1}`);
    }
    const response = await post(testPassword, "198.51.100.77");
    const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };

    expect(body.errors?.[0]?.extensions?.code).toBe(ErrorCode.INVALID_CREDENTIALS);
    expect(response.headers.getSetCookie()).toEqual([]);
  });
});

describe("the code lock", () => {
  /** The code budget is reachable only past the password, so an address alone cannot spend it. */
  it("cannot be touched by someone who has only the address", async () => {
    const { user, secret } = await enrolledUser(testApp);
    const stranger = testApp.browser();

    const answers = [];
    for (let attempt = 0; attempt < codeAttemptLimit + 5; attempt += 1) {
      answers.push(await verify(stranger, wrongCodeFor(currentCode(testApp, secret))));
    }
    const owner = testApp.browser();
    await signInWithPassword(owner, user.email);
    const ownerSignIn = await verify(owner, currentCode(testApp, secret));

    expect(new Set(answers.map(errorCodeOf))).toEqual(new Set([ErrorCode.UNAUTHENTICATED]));
    expect((await lockStateOf(user.id))?.failed_code_attempts).toBe(0);
    expect(ownerSignIn.data).toMatchObject({ verifyMfa: { status: "SIGNED_IN" } });
  });

  /** django-otp test_delay_after_fail_expires: attempts during the lock do not extend it. */
  it("neither counts nor extends attempts made during the lock", async () => {
    const { user, secret } = await enrolledUser(testApp);
    const wrong = wrongCodeFor(currentCode(testApp, secret));
    const browser = testApp.browser();
    for (let attempt = 0; attempt < codeAttemptLimit; attempt += 1) {
      if (attempt % 4 === 0) await signInWithPassword(browser, user.email);
      await verify(browser, wrong);
    }
    const lockedAt = await lockStateOf(user.id);

    testApp.clock.advanceBySeconds(codeLockoutInSeconds - 60);
    await signInWithPassword(browser, user.email);
    const duringLock = [];
    for (let attempt = 0; attempt < 3; attempt += 1) duringLock.push(await verify(browser, wrong));
    const stateDuringLock = await lockStateOf(user.id);
    testApp.clock.advanceBySeconds(61);
    const afterLock = await verify(browser, currentCode(testApp, secret));

    expect(lockedAt?.code_locked_until).not.toBeNull();
    expect(duringLock.map(errorCodeOf)).toEqual(Array(3).fill(ErrorCode.TOO_MANY_ATTEMPTS));
    for (const answer of duringLock) {
      expect(answer.errors?.[0]?.extensions?.retryAfterSeconds).toBeLessThanOrEqual(60);
    }
    expect(stateDuringLock).toEqual(lockedAt);
    expect(afterLock.data).toMatchObject({ verifyMfa: { status: "SIGNED_IN" } });
  });
});
