import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { codeAttemptLimit, passwordAttemptLimit } from "@app/shared";

import { testPassword } from "../test-support/factories.js";
import type { TestBrowser } from "../test-support/http-client.js";
import {
  currentCode,
  disableMutation,
  enrolledUser,
  nextTimeStep,
  regenerateMutation,
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

const userAgent = "audit-probe/1.0";

interface EventRow {
  type: string;
  company_id: string;
  subject_id: string | null;
  occurred_at: Date;
  ip_address: string | null;
  user_agent: string | null;
  reason: string | null;
}

async function eventsOf(userId: string): Promise<EventRow[]> {
  return testApp.dataSource.query(
    `SELECT type, company_id, subject_id, occurred_at, ip_address, user_agent, reason
       FROM security_events WHERE subject_id = $1 ORDER BY occurred_at, type`,
    [userId],
  );
}

function wrongCodeFor(right: string): string {
  return right === "000000" ? "000001" : "000000";
}

function verify(browser: TestBrowser, input: Record<string, unknown>) {
  return browser.graphql(verifyMfaMutation, { input });
}

describe("the security log of sign-ins", () => {
  /**
   * Every sign-in outcome leaves one event with when, who, which company, from where and with
   * what, so an investigation can follow an attack (ASVS 4.0.3 7.1.3, ASVS 5.0 16.3.1).
   */
  it("records failures, a replay, a recovery code and successes with their origin", async () => {
    const { user, secret, recoveryCodes } = await enrolledUser(testApp);
    const since = testApp.clock.now();
    const browser = testApp.browser(userAgent);
    const code = currentCode(testApp, secret);

    await browser.graphql(signInMutation, { input: { email: user.email, password: "wrong" } });
    await signInWithPassword(browser, user.email);
    await verify(browser, { code: wrongCodeFor(code) });
    await verify(browser, { code });
    await signInWithPassword(browser, user.email);
    await verify(browser, { code });
    await verify(browser, { recoveryCode: recoveryCodes[0] });
    const expectedTypes = [
      "SIGN_IN_FAILED",
      "MFA_CHALLENGE_FAILED",
      "SIGN_IN_SUCCEEDED",
      "MFA_CHALLENGE_FAILED",
      "RECOVERY_CODE_USED",
      "SIGN_IN_SUCCEEDED",
    ];
    const events = (await eventsOf(user.id)).filter((event) => event.occurred_at >= since);

    expect(events.map((event) => event.type).sort()).toEqual([...expectedTypes].sort());
    for (const event of events) {
      expect(event).toMatchObject({ company_id: user.companyId, user_agent: userAgent });
      expect(event.ip_address).toMatch(/127\.0\.0\.1|::1/);
      expect(event.occurred_at.getTime()).toBe(since.getTime());
    }
  });

  it("records a password lock and a code lock, each once, with its reason", async () => {
    const { user, secret } = await enrolledUser(testApp);
    const browser = testApp.browser(userAgent);
    const wrong = wrongCodeFor(currentCode(testApp, secret));
    for (let attempt = 0; attempt < codeAttemptLimit + 2; attempt += 1) {
      if (attempt % 4 === 0) await signInWithPassword(browser, user.email);
      await verify(browser, { code: wrong });
    }
    for (let attempt = 0; attempt < passwordAttemptLimit + 2; attempt += 1) {
      await browser.graphql(signInMutation, { input: { email: user.email, password: "wrong" } });
    }

    const locks = (await eventsOf(user.id)).filter((event) => event.type === "ACCOUNT_LOCKED");

    expect(locks.map((event) => event.reason).sort()).toEqual([
      "Too many wrong codes",
      "Too many wrong passwords",
    ]);
  });

  /** Log entries outlive rotations: no password, code or recovery code may reach a row. */
  it("holds no password, code or recovery code anywhere in the person's events", async () => {
    const { user, browser, secret, recoveryCodes } = await enrolledUser(testApp);
    const used = [currentCode(testApp, secret)];
    await browser.graphql(regenerateMutation, { input: { code: used[0] } });
    nextTimeStep(testApp);
    used.push(currentCode(testApp, secret));
    await browser.graphql(disableMutation, { input: { code: used[1] } });

    const rows = await eventsOf(user.id);
    const text = JSON.stringify(rows).toLowerCase();

    expect(rows.map((row) => row.type)).toEqual(
      expect.arrayContaining(["MFA_ENABLED", "RECOVERY_CODES_REGENERATED", "MFA_DISABLED"]),
    );
    for (const secretText of [testPassword, ...used, ...recoveryCodes]) {
      expect(text).not.toContain(secretText.toLowerCase());
    }
    expect(text).not.toContain(secret.toString("hex"));
  });
});
