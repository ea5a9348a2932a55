/**
 * Races between MFA operations on real PostgreSQL, over HTTP, with the browsers split between
 * two server processes sharing one database. Each race is started with Promise.all, and its
 * outcome is judged from the answers and from the stored rows: exactly the allowed number of
 * successes, one credential, at most one session per challenge, exact counters, no lost update.
 *
 * The normal suite already races two confirmations of one enrolment, two regenerations with two
 * recovery codes, parallel wrong codes against the budget and parallel uses of one recovery code;
 * this file covers the races between different operations and across processes.
 */
import "reflect-metadata";

import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { codeAttemptLimit, ErrorCode } from "@app/shared";

import type { App } from "../app/start-app.js";
import { cookieName, mfaChallengeCookie, trustedDeviceCookie } from "../auth/cookies.js";
import { hashOpaqueToken } from "../auth/opaque-token.js";
import { CodeAttemptBudget } from "../mfa/code-attempt-budget.js";
import { timeStepAt } from "../mfa/totp.js";
import { Role } from "../users/role.js";
import { findInvariantViolations } from "../test-support/database-invariants.js";
import { createCompany } from "../test-support/factories.js";
import { errorCodeOf, TestBrowser, type GraphqlResponse } from "../test-support/http-client.js";
import {
  currentCode,
  disableMutation,
  enableMfaMutation,
  enrolledUser,
  nextTimeStep,
  regenerateMutation,
  secretOf,
  signInNewUser,
  signInWithPassword,
  startEnrollmentMutation,
  verifyMfaMutation,
} from "../test-support/mfa-helpers.js";
import { startTestApp, type TestApp } from "../test-support/test-app.js";
import { waitFor } from "../test-support/wait-for.js";

let testApp: TestApp;
let replica: App;

beforeAll(async () => {
  testApp = await startTestApp();
  replica = await testApp.startReplica();
});

afterAll(async () => {
  await testApp.stop();
});

// Every race starts on a fresh time step, so no code is a replay of an earlier test's code.
beforeEach(() => {
  nextTimeStep(testApp);
});

type VerifyData = { verifyMfa: { status: string } };

/** Browsers alternate between the two processes, so races also cross process boundaries. */
function browserOn(processIndex: number): TestBrowser {
  return processIndex % 2 === 0 ? testApp.browser() : new TestBrowser(replica.server.url);
}

/** A second browser on the other process holding the same cookies: two tabs, two servers. */
function tabOnReplica(browser: TestBrowser): TestBrowser {
  const tab = new TestBrowser(replica.server.url);
  for (const [name, value] of browser.cookies) tab.cookies.set(name, value);
  return tab;
}

function verify(browser: TestBrowser, input: Record<string, unknown>) {
  return browser.graphql<VerifyData>(verifyMfaMutation, { input });
}

function isSignedIn(answer: GraphqlResponse<VerifyData>): boolean {
  return answer.data?.verifyMfa.status === "SIGNED_IN";
}

/** Six digits that are not the code of the previous, current or next time step. */
function wrongCodeFor(secret: Buffer): string {
  const valid = [-1, 0, 1].map((offset) => currentCode(testApp, secret, offset));
  for (let candidate = 0; ; candidate += 1) {
    const code = String(candidate).padStart(6, "0");
    if (!valid.includes(code)) return code;
  }
}

async function count(sql: string, parameters: unknown[]): Promise<number> {
  const rows: { n: number }[] = await testApp.dataSource.query(
    `SELECT count(*)::int AS n FROM (${sql}) AS counted`,
    parameters,
  );
  return rows[0]?.n ?? 0;
}

function countEvents(userId: string, type: string): Promise<number> {
  return count("SELECT id FROM security_events WHERE subject_id = $1 AND type = $2", [
    userId,
    type,
  ]);
}

function countRows(table: string, userId: string): Promise<number> {
  return count(`SELECT 1 FROM ${table} WHERE user_id = $1`, [userId]);
}

