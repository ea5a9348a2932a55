import { codeAttemptLimit } from "@app/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createUser } from "../test-support/factories.js";
import { startTestApp, type TestApp } from "../test-support/test-app.js";
import { attemptReservationLeaseInSeconds, CodeAttemptBudget } from "./code-attempt-budget.js";
import { CodeGate } from "./code-gate.js";

let testApp: TestApp;

beforeAll(async () => {
  testApp = await startTestApp();
});

afterAll(async () => {
  await testApp.stop();
});

async function failedAttemptsOf(userId: string): Promise<number | undefined> {
  const rows: { failed_code_attempts: number }[] = await testApp.dataSource.query(
    "SELECT failed_code_attempts FROM users WHERE id = $1",
    [userId],
  );
  return rows[0]?.failed_code_attempts;
}

describe("the code gate", () => {
  /** A fault on our side must never cost the person one of their ten attempts. */
  it("gives the attempt back and keeps the code unspent when the change fails", async () => {
    const user = await createUser(testApp.dataSource);
    const gate = new CodeGate(
      testApp.dataSource,
      new CodeAttemptBudget(testApp.dataSource, testApp.clock),
    );
    let spentInCommittedTransaction = false;

    const outcome = gate.run(user.id, {
      evaluate: async () => ({
        kind: "recovery",
        spend: async () => {
          spentInCommittedTransaction = true;
          return true;
        },
      }),
      prepare: async () => undefined,
      apply: async () => {
        throw new Error("the database went away");
      },
    });

    await expect(outcome).rejects.toThrow("the database went away");
    expect(await failedAttemptsOf(user.id)).toBe(0);
    const reservations: unknown[] = await testApp.dataSource.query(
      "SELECT id FROM code_attempt_reservations WHERE user_id = $1",
      [user.id],
    );
    expect(reservations).toEqual([]);
    expect(spentInCommittedTransaction).toBe(true);
  });

  it("rolls the spend back with the failed change", async () => {
    const user = await createUser(testApp.dataSource);
    const gate = new CodeGate(
      testApp.dataSource,
      new CodeAttemptBudget(testApp.dataSource, testApp.clock),
    );
    await testApp.dataSource.query(
      `INSERT INTO recovery_codes (user_id, lookup_key, code_hash, created_at)
       VALUES ($1, '\\x01', 'unused-hash', now())`,
      [user.id],
    );

    const outcome = gate.run(user.id, {
      evaluate: async () => ({
        kind: "recovery",
        spend: async (manager) => {
          await manager.query("UPDATE recovery_codes SET used_at = now() WHERE user_id = $1", [
            user.id,
          ]);
          return true;
        },
      }),
      prepare: async () => undefined,
      apply: async () => {
        throw new Error("storing the session failed");
      },
    });

    await expect(outcome).rejects.toThrow("storing the session failed");
    const rows: { used_at: Date | null }[] = await testApp.dataSource.query(
      "SELECT used_at FROM recovery_codes WHERE user_id = $1",
      [user.id],
    );
    expect(rows).toEqual([{ used_at: null }]);
  });

  /** When the database is gone even for the refund, the reservation must not stay spent. */
  it("stops counting reservations that were never settled once their lease ends", async () => {
    const user = await createUser(testApp.dataSource);
    const budget = new CodeAttemptBudget(testApp.dataSource, testApp.clock);

    const unsettled = [];
    for (let attempt = 0; attempt < codeAttemptLimit; attempt += 1) {
      unsettled.push(await budget.reserve(user.id));
    }
    const whileHeld = await budget.reserve(user.id);
    testApp.clock.advanceBySeconds(attemptReservationLeaseInSeconds);
    const afterLease = await budget.reserve(user.id);

    expect(unsettled.every((reservation) => reservation.granted)).toBe(true);
    expect(whileHeld.granted).toBe(false);
    expect(afterLease.granted).toBe(true);
    expect(await failedAttemptsOf(user.id)).toBe(0);
  });
});
