import { codeAttemptLimit, ErrorCode } from "@app/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { attemptReservationLeaseInSeconds } from "../mfa/code-attempt-budget.js";
import { authStateOf, expectGenericFailure } from "../test-support/auth-state.js";
import { DatabaseAdmin, holdLocks } from "../test-support/database-admin.js";
import { errorCodeOf, type TestBrowser } from "../test-support/http-client.js";
import {
  currentCode,
  enableMfaMutation,
  enrolledUser,
  secretOf,
  signInNewUser,
  signInWithPassword,
  startEnrollment,
  verifyMfaMutation,
} from "../test-support/mfa-helpers.js";
import { startProxiedTestApp, type ProxiedTestApp } from "../test-support/proxied-test-app.js";
import { waitFor } from "../test-support/wait-for.js";

let testApp: ProxiedTestApp;
let admin: DatabaseAdmin;

beforeAll(async () => {
  testApp = await startProxiedTestApp();
  admin = await DatabaseAdmin.connect(testApp.databaseUrl);
});

afterAll(async () => {
  await admin?.end();
  await testApp?.stop();
});

function verify(browser: TestBrowser, input: Record<string, unknown>) {
  return browser.graphql<{ verifyMfa: { status: string } }>(verifyMfaMutation, { input });
}

function wrongCodeFor(right: string): string {
  return right === "000000" ? "000001" : "000000";
}

/** An enrolled person, signed out, with a fresh browser that has passed the password step. */
async function challengedUser() {
  const enrolled = await enrolledUser(testApp);
  await enrolled.browser.graphql("mutation { signOut }");
  const browser = testApp.browser();
  const signIn = await signInWithPassword(browser, enrolled.user.email);
  expect(signIn.data?.signIn.status).toBe("MFA_REQUIRED");
  return { ...enrolled, browser };
}

function poolReportsSince(logCount: number): number {
  return testApp.logs
    .slice(logCount)
    .filter((line) => line.msg === "A pooled database connection failed and was dropped.").length;
}

/**
 * Kills every PostgreSQL backend the app holds, as an operator or a crash would: first the idle
 * ones, then, once the pool has dropped those, the busy one. In that order the refund that
 * follows the fault gets a fresh connection, which the assertions rely on; a refund that cannot
 * reach the database at all is the outage test's subject.
 */
async function terminateAppConnections(busyQueryPattern: string): Promise<void> {
  const logCount = testApp.logs.length;
  const busy = await admin.query<{ client_port: number }>(
    `SELECT client_port FROM pg_stat_activity
      WHERE datname = current_database() AND wait_event_type = 'Lock' AND query ILIKE $1`,
    [busyQueryPattern],
  );
  const busyPorts = busy.map((row) => row.client_port);
  const idlePorts = testApp.proxy.upstreamPorts().filter((port) => !busyPorts.includes(port));

  const idleTerminated = await admin.terminateBackends(idlePorts);
  await waitFor("the pool to drop its idle connections", async () => {
    return poolReportsSince(logCount) === idleTerminated;
  });
  expect(await admin.terminateBackends(busyPorts)).toBe(1);
}

async function readiness(): Promise<number> {
  return (await fetch(`${testApp.url}/readyz`)).status;
}