async function failedCodeAttempts(userId: string): Promise<number> {
  const rows: { failed_code_attempts: number }[] = await testApp.dataSource.query(
    "SELECT failed_code_attempts FROM users WHERE id = $1",
    [userId],
  );
  return rows[0]?.failed_code_attempts ?? -1;
}

async function isRecoveryCodeUsable(userId: string, code: string): Promise<boolean> {
  const normalized = code.replace("-", "");
  return (await testApp.app.services.codeVerifier.match(userId, { kind: "recovery", normalized }))
    ? true
    : false;
}

/** After every race: the stored state is sound and no attempt is left reserved. */
async function expectSettledState(userId: string): Promise<void> {
  expect(await findInvariantViolations(testApp.dataSource)).toEqual([]);
  expect(await countRows("code_attempt_reservations", userId)).toBe(0);
}

async function passwordStep(browser: TestBrowser, email: string): Promise<void> {
  const answer = await signInWithPassword(browser, email);
  expect(answer.data?.signIn.status).toBe("MFA_REQUIRED");
}

describe("checklist M105: concurrent MFA operations", () => {
  it("two enrolments at once leave one authenticator, the winner's", async () => {
    for (let round = 0; round < 3; round += 1) {
      const { user, browser: tabOnMain } = await signInNewUser(testApp);
      const otherDevice = new TestBrowser(replica.server.url);
      await signInWithPassword(otherDevice, user.email);
      const enrol = async (tab: TestBrowser) => {
        const started = await tab.graphql<{ startMfaEnrollment: { otpauthUri: string } }>(
          startEnrollmentMutation,
        );
        if (!started.data) return { refusal: errorCodeOf(started) };
        const secret = secretOf(started.data.startMfaEnrollment.otpauthUri);
        const confirmed = await tab.graphql<{ enableMfa: { recoveryCodes: string[] } }>(
          enableMfaMutation,
          { input: { code: currentCode(testApp, secret) } },
        );
        if (!confirmed.data) return { refusal: errorCodeOf(confirmed) };
        return { secret, recoveryCodes: confirmed.data.enableMfa.recoveryCodes };
      };

      const outcomes = await Promise.all([enrol(tabOnMain), enrol(otherDevice)]);
      const winners = outcomes.filter((outcome) => outcome.secret !== undefined);
      const stored: { secret_ciphertext: string }[] = await testApp.dataSource.query(
        "SELECT secret_ciphertext FROM totp_authenticators WHERE user_id = $1",
        [user.id],
      );
      const storedSecret = testApp.app.services.secretBox.open(
        stored[0]?.secret_ciphertext ?? "",
        user.id,
      );

      expect(winners).toHaveLength(1);
      expect(outcomes.map((outcome) => outcome.refusal).filter(Boolean)).toEqual([
        expect.stringMatching(/^(INVALID_CODE|MFA_ALREADY_ENABLED|NOT_FOUND)$/),
      ]);
      expect(stored).toHaveLength(1);
      expect(storedSecret?.equals(winners[0]?.secret ?? Buffer.alloc(0))).toBe(true);
      expect(await countRows("recovery_codes", user.id)).toBe(10);
      expect(await isRecoveryCodeUsable(user.id, winners[0]?.recoveryCodes?.[0] ?? "")).toBe(true);
      expect(await countEvents(user.id, "MFA_ENABLED")).toBe(1);
      await expectSettledState(user.id);
      nextTimeStep(testApp);
    }
  });

  it("a recovery-code sign-in racing disableMfa leaves nothing behind", async () => {
    for (let round = 0; round < 3; round += 1) {
      const { user, browser: owner, secret, recoveryCodes } = await enrolledUser(testApp);
      const signingIn = new TestBrowser(replica.server.url);
      await passwordStep(signingIn, user.email);

      const [verified, disabled] = await Promise.all([
        verify(signingIn, { recoveryCode: recoveryCodes[0], trustDevice: true }),
        owner.graphql(disableMutation, { input: { code: currentCode(testApp, secret) } }),
      ]);

      expect(disabled.errors).toBeUndefined();
      if (isSignedIn(verified)) {
        expect(await countEvents(user.id, "RECOVERY_CODE_USED")).toBe(1);
        expect(await failedCodeAttempts(user.id)).toBe(0);
      } else {
        // The disable won: the recovery code was gone by the time it was spent.
        expect(errorCodeOf(verified)).toBe(ErrorCode.INVALID_CODE);
        expect(await countEvents(user.id, "RECOVERY_CODE_USED")).toBe(0);
        expect(await failedCodeAttempts(user.id)).toBe(1);
      }
      expect(await countRows("totp_authenticators", user.id)).toBe(0);
      expect(await countRows("recovery_codes", user.id)).toBe(0);
      expect(await countRows("trusted_devices", user.id)).toBe(0);
      expect(await countEvents(user.id, "MFA_DISABLED")).toBe(1);
      await expectSettledState(user.id);
      nextTimeStep(testApp);
    }
  });

  it("two regenerations with one code on two processes: one wins, one set", async () => {
    const { user, browser, secret } = await enrolledUser(testApp);
    const code = currentCode(testApp, secret);

    const answers = await Promise.all(
      [browser, tabOnReplica(browser)].map((tab) =>
        tab.graphql<{ regenerateRecoveryCodes: { recoveryCodes: string[] } }>(regenerateMutation, {
          input: { code },
        }),
      ),
    );
    const winner = answers.find((answer) => answer.data);

    expect(answers.map(errorCodeOf).filter(Boolean)).toEqual([ErrorCode.INVALID_CODE]);
    expect(await countRows("recovery_codes", user.id)).toBe(10);
    for (const shown of winner?.data?.regenerateRecoveryCodes.recoveryCodes.slice(0, 2) ?? []) {
      expect(await isRecoveryCodeUsable(user.id, shown)).toBe(true);
    }
    expect(await countEvents(user.id, "RECOVERY_CODES_REGENERATED")).toBe(1);
    // The replayed code is a wrong code, counted after the winner's success reset the budget.
    expect(await failedCodeAttempts(user.id)).toBe(1);
    await expectSettledState(user.id);
  });

  it("one recovery code used to sign in and to regenerate at once works exactly once", async () => {
    const { user, browser: owner, recoveryCodes } = await enrolledUser(testApp);
    const signingIn = new TestBrowser(replica.server.url);
    await passwordStep(signingIn, user.email);
    const shared = recoveryCodes[3] ?? "";

    const [verified, regenerated] = await Promise.all([
      verify(signingIn, { recoveryCode: shared }),
      owner.graphql(regenerateMutation, { input: { code: shared } }),
    ]);
    const successes = [isSignedIn(verified), !regenerated.errors].filter(Boolean);

    expect(successes).toHaveLength(1);
    expect([verified, regenerated].map(errorCodeOf).filter(Boolean)).toEqual([
      ErrorCode.INVALID_CODE,
    ]);
    expect(await isRecoveryCodeUsable(user.id, shared)).toBe(false);
    expect(
      await count("SELECT 1 FROM recovery_codes WHERE user_id = $1 AND used_at IS NULL", [user.id]),
    ).toBe(regenerated.errors ? 9 : 10);
    await expectSettledState(user.id);
  });

  it("a recovery-code sign-in racing a regeneration never leaves the old code usable", async () => {
    for (let round = 0; round < 3; round += 1) {
      const { user, browser: owner, secret, recoveryCodes } = await enrolledUser(testApp);
      const signingIn = new TestBrowser(replica.server.url);
      await passwordStep(signingIn, user.email);

      const [verified, regenerated] = await Promise.all([
        verify(signingIn, { recoveryCode: recoveryCodes[0] }),
        owner.graphql<{ regenerateRecoveryCodes: { recoveryCodes: string[] } }>(
          regenerateMutation,
          { input: { code: currentCode(testApp, secret) } },
        ),
      ]);
      const fresh = regenerated.data?.regenerateRecoveryCodes.recoveryCodes ?? [];

      expect(regenerated.errors).toBeUndefined();
      expect(isSignedIn(verified) || errorCodeOf(verified) === ErrorCode.INVALID_CODE).toBe(true);
      expect(await countEvents(user.id, "RECOVERY_CODE_USED")).toBe(isSignedIn(verified) ? 1 : 0);
      expect(await isRecoveryCodeUsable(user.id, recoveryCodes[1] ?? "")).toBe(false);
      expect(await isRecoveryCodeUsable(user.id, fresh[0] ?? "")).toBe(true);
      expect(
        await count("SELECT 1 FROM recovery_codes WHERE user_id = $1 AND used_at IS NULL", [
          user.id,
        ]),
      ).toBe(10);
      await expectSettledState(user.id);
      nextTimeStep(testApp);
    }
  });

  it("an administrator's reset racing the person's code step leaves no way in", async () => {
    const company = await createCompany(testApp.dataSource);
    const { browser: admin } = await enrolledUser(testApp, {
      companyId: company.id,
      role: Role.ADMIN,
    });

    for (let round = 0; round < 3; round += 1) {
      const { user, secret } = await enrolledUser(testApp, { companyId: company.id });
      const person = new TestBrowser(replica.server.url);
      await passwordStep(person, user.email);

      const [verified, reset] = await Promise.all([
        verify(person, { code: currentCode(testApp, secret), trustDevice: true }),
        admin.graphql(
          "mutation ($input: ResetStaffMfaInput!) { resetStaffMfa(input: $input) { id } }",
          { input: { userId: user.id, reason: "Lost phone" } },
        ),
      ]);
      const viewer = await person.graphql<{ viewer: unknown }>("{ viewer { id } }");

      expect(reset.errors).toBeUndefined();
      expect(
        isSignedIn(verified) ||
          [ErrorCode.INVALID_CODE, ErrorCode.UNAUTHENTICATED].includes(
            errorCodeOf(verified) as "INVALID_CODE",
          ),
      ).toBe(true);
      expect(viewer.data?.viewer).toBeNull();
      for (const table of [
        "sessions",
        "totp_authenticators",
        "recovery_codes",
        "trusted_devices",
        "mfa_challenges",
      ]) {
        expect({ table, rows: await countRows(table, user.id) }).toEqual({ table, rows: 0 });
      }
      expect(await countEvents(user.id, "MFA_RESET_BY_ADMIN")).toBe(1);
      await expectSettledState(user.id);
      nextTimeStep(testApp);
    }
  });

  it("nine wrong codes and the right one at once: one session, nine failures", async () => {
    const { user, secret } = await enrolledUser(testApp);
    const browsers = Array.from({ length: codeAttemptLimit }, (_, index) => browserOn(index));
    for (const browser of browsers) await passwordStep(browser, user.email);
    const right = currentCode(testApp, secret);
    const wrong = wrongCodeFor(secret);
    const sessionsBefore = await countRows("sessions", user.id);

    const answers = await Promise.all(
      browsers.map((browser, index) => verify(browser, { code: index === 4 ? right : wrong })),
    );
    const locks: { code_locked_until: Date | null }[] = await testApp.dataSource.query(
      "SELECT code_locked_until FROM users WHERE id = $1",
      [user.id],
    );

    expect(answers.filter(isSignedIn)).toHaveLength(1);
    expect(answers[4] && isSignedIn(answers[4])).toBe(true);
    expect(answers.map(errorCodeOf).filter(Boolean)).toEqual(
      Array(codeAttemptLimit - 1).fill(ErrorCode.INVALID_CODE),
    );
    expect(await countRows("sessions", user.id)).toBe(sessionsBefore + 1);
    expect(await countEvents(user.id, "MFA_CHALLENGE_FAILED")).toBe(codeAttemptLimit - 1);
    // Failures settled before the success were reset by it; those after it still count.
    expect(await failedCodeAttempts(user.id)).toBeLessThanOrEqual(codeAttemptLimit - 1);
    expect(locks[0]?.code_locked_until).toBeNull();
    await expectSettledState(user.id);
  });

  it("thirty wrong codes and the right one at once stay within the budget", async () => {
    const { user, secret } = await enrolledUser(testApp);
    const browsers = Array.from({ length: 31 }, (_, index) => browserOn(index));
    for (const browser of browsers) await passwordStep(browser, user.email);
    const right = currentCode(testApp, secret);
    const wrong = wrongCodeFor(secret);
    const sessionsBefore = await countRows("sessions", user.id);

    const answers = await Promise.all(
      browsers.map((browser, index) => verify(browser, { code: index === 15 ? right : wrong })),
    );
    const codes = answers.map(errorCodeOf);
    const successes = answers.filter(isSignedIn).length;
    const invalid = codes.filter((code) => code === ErrorCode.INVALID_CODE).length;
    const refused = codes.filter((code) => code === ErrorCode.TOO_MANY_ATTEMPTS).length;

    expect(successes + invalid + refused).toBe(answers.length);
    expect(await countRows("sessions", user.id)).toBe(sessionsBefore + successes);
    if (successes === 1) {
      // At most nine wrong codes fit before the right one, and a fresh budget after it.
      expect(invalid).toBeLessThanOrEqual(2 * codeAttemptLimit - 1);
    } else {
      expect(invalid).toBe(codeAttemptLimit);
      expect(await countEvents(user.id, "ACCOUNT_LOCKED")).toBe(1);
    }
    await expectSettledState(user.id);
  });
});

