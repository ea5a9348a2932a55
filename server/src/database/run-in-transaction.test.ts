import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { authStateOf, expectGenericFailure } from "../test-support/auth-state.js";
import {
  enrolledUser,
  signInWithPassword,
  verifyMfaMutation,
} from "../test-support/mfa-helpers.js";
import { startTestApp, type TestApp } from "../test-support/test-app.js";
import { isRetryableTransactionFailure, maxTransactionAttempts } from "./run-in-transaction.js";

let testApp: TestApp;

beforeAll(async () => {
  testApp = await startTestApp();
});

afterAll(async () => {
  await testApp.stop();
});

/**
 * The first `failures` session INSERTs for this person raise `sqlState`, the way PostgreSQL
 * reports a serialization failure or a deadlock victim. A sequence counts the tries, because
 * nextval survives the rollback of the transaction it ran in.
 */
async function failSessionInserts(userId: string, sqlState: string, failures: number) {
  const name = `injected_conflict_${sqlState.toLowerCase()}_${userId.slice(0, 8)}`;
  await testApp.dataSource.query(`CREATE SEQUENCE ${name}_tries`);
  await testApp.dataSource.query(`
    CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NEW.user_id = '${userId}' AND nextval('${name}_tries') <= ${failures} THEN
        RAISE EXCEPTION 'injected conflict' USING ERRCODE = '${sqlState}';
      END IF;
      RETURN NEW;
    END $$`);
  await testApp.dataSource.query(
    `CREATE TRIGGER ${name} BEFORE INSERT ON sessions FOR EACH ROW EXECUTE FUNCTION ${name}()`,
  );

  return {
    async tries(): Promise<number> {
      const rows: { last_value: string | number; is_called: boolean }[] =
        await testApp.dataSource.query(`SELECT last_value, is_called FROM ${name}_tries`);
      return rows[0]?.is_called ? Number(rows[0].last_value) : 0;
    },
    async drop(): Promise<void> {
      await testApp.dataSource.query(`DROP TRIGGER ${name} ON sessions`);
      await testApp.dataSource.query(`DROP FUNCTION ${name}()`);
      await testApp.dataSource.query(`DROP SEQUENCE ${name}_tries`);
    },
  };
}

async function challengedWithRecoveryCodes() {
  const enrolled = await enrolledUser(testApp);
  await enrolled.browser.graphql("mutation { signOut }");
  const browser = testApp.browser();
  await signInWithPassword(browser, enrolled.user.email);
  return { ...enrolled, browser };
}

describe("conflicting auth transactions", () => {
  it.each(["40001", "40P01"])(
    "retries a recovery-code sign-in after SQLSTATE %s and consumes the code once",
    async (sqlState) => {
      const { user, browser, recoveryCodes } = await challengedWithRecoveryCodes();
      const conflicts = await failSessionInserts(user.id, sqlState, maxTransactionAttempts - 1);

      const response = await browser.graphql<{ verifyMfa: { status: string } }>(verifyMfaMutation, {
        input: { recoveryCode: recoveryCodes[0] },
      });
      const tries = await conflicts.tries();
      await conflicts.drop();

      expect(response.data?.verifyMfa.status).toBe("SIGNED_IN");
      expect(tries).toBe(maxTransactionAttempts);
      expect(await authStateOf(testApp.dataSource, user.id)).toMatchObject({
        sessions: 1,
        challenges: 0,
        usedRecoveryCodes: 1,
        unusedRecoveryCodes: 9,
        failedCodeAttempts: 0,
        pendingAttemptReservations: 0,
      });
    },
  );

  it("gives up after bounded tries with a generic error and writes nothing", async () => {
    const { user, browser, recoveryCodes } = await challengedWithRecoveryCodes();
    const before = await authStateOf(testApp.dataSource, user.id);
    const conflicts = await failSessionInserts(user.id, "40001", 1000);

    const response = await browser.graphql(verifyMfaMutation, {
      input: { recoveryCode: recoveryCodes[0] },
    });
    const tries = await conflicts.tries();
    await conflicts.drop();

    expectGenericFailure(response);
    expect(tries).toBe(maxTransactionAttempts);
    expect(await authStateOf(testApp.dataSource, user.id)).toEqual(before);
    const retried = await browser.graphql<{ verifyMfa: { status: string } }>(verifyMfaMutation, {
      input: { recoveryCode: recoveryCodes[0] },
    });
    expect(retried.data?.verifyMfa.status).toBe("SIGNED_IN");
  });

  it("retries only conflicts, never other failures", () => {
    expect(isRetryableTransactionFailure({ driverError: { code: "40001" } })).toBe(true);
    expect(isRetryableTransactionFailure({ code: "40P01" })).toBe(true);
    expect(isRetryableTransactionFailure({ code: "23505" })).toBe(false);
    expect(isRetryableTransactionFailure({ code: "57P01" })).toBe(false);
    expect(isRetryableTransactionFailure(new Error("40001"))).toBe(false);
  });
});