describe("the app's connections terminated mid-request", () => {
  it("fails a verifyMfa closed and spends nothing when its backend is terminated", async () => {
    const { user, browser, secret } = await challengedUser();
    const before = await authStateOf(testApp.dataSource, user.id);
    const code = currentCode(testApp, secret);
    const lock = await holdLocks(
      testApp.databaseUrl,
      "SELECT id FROM totp_authenticators WHERE user_id = $1 FOR UPDATE",
      [user.id],
    );

    const pending = verify(browser, { code });
    await admin.waitForLockWaits('%UPDATE "totp_authenticators"%');
    await terminateAppConnections('%UPDATE "totp_authenticators"%');
    const response = await pending;
    await lock.release();

    expectGenericFailure(response);
    expect(await authStateOf(testApp.dataSource, user.id)).toEqual(before);
    const retried = await verify(browser, { code });
    expect(retried.data?.verifyMfa.status).toBe("SIGNED_IN");
    expect(await authStateOf(testApp.dataSource, user.id)).toMatchObject({
      sessions: before.sessions + 1,
      challenges: 0,
      pendingAttemptReservations: 0,
    });
  });

  it("fails a recovery-code sign-in closed and leaves the code unused", async () => {
    const { user, browser, recoveryCodes } = await challengedUser();
    const before = await authStateOf(testApp.dataSource, user.id);
    const lock = await holdLocks(
      testApp.databaseUrl,
      "SELECT id FROM recovery_codes WHERE user_id = $1 FOR UPDATE",
      [user.id],
    );

    const pending = verify(browser, { recoveryCode: recoveryCodes[0] });
    await admin.waitForLockWaits("%UPDATE recovery_codes SET used_at%");
    await terminateAppConnections("%UPDATE recovery_codes SET used_at%");
    const response = await pending;
    await lock.release();

    expectGenericFailure(response);
    expect(await authStateOf(testApp.dataSource, user.id)).toEqual(before);
    const retried = await verify(browser, { recoveryCode: recoveryCodes[0] });
    expect(retried.data?.verifyMfa.status).toBe("SIGNED_IN");
    expect(await authStateOf(testApp.dataSource, user.id)).toMatchObject({
      sessions: before.sessions + 1,
      usedRecoveryCodes: 1,
      pendingAttemptReservations: 0,
    });
  });

  it("fails an enableMfa closed and leaves MFA off, ready to be confirmed again", async () => {
    const { user, browser } = await signInNewUser(testApp);
    const secret = secretOf((await startEnrollment(browser)).otpauthUri);
    const before = await authStateOf(testApp.dataSource, user.id);
    const code = currentCode(testApp, secret);
    const lock = await holdLocks(
      testApp.databaseUrl,
      "SELECT user_id FROM mfa_enrollments WHERE user_id = $1 FOR UPDATE",
      [user.id],
    );

    const pending = browser.graphql(enableMfaMutation, { input: { code } });
    await admin.waitForLockWaits('%DELETE FROM "mfa_enrollments"%');
    await terminateAppConnections('%DELETE FROM "mfa_enrollments"%');
    const response = await pending;
    await lock.release();

    expectGenericFailure(response);
    const after = await authStateOf(testApp.dataSource, user.id);
    expect(after).toEqual(before);
    expect(after).toMatchObject({ authenticators: 0, unusedRecoveryCodes: 0, enrollments: 1 });
    const retried = await browser.graphql<{ enableMfa: { recoveryCodes: string[] } }>(
      enableMfaMutation,
      { input: { code } },
    );
    expect(retried.data?.enableMfa.recoveryCodes).toHaveLength(10);
    expect(await authStateOf(testApp.dataSource, user.id)).toMatchObject({
      authenticators: 1,
      unusedRecoveryCodes: 10,
      enrollments: 0,
      pendingAttemptReservations: 0,
    });
  });

  /** node-postgres emits idle-client errors on the pool; unheard, one would end the process. */
  it("survives its idle pooled connections being terminated, and logs it", async () => {
    const warningsBefore = testApp.logs.length;
    const statuses = await Promise.all(Array.from({ length: 6 }, () => readiness()));
    expect(statuses).toEqual(Array.from({ length: 6 }, () => 200));
    expect(testApp.proxy.upstreamPorts().length).toBeGreaterThan(1);

    const terminated = await admin.terminateBackends(testApp.proxy.upstreamPorts());
    await waitFor("the pool to report every dropped connection", async () => {
      return poolReportsSince(warningsBefore) === terminated;
    });

    expect(await readiness()).toBe(200);
    const { browser } = await signInNewUser(testApp);
    expect((await browser.graphql("{ viewer { email } }")).data?.viewer).not.toBeNull();
  });
});