describe("the attempt budget's row lock", () => {
  /**
   * Deterministic where the bursts above are only likely: without the person's row lock, both
   * reservations would count from a snapshot taken before the holder's nine and both be granted.
   */
  it("makes a reservation wait for the holder and then count what it committed", async () => {
    const { user } = await enrolledUser(testApp);
    const budget = new CodeAttemptBudget(testApp.dataSource, testApp.clock);
    const leaseEndsAt = new Date(testApp.clock.now().getTime() + 60_000);
    const holder = testApp.dataSource.createQueryRunner();
    await holder.connect();

    let granted: boolean[];
    try {
      await holder.startTransaction();
      await holder.query("SELECT id FROM users WHERE id = $1 FOR UPDATE", [user.id]);
      for (let index = 0; index < codeAttemptLimit - 1; index++) {
        await holder.query(
          "INSERT INTO code_attempt_reservations (user_id, expires_at) VALUES ($1, $2)",
          [user.id, leaseEndsAt],
        );
      }
      const racing = Promise.all([budget.reserve(user.id), budget.reserve(user.id)]);
      await waitFor("both reservations to queue behind the holder", async () => {
        const rows: { count: number }[] = await testApp.dataSource.query(
          `SELECT count(*)::int AS count FROM pg_stat_activity
            WHERE datname = current_database() AND wait_event_type = 'Lock'
              AND query ILIKE '%reserve_code_attempt%'`,
        );
        return (rows[0]?.count ?? 0) >= 2;
      });
      await holder.commitTransaction();
      granted = (await racing).map((reservation) => reservation.granted);
    } finally {
      await holder.release();
    }

    expect(granted.filter(Boolean)).toHaveLength(1);
  });
});

