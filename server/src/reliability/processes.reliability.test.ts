import { randomBytes } from "node:crypto";

import { codeAttemptLimit, ErrorCode } from "@app/shared";
import type { DataSource } from "typeorm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { openDatabase } from "../database/data-source.js";
import { computeTotp, timeStepAt } from "../mfa/totp.js";
import { authStateOf } from "../test-support/auth-state.js";
import { DatabaseAdmin, holdLocks } from "../test-support/database-admin.js";
import { createUser, testPassword } from "../test-support/factories.js";
import { errorCodeOf, TestBrowser, type GraphqlResponse } from "../test-support/http-client.js";
import {
  enableMfaMutation,
  secretOf,
  signInMutation,
  startEnrollmentMutation,
  verifyMfaMutation,
  type Enrollment,
} from "../test-support/mfa-helpers.js";
import { ReplicaBrowser } from "../test-support/replica-browser.js";
import { startServerProcess, type ServerProcess } from "../test-support/server-process.js";
import { createTestDatabase, type TestDatabase } from "../test-support/test-database.js";
import { waitFor } from "../test-support/wait-for.js";

const encryptionKeys = `test1:${randomBytes(32).toString("base64")}`;

let database: TestDatabase;
let databaseUrl: string;
let dataSource: DataSource;
let serverA: ServerProcess;
let serverB: ServerProcess;

beforeAll(async () => {
  database = await createTestDatabase();
  if (database.config.driver !== "postgres") throw new Error("Set TEST_DATABASE_URL.");
  databaseUrl = database.config.url;
  // Migrated here, once, so the two processes never race each other through the migrations.
  dataSource = await openDatabase(database.config);
  [serverA, serverB] = await Promise.all([
    startServerProcess({ databaseUrl, encryptionKeys }),
    startServerProcess({ databaseUrl, encryptionKeys }),
  ]);
});

afterAll(async () => {
  await Promise.all([serverA?.stop(), serverB?.stop()]);
  await dataSource?.destroy();
  await database?.drop();
});

type SignInStatus = { signIn: { status: string } };
type VerifyStatus = { verifyMfa: { status: string } };

function signIn(browser: ReplicaBrowser, server: ServerProcess, email: string) {
  return browser.graphql<SignInStatus>(server.url, signInMutation, {
    input: { email, password: testPassword },
  });
}

function verify(browser: ReplicaBrowser, server: ServerProcess, input: Record<string, unknown>) {
  return browser.graphql<VerifyStatus>(server.url, verifyMfaMutation, { input });
}

function viewerEmail(browser: ReplicaBrowser, server: ServerProcess) {
  return browser
    .graphql<{ viewer: { email: string } | null }>(server.url, "{ viewer { email } }")
    .then((response) => response.data?.viewer?.email ?? null);
}

/**
 * These processes run on the real clock, so codes come from it too: the next step the replay
 * ledger has not passed yet, which the ±1 step window accepts.
 */
async function unusedCode(secret: Buffer, userId: string): Promise<string> {
  const { lastAcceptedTimeStep } = await authStateOf(dataSource, userId);
  const step = Math.max(timeStepAt(new Date()), (lastAcceptedTimeStep ?? -1) + 1);
  return computeTotp(secret, step);
}

function wrongCodeFor(right: string): string {
  return right === "000000" ? "000001" : "000000";
}

/** Enrolment started on A and confirmed on B: B opens the secret A sealed. */
async function enrolAcrossReplicas() {
  const user = await createUser(dataSource);
  const browser = new ReplicaBrowser();
  await signIn(browser, serverA, user.email);
  const started = await browser.graphql<{ startMfaEnrollment: Enrollment }>(
    serverA.url,
    startEnrollmentMutation,
  );
  const secret = secretOf(started.data?.startMfaEnrollment.otpauthUri ?? "");
  const enabled = await browser.graphql<{ enableMfa: { recoveryCodes: string[] } }>(
    serverB.url,
    enableMfaMutation,
    { input: { code: await unusedCode(secret, user.id) } },
  );
  const recoveryCodes = enabled.data?.enableMfa.recoveryCodes ?? [];
  expect(recoveryCodes).toHaveLength(10);
  await browser.graphql(serverB.url, "mutation { signOut }");
  return { user, secret, recoveryCodes };
}

