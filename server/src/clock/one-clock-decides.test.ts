import { afterAll, beforeAll, describe, expect, it } from "vitest";

import {
  codeAttemptLimit,
  codeLockoutInSeconds,
  ErrorCode,
  sessionIdleTimeoutInSeconds,
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

/** Years away from the database server's own now(), so any use of it would show. */
const farFromDatabaseTime = new Date("2033-05-18T03:33:20Z");

beforeAll(async () => {
  testApp = await startTestApp();
  testApp.clock.set(farFromDatabaseTime);
});

afterAll(async () => {
  await testApp.stop();
});

function verify(browser: TestBrowser, code: string) {
  return browser.graphql(verifyMfaMutation, { input: { code } });
}

function wrongCodeFor(right: string): string {
  return right === "000000" ? "000001" : "000000";
}

describe("one clock for every time decision", () => {
  /**
   * TOTP steps, lock expiry, session expiry and log times must all come from the server's one
   * clock; a lock computed from the database's now() and a step from the app's would disagree
   * (ASVS 5.0 6.5.8). The injected clock here is years away from the database's.
   */
  it("computes steps, locks, session expiry and log times from the server's clock", async () => {
    const { user, secret } = await enrolledUser(testApp);
    const browser = testApp.browser();
    const wrong = wrongCodeFor(currentCode(testApp, secret));
    for (let attempt = 0; attempt < codeAttemptLimit; attempt += 1) {
      if (attempt % 4 === 0) await signInWithPassword(browser, user.email);
      await verify(browser, wrong);
    }
    await signInWithPassword(browser, user.email);
    const locked = await verify(browser, currentCode(testApp, secret));

    testApp.clock.advanceBySeconds(codeLockoutInSeconds + 1);
    await signInWithPassword(browser, user.email);
    const unlocked = await verify(browser, currentCode(testApp, secret));
    const signedInAt = testApp.clock.now();
    const events: { occurred_at: Date }[] = await testApp.dataSource.query(
      `SELECT occurred_at FROM security_events
        WHERE subject_id = $1 AND type = 'SIGN_IN_SUCCEEDED'`,
      [user.id],
    );
    testApp.clock.advanceBySeconds(sessionIdleTimeoutInSeconds + 1);
    const idle = await browser.graphql("{ viewer { id } }");

    expect(errorCodeOf(locked)).toBe(ErrorCode.TOO_MANY_ATTEMPTS);
    expect(unlocked.data).toMatchObject({ verifyMfa: { status: "SIGNED_IN" } });
    expect(events.map((event) => event.occurred_at.getTime())).toContain(signedInAt.getTime());
    expect(idle.data).toEqual({ viewer: null });
  });
});