describe("the database unreachable for a while", () => {
  it("fails sign-in and verify closed, reports not ready, and recovers by itself", async () => {
    const { user, browser, secret } = await challengedUser();
    const signedIn = await signInNewUser(testApp);
    const before = await authStateOf(testApp.dataSource, user.id);
    const ports = testApp.proxy.upstreamPorts();

    await testApp.proxy.cut();
    await admin.terminateBackends(ports);
    const verifyDuringOutage = await verify(browser, { code: currentCode(testApp, secret) });
    const signInDuringOutage = await signInWithPassword(testApp.browser(), user.email);
    const viewerDuringOutage = await signedIn.browser.graphql("{ viewer { email } }");
    const readyDuringOutage = await fetch(`${testApp.url}/readyz`);
    const liveDuringOutage = await fetch(`${testApp.url}/healthz`);

    expectGenericFailure(verifyDuringOutage);
    expectGenericFailure(signInDuringOutage);
    expectGenericFailure(viewerDuringOutage);
    expect(readyDuringOutage.status).toBe(503);
    expect(await readyDuringOutage.json()).toEqual({ status: "database unavailable" });
    expect(liveDuringOutage.status).toBe(200);

    await testApp.proxy.restore();
    await waitFor("readiness after the outage", async () => (await readiness()) === 200);

    expect(await authStateOf(testApp.dataSource, user.id)).toEqual(before);
    const verified = await verify(browser, { code: currentCode(testApp, secret) });
    expect(verified.data?.verifyMfa.status).toBe("SIGNED_IN");
    const freshSignIn = await signInWithPassword(testApp.browser(), user.email);
    expect(freshSignIn.data?.signIn.status).toBe("MFA_REQUIRED");
    const viewer = await signedIn.browser.graphql<{ viewer: { email: string } }>(
      "{ viewer { email } }",
    );
    expect(viewer.data?.viewer.email).toBe(signedIn.user.email);
  });

  /**
   * The worst moment: the attempt is reserved, the code is being spent, and the database goes
   * away, taking the refund's connection with it. The reservation must lapse, not stay spent.
   */
  it("does not leave an attempt spent when even the refund cannot reach the database", async () => {
    const { user, browser, secret } = await challengedUser();
    const before = await authStateOf(testApp.dataSource, user.id);
    const lock = await holdLocks(
      testApp.databaseUrl,
      "SELECT id FROM totp_authenticators WHERE user_id = $1 FOR UPDATE",
      [user.id],
    );

    const pending = verify(browser, { code: currentCode(testApp, secret) });
    await admin.waitForLockWaits('%UPDATE "totp_authenticators"%');
    const ports = testApp.proxy.upstreamPorts();
    await testApp.proxy.cut();
    await admin.terminateBackends(ports);
    const response = await pending;
    await lock.release();
    const duringOutage = await authStateOf(testApp.dataSource, user.id);
    await testApp.proxy.restore();
    await waitFor("readiness after the outage", async () => (await readiness()) === 200);

    expectGenericFailure(response);
    expect(duringOutage).toEqual({ ...before, pendingAttemptReservations: 1 });

    testApp.clock.advanceBySeconds(attemptReservationLeaseInSeconds);
    const wrong = wrongCodeFor(currentCode(testApp, secret));
    const answers: unknown[] = [];
    let challenged = browser;
    for (let attempt = 1; attempt <= codeAttemptLimit + 1; attempt += 1) {
      // A challenge takes five wrong codes; the budget spans challenges, so start another.
      if (attempt % 5 === 1 && attempt > 1) {
        challenged = testApp.browser();
        await signInWithPassword(challenged, user.email);
      }
      answers.push(errorCodeOf(await verify(challenged, { code: wrong })));
    }

    expect(answers).toEqual([
      ...Array.from({ length: codeAttemptLimit }, () => ErrorCode.INVALID_CODE),
      ErrorCode.TOO_MANY_ATTEMPTS,
    ]);
    expect(await authStateOf(testApp.dataSource, user.id)).toMatchObject({
      failedCodeAttempts: codeAttemptLimit,
      pendingAttemptReservations: 0,
      lastAcceptedTimeStep: before.lastAcceptedTimeStep,
    });
  });
});
