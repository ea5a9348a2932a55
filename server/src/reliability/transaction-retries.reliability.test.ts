import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { runInTransaction } from "../database/run-in-transaction.js";
import { startTestApp, type TestApp } from "../test-support/test-app.js";

let testApp: TestApp;

beforeAll(async () => {
  testApp = await startTestApp();
});

afterAll(async () => {
  await testApp?.stop();
});

describe("a real deadlock", () => {
  /**
   * Two transactions take two rows in opposite orders, each waiting until the other holds its
   * first row, so PostgreSQL must pick a victim (40P01). The victim's whole transaction runs
   * again after the winner commits, and every write lands exactly once.
   */
  it("retries the victim, so both transactions apply exactly once", async () => {
    const dataSource = testApp.dataSource;
    await dataSource.query("CREATE TABLE deadlock_probe (id int PRIMARY KEY, writes int NOT NULL)");
    await dataSource.query("INSERT INTO deadlock_probe (id, writes) VALUES (1, 0), (2, 0)");
    let arrivals = 0;
    let releaseBoth = () => {};
    const bothHoldFirstRow = new Promise<void>((resolve) => (releaseBoth = resolve));
    const attempts = new Map<string, number>();

    const crossing = (name: string, firstRow: number, secondRow: number) =>
      runInTransaction(dataSource, async (manager) => {
        const attempt = (attempts.get(name) ?? 0) + 1;
        attempts.set(name, attempt);
        const write = "UPDATE deadlock_probe SET writes = writes + 1 WHERE id = $1";

        await manager.query(write, [firstRow]);
        if (attempt === 1) {
          arrivals += 1;
          if (arrivals === 2) releaseBoth();
          await bothHoldFirstRow;
        }
        await manager.query(write, [secondRow]);
      });

    await Promise.all([crossing("ascending", 1, 2), crossing("descending", 2, 1)]);
    const rows: { id: number; writes: number }[] = await dataSource.query(
      "SELECT id, writes FROM deadlock_probe ORDER BY id",
    );

    expect(rows).toEqual([
      { id: 1, writes: 2 },
      { id: 2, writes: 2 },
    ]);
    expect([...attempts.values()].sort()).toEqual([1, 2]);
  });
});