describe("concurrent sign-ins (checklist E46, C24, H70)", () => {
  it("two browsers on two processes with the same fresh code: exactly one gets in", async () => {
    const { user, secret } = await enrolledUser(testApp);

    for (let round = 0; round < 4; round += 1) {
      const browsers = [browserOn(0), browserOn(1)];
      for (const browser of browsers) await passwordStep(browser, user.email);
      const code = currentCode(testApp, secret);
      const sessionsBefore = await countRows("sessions", user.id);

      const answers = await Promise.all(browsers.map((browser) => verify(browser, { code })));
      const ledger: { last_accepted_time_step: string }[] = await testApp.dataSource.query(
        "SELECT last_accepted_time_step FROM totp_authenticators WHERE user_id = $1",
        [user.id],
      );

      expect(answers.filter(isSignedIn)).toHaveLength(1);
      expect(answers.map(errorCodeOf).filter(Boolean)).toEqual([ErrorCode.INVALID_CODE]);
      expect(await countRows("sessions", user.id)).toBe(sessionsBefore + 1);
      expect(Number(ledger[0]?.last_accepted_time_step)).toBe(timeStepAt(testApp.clock.now()));
      await expectSettledState(user.id);
      nextTimeStep(testApp);
    }
  });

  it("one challenge verified with two right factors at once: one session", async () => {
    const { user, secret, recoveryCodes } = await enrolledUser(testApp);
    const browser = testApp.browser();
    await passwordStep(browser, user.email);
    const sessionsBefore = await countRows("sessions", user.id);

    const [byCode, byRecoveryCode] = await Promise.all([
      verify(browser, { code: currentCode(testApp, secret) }),
      verify(tabOnReplica(browser), { recoveryCode: recoveryCodes[0] }),
    ]);
    const unusedCodes = await count(
      "SELECT 1 FROM recovery_codes WHERE user_id = $1 AND used_at IS NULL",
      [user.id],
    );

    expect([byCode, byRecoveryCode].filter(isSignedIn)).toHaveLength(1);
    expect(await countRows("sessions", user.id)).toBe(sessionsBefore + 1);
    expect(await countRows("mfa_challenges", user.id)).toBe(0);
    // The losing factor's transaction rolled back, so only the winning factor is spent.
    expect(unusedCodes).toBe(isSignedIn(byRecoveryCode) ? 9 : 10);
    await expectSettledState(user.id);
  });

  it("one trusted-browser cookie in four sign-ins at once: one skip, rotated", async () => {
    const { user, secret } = await enrolledUser(testApp);
    const trusted = testApp.browser();
    await passwordStep(trusted, user.email);
    await verify(trusted, { code: currentCode(testApp, secret), trustDevice: true });
    const isSecure = testApp.app.services.config.cookieSecure;
    const deviceCookie = cookieName(trustedDeviceCookie, isSecure);
    const original = trusted.cookies.get(deviceCookie) ?? "";
    const clones = Array.from({ length: 4 }, (_, index) => {
      const clone = browserOn(index);
      clone.cookies.set(deviceCookie, original);
      return clone;
    });

    const answers = await Promise.all(clones.map((clone) => signInWithPassword(clone, user.email)));
    const winners = clones.filter(
      (_, index) => answers[index]?.data?.signIn.status === "SIGNED_IN",
    );
    const rotated = winners[0]?.cookies.get(deviceCookie) ?? "";
    const stored: { token_hash: Uint8Array }[] = await testApp.dataSource.query(
      "SELECT token_hash FROM trusted_devices WHERE user_id = $1",
      [user.id],
    );
    const replayOfOriginal = browserOn(1);
    replayOfOriginal.cookies.set(deviceCookie, original);

    expect(winners).toHaveLength(1);
    expect(answers.map((answer) => answer.data?.signIn.status).sort()).toEqual([
      "MFA_REQUIRED",
      "MFA_REQUIRED",
      "MFA_REQUIRED",
      "SIGNED_IN",
    ]);
    expect(rotated).not.toBe(original);
    expect(stored).toHaveLength(1);
    expect(Buffer.from(stored[0]?.token_hash ?? []).equals(hashOpaqueToken(rotated))).toBe(true);
    expect((await signInWithPassword(replayOfOriginal, user.email)).data?.signIn.status).toBe(
      "MFA_REQUIRED",
    );
    expect((await signInWithPassword(winners[0] ?? trusted, user.email)).data?.signIn.status).toBe(
      "SIGNED_IN",
    );
    expect(winners[0]?.cookies.has(cookieName(mfaChallengeCookie, isSecure))).toBe(false);
    await expectSettledState(user.id);
  });
});
