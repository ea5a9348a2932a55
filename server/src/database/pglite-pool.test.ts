import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { CompanyEntity } from "../companies/company.entity.js";
import { startTestApp, type TestApp } from "../test-support/test-app.js";

let testApp: TestApp;

beforeAll(async () => {
  testApp = await startTestApp();
});

afterAll(async () => {
  await testApp.stop();
});

describe("concurrent transactions", () => {
  /**
   * PGlite has one session; without serialising, a rollback in one transaction silently undid a
   * committed write of another running beside it.
   */
  it("keeps every committed write while a neighbouring transaction rolls back", async () => {
    const names = Array.from({ length: 8 }, (_, index) => `Concurrent ${index}`);

    const outcomes = await Promise.allSettled(
      names.map((name, index) =>
        testApp.dataSource.transaction(async (manager) => {
          await manager.insert(CompanyEntity, { name });
          await new Promise((resolve) => setTimeout(resolve, 5));
          if (index % 2 === 1) throw new Error("roll this one back");
        }),
      ),
    );
    const rows = await testApp.dataSource.manager.find(CompanyEntity);
    const stored = rows.map((row) => row.name).filter((name) => name.startsWith("Concurrent"));

    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(4);
    expect(stored.sort()).toEqual(names.filter((_, index) => index % 2 === 0).sort());
  });

  it("reports how many rows a conditional update touched", async () => {
    const company = await testApp.dataSource.manager.save(
      testApp.dataSource.manager.create(CompanyEntity, { name: "Row count" }),
    );

    const hit = await testApp.dataSource.manager.update(
      CompanyEntity,
      { id: company.id, mfaRequired: false },
      { mfaRequired: true },
    );
    const miss = await testApp.dataSource.manager.update(
      CompanyEntity,
      { id: company.id, mfaRequired: false },
      { mfaRequired: true },
    );

    expect(hit.affected).toBe(1);
    expect(miss.affected).toBe(0);
  });
});