describe("two server processes over one database", () => {
  it("keeps a session made on A working on B, and ends it on A when B signs out", async () => {
    const user = await createUser(dataSource);
    const browser = new ReplicaBrowser();
    const signedIn = await signIn(browser, serverA, user.email);
    const stolenCopy = new ReplicaBrowser();
    for (const [name, value] of browser.cookies) stolenCopy.cookies.set(name, value);

    const onB = await viewerEmail(browser, serverB);
    await browser.graphql(serverB.url, "mutation { signOut }");

    expect(signedIn.data?.signIn.status).toBe("SIGNED_IN");
    expect(onB).toBe(user.email);
    expect(await viewerEmail(stolenCopy, serverA)).toBeNull();
    expect(await authStateOf(dataSource, user.id)).toMatchObject({ sessions: 0 });
  });

  it("verifies a challenge from A on B, and A refuses the code B accepted", async () => {
    const { user, secret } = await enrolAcrossReplicas();
    const first = new ReplicaBrowser();
    const second = new ReplicaBrowser();

    const challenged = await signIn(first, serverA, user.email);
    const code = await unusedCode(secret, user.id);
    const accepted = await verify(first, serverB, { code });
    await signIn(second, serverB, user.email);
    const replayed = await verify(second, serverA, { code });

    expect(challenged.data?.signIn.status).toBe("MFA_REQUIRED");
    expect(accepted.data?.verifyMfa.status).toBe("SIGNED_IN");
    expect(errorCodeOf(replayed)).toBe(ErrorCode.INVALID_CODE);
    expect(second.cookies.has("session")).toBe(false);
    expect(await authStateOf(dataSource, user.id)).toMatchObject({ sessions: 1, challenges: 1 });
  });

  it("locks at the attempt limit when wrong codes are split across both", async () => {
    const { user, secret } = await enrolAcrossReplicas();
    const wrong = wrongCodeFor(await unusedCode(secret, user.id));
    const answers: unknown[] = [];
    let browser = new ReplicaBrowser();

    for (let attempt = 0; attempt < codeAttemptLimit; attempt += 1) {
      // A challenge takes five wrong codes; the budget is per person, so start another.
      if (attempt % 5 === 0) {
        browser = new ReplicaBrowser();
        await signIn(browser, attempt % 10 === 0 ? serverA : serverB, user.email);
      }
      const server = attempt % 2 === 0 ? serverA : serverB;
      answers.push(errorCodeOf(await verify(browser, server, { code: wrong })));
    }
    const lastChance = new ReplicaBrowser();
    await signIn(lastChance, serverB, user.email);
    const rightOnA = await verify(lastChance, serverA, { code: await unusedCode(secret, user.id) });
    const rightOnB = await verify(lastChance, serverB, { code: await unusedCode(secret, user.id) });

    expect(answers).toEqual(Array.from({ length: codeAttemptLimit }, () => ErrorCode.INVALID_CODE));
    expect(errorCodeOf(rightOnA)).toBe(ErrorCode.TOO_MANY_ATTEMPTS);
    expect(errorCodeOf(rightOnB)).toBe(ErrorCode.TOO_MANY_ATTEMPTS);
    expect(await authStateOf(dataSource, user.id)).toMatchObject({
      failedCodeAttempts: codeAttemptLimit,
      pendingAttemptReservations: 0,
      sessions: 0,
    });
  });

  /** Both replicas' idle pooled connections die at once, as in a database failover. */
  it("keeps both processes alive when all their connections are terminated", async () => {
    const user = await createUser(dataSource);
    await Promise.all([serverA, serverB].map((server) => fetch(`${server.url}/readyz`)));
    const admin = await DatabaseAdmin.connect(databaseUrl);

    const terminated = await admin.terminateBackendsOf("3cc-security");
    await admin.end();
    // A pool learns of a dropped idle connection from its socket, a moment after the fact.
    for (const server of [serverA, serverB]) {
      await waitFor("readiness after the terminations", async () => {
        const response = await fetch(`${server.url}/readyz`);
        return response.status === 200;
      });
    }
    const browser = new ReplicaBrowser();
    const signedIn = await signIn(browser, serverA, user.email);

    expect(terminated).toBeGreaterThanOrEqual(2);
    expect(signedIn.data?.signIn.status).toBe("SIGNED_IN");
    expect(await viewerEmail(browser, serverB)).toBe(user.email);
    expect(serverA.output() + serverB.output()).toContain(
      "A pooled database connection failed and was dropped.",
    );
  });

  it("lets a browser trusted on A skip the code step on B", async () => {
    const { user, recoveryCodes } = await enrolAcrossReplicas();
    const browser = new ReplicaBrowser();
    await signIn(browser, serverA, user.email);
    const trusted = await verify(browser, serverA, {
      recoveryCode: recoveryCodes[0],
      trustDevice: true,
    });
    await browser.graphql(serverA.url, "mutation { signOut }");
    const untrusted = new ReplicaBrowser();

    const again = await signIn(browser, serverB, user.email);
    const stranger = await signIn(untrusted, serverB, user.email);

    expect(trusted.data?.verifyMfa.status).toBe("SIGNED_IN");
    expect(again.data?.signIn.status).toBe("SIGNED_IN");
    expect(await viewerEmail(browser, serverA)).toBe(user.email);
    expect(stranger.data?.signIn.status).toBe("MFA_REQUIRED");
  });
});

