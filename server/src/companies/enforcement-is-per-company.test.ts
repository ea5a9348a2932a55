import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { ErrorCode } from "@app/shared";

import { createCompany, createUser } from "../test-support/factories.js";
import { errorCodeOf } from "../test-support/http-client.js";
import { enrolledUser, signInNewUser, signInWithPassword } from "../test-support/mfa-helpers.js";
import { startTestApp, type TestApp } from "../test-support/test-app.js";
import { Role } from "../users/role.js";

let testApp: TestApp;

beforeAll(async () => {
  testApp = await startTestApp();
});

afterAll(async () => {
  await testApp.stop();
});

const requireMfa = `
  mutation { updateMfaPolicy(input: { required: true, allowSelfServiceDisable: false,
    gracePeriodDays: 0 }) { mfaPolicy { required } } }`;

async function isRequiredIn(companyId: string): Promise<boolean | undefined> {
  const rows: { mfa_required: boolean }[] = await testApp.dataSource.query(
    "SELECT mfa_required FROM companies WHERE id = $1",
    [companyId],
  );
  return rows[0]?.mfa_required;
}

describe("MFA enforcement belongs to one company", () => {
  /** Tenancy: a policy switched on in company A reaches nobody in company B (ASVS 5.0 8.4.1). */
  it("binds the administrator's own company and no other", async () => {
    const companyA = await createCompany(testApp.dataSource);
    const companyB = await createCompany(testApp.dataSource);
    const adminA = await enrolledUser(testApp, { companyId: companyA.id, role: Role.ADMIN });
    const inA = await createUser(testApp.dataSource, { companyId: companyA.id });
    const inB = await createUser(testApp.dataSource, { companyId: companyB.id });

    const changed = await adminA.browser.graphql(requireMfa);
    const signInA = await signInWithPassword(testApp.browser(), inA.email);
    const signInB = await signInWithPassword(testApp.browser(), inB.email);

    expect(changed.errors).toBeUndefined();
    expect(await isRequiredIn(companyB.id)).toBe(false);
    expect(signInA.data).toMatchObject({ signIn: { status: "MFA_SETUP_REQUIRED" } });
    expect(signInB.data).toMatchObject({ signIn: { status: "SIGNED_IN" } });
  });

  it("cannot be changed by a member, even one with MFA", async () => {
    const company = await createCompany(testApp.dataSource);
    const member = await enrolledUser(testApp, { companyId: company.id });

    const response = await member.browser.graphql(requireMfa);

    expect(errorCodeOf(response)).toBe(ErrorCode.FORBIDDEN);
    expect(await isRequiredIn(company.id)).toBe(false);
  });

  it("cannot be changed by an administrator who has not set MFA up", async () => {
    const company = await createCompany(testApp.dataSource);
    const { browser } = await signInNewUser(testApp, { companyId: company.id, role: Role.ADMIN });

    const response = await browser.graphql(requireMfa);

    expect(errorCodeOf(response)).toBe(ErrorCode.MFA_SETUP_REQUIRED);
    expect(await isRequiredIn(company.id)).toBe(false);
  });
});
