import { execFile } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createCompany, createUser } from "../test-support/factories.js";
import { enrolledUser } from "../test-support/mfa-helpers.js";
import { startTestApp, type TestApp } from "../test-support/test-app.js";
import { Role } from "../users/role.js";

const examplePath = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../../docs/examples/staff-without-mfa.mjs",
);

let testApp: TestApp;

beforeAll(async () => {
  testApp = await startTestApp();
});

afterAll(async () => {
  await testApp.stop();
});

describe("the documented example integration", () => {
  it("lists exactly the staff without MFA, through an administrator's token", async () => {
    const company = await createCompany(testApp.dataSource);
    const admin = await enrolledUser(testApp, { companyId: company.id, role: Role.ADMIN });
    await createUser(testApp.dataSource, { companyId: company.id, name: 'Quinn, "Q" Doe' });
    await createUser(testApp.dataSource, { companyId: company.id, name: "Rosa Lind" });
    await enrolledUser(testApp, { companyId: company.id, name: "Has Mfa" });
    const created = await admin.browser.graphql<{ createAccessToken: { token: string } }>(
      `mutation { createAccessToken(input: { name: "Report", expiresInDays: 1 }) { token } }`,
    );

    const { stdout, stderr } = await promisify(execFile)(process.execPath, [examplePath], {
      env: {
        ...process.env,
        API_URL: testApp.url,
        API_TOKEN: created.data?.createAccessToken.token,
      },
    });
    const lines = stdout.trim().split("\n");

    expect(lines[0]).toBe("name,email,role,last_sign_in_at");
    expect(lines.slice(1).map((line) => line.split(",")[0])).toEqual(['"Quinn', "Rosa Lind"]);
    expect(lines[1]).toMatch(/^"Quinn, ""Q"" Doe",/);
    expect(stderr).toBe("2 people without MFA.\n");
  });
});