type BurstOutcome =
  | { kind: "answered"; status: number; response: GraphqlResponse<Record<string, unknown>> }
  | { kind: "refused" };

/** A request either gets a whole answer or its connection fails; anything else is a bug. */
async function settle(request: Promise<GraphqlResponse<Record<string, unknown>>>) {
  try {
    const response = await request;
    return { kind: "answered", status: response.status, response } as BurstOutcome;
  } catch (error) {
    expect(error).toBeInstanceOf(TypeError);
    return { kind: "refused" } as BurstOutcome;
  }
}

function signedInWithCookie(outcome: BurstOutcome, field: "signIn" | "verifyMfa"): boolean {
  if (outcome.kind !== "answered" || outcome.status !== 200) return false;

  const payload = outcome.response.data?.[field] as { status?: string } | undefined;
  const hasCookie = outcome.response.setCookies.some((cookie) => cookie.startsWith("session="));
  return payload?.status === "SIGNED_IN" && hasCookie;
}

describe("SIGTERM during in-flight sign-ins", () => {
  /**
   * Every request of the burst is held at a row lock the test owns, so all of them are truly in
   * flight when the signal lands; the lock is let go only once the process refuses new
   * connections. The drain must let each finish, and the database must hold exactly what the
   * answers say.
   */
  it("finishes or cleanly refuses each request, exits 0, leaves nothing half-written", async () => {
    const server = await startServerProcess({ databaseUrl, encryptionKeys });
    const admin = await DatabaseAdmin.connect(databaseUrl);
    const passwordUsers = await Promise.all(
      Array.from({ length: 4 }, () => createUser(dataSource)),
    );
    const mfaUsers = [];
    for (let index = 0; index < 4; index += 1) {
      const enrolled = await enrolAcrossReplicas();
      const browser = new TestBrowser(server.url);
      const challenged = await browser.graphql<SignInStatus>(signInMutation, {
        input: { email: enrolled.user.email, password: testPassword },
      });
      expect(challenged.data?.signIn.status).toBe("MFA_REQUIRED");
      mfaUsers.push({ ...enrolled, browser });
    }
    const everyone = [...passwordUsers, ...mfaUsers.map(({ user }) => user)];
    const lock = await holdLocks(
      databaseUrl,
      "SELECT id FROM users WHERE id = ANY($1::uuid[]) FOR UPDATE",
      [everyone.map((user) => user.id)],
    );

    const signIns = passwordUsers.map((user) =>
      settle(
        new TestBrowser(server.url).graphql(signInMutation, {
          input: { email: user.email, password: testPassword },
        }),
      ),
    );
    const verifies = mfaUsers.map(({ browser, recoveryCodes }) =>
      settle(browser.graphql(verifyMfaMutation, { input: { recoveryCode: recoveryCodes[0] } })),
    );
    // Any statement: a sign-in may meet the lock in its update of the person or, through the
    // foreign key, in the insert of its session.
    await admin.waitForLockWaits("%", everyone.length);
    server.signal("SIGTERM");
    await waitFor("the process to stop taking connections", async () =>
      fetch(`${server.url}/healthz`).then(
        () => false,
        () => true,
      ),
    );
    const late = await settle(
      new TestBrowser(server.url).graphql(signInMutation, {
        input: { email: passwordUsers[0]?.email, password: testPassword },
      }),
    );
    await lock.release();

    const signInOutcomes = await Promise.all(signIns);
    const verifyOutcomes = await Promise.all(verifies);
    const exitCode = await server.exited;
    await admin.end();

    expect(exitCode, server.output()).toBe(0);
    expect(late).toEqual({ kind: "refused" });
    expect(signInOutcomes.every((outcome) => signedInWithCookie(outcome, "signIn"))).toBe(true);
    expect(verifyOutcomes.every((outcome) => signedInWithCookie(outcome, "verifyMfa"))).toBe(true);
    for (const user of passwordUsers) {
      expect(await authStateOf(dataSource, user.id)).toMatchObject({ sessions: 1 });
    }
    for (const { user } of mfaUsers) {
      expect(await authStateOf(dataSource, user.id)).toMatchObject({
        sessions: 1,
        challenges: 0,
        usedRecoveryCodes: 1,
        failedCodeAttempts: 0,
        pendingAttemptReservations: 0,
      });
    }
  });
});
