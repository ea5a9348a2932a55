import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { startTestApp, type TestApp } from "../test-support/test-app.js";

let testApp: TestApp;

beforeAll(async () => {
  testApp = await startTestApp();
});

afterAll(async () => {
  await testApp.stop();
});

interface Totals {
  company_id: string;
  role: string;
  mfa_enabled: boolean;
  staff_count: number;
}

/** What the kept totals must always equal: a count of the rows themselves. */
async function countedTotals(): Promise<Totals[]> {
  return testApp.dataSource.query(
    `SELECT u.company_id, u.role, t.id IS NOT NULL AS mfa_enabled, count(*)::int AS staff_count
       FROM users u LEFT JOIN totp_authenticators t ON t.user_id = u.id
      GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
  );
}

async function keptTotals(): Promise<Totals[]> {
  return testApp.dataSource.query(
    `SELECT company_id, role, mfa_enabled, staff_count FROM company_staff_counts
      WHERE staff_count > 0 ORDER BY 1, 2, 3`,
  );
}

async function addCompany(name: string): Promise<string> {
  const [row] = await testApp.dataSource.query(
    "INSERT INTO companies (name) VALUES ($1) RETURNING id",
    [name],
  );
  return row.id;
}

async function addPeople(companyId: string, prefix: string, count: number): Promise<string[]> {
  const rows: { id: string }[] = await testApp.dataSource.query(
    `INSERT INTO users (company_id, email, name, password_hash)
     SELECT $1, $2 || i || '@totals.test', 'Person ' || i, 'not-a-hash'
       FROM generate_series(1, $3::int) AS i RETURNING id`,
    [companyId, prefix, count],
  );
  return rows.map((row) => row.id);
}

async function enableMfa(userIds: string[]): Promise<void> {
  await testApp.dataSource.query(
    `INSERT INTO totp_authenticators (user_id, secret_ciphertext, enabled_at)
     SELECT id, 'sealed', now() FROM unnest($1::uuid[]) AS id`,
    [userIds],
  );
}

describe("staff totals kept beside the people they count", () => {
  it("follow people joining, enrolling, changing role, leaving and their company closing", async () => {
    const north = await addCompany("North");
    const south = await addCompany("South");
    const northPeople = await addPeople(north, "north", 6);
    const southPeople = await addPeople(south, "south", 4);
    await enableMfa([...northPeople.slice(0, 3), ...southPeople.slice(0, 1)]);
    expect(await keptTotals()).toEqual(await countedTotals());

    await testApp.dataSource.query("UPDATE users SET role = 'ADMIN' WHERE id = ANY($1)", [
      [northPeople[0], northPeople[5]],
    ]);
    await testApp.dataSource.query("DELETE FROM totp_authenticators WHERE user_id = $1", [
      northPeople[1],
    ]);
    await testApp.dataSource.query("DELETE FROM users WHERE id = ANY($1)", [
      [northPeople[0], northPeople[4]],
    ]);
    expect(await keptTotals()).toEqual(await countedTotals());

    await testApp.dataSource.query("DELETE FROM companies WHERE id = $1", [south]);
    expect(await keptTotals()).toEqual(await countedTotals());
    const leftOver = await testApp.dataSource.query(
      "SELECT count(*)::int AS n FROM company_staff_counts WHERE company_id = $1",
      [south],
    );
    expect(leftOver[0].n).toBe(0);
  });

  it("stay exact when many people enrol and leave MFA at the same time", async () => {
    const busy = await addCompany("Busy");
    const people = await addPeople(busy, "busy", 20);
    await enableMfa(people.slice(0, 10));

    await Promise.all([
      ...people.slice(10).map((id) => enableMfa([id])),
      ...people
        .slice(0, 10)
        .map((id) =>
          testApp.dataSource.query("DELETE FROM totp_authenticators WHERE user_id = $1", [id]),
        ),
    ]);

    expect(await keptTotals()).toEqual(await countedTotals());
  });
});
