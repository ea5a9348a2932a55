import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { ErrorCode } from "@app/shared";

import { CompanyEntity } from "../companies/company.entity.js";
import { createSchema } from "../graphql/schema.js";
import { createCompany, createUser } from "../test-support/factories.js";
import { errorCodeOf } from "../test-support/http-client.js";
import {
  currentCode,
  enableMfaMutation,
  secretOf,
  signInWithPassword,
  startEnrollment,
} from "../test-support/mfa-helpers.js";
import { rootFieldOperations } from "../test-support/schema-walk.js";
import { startTestApp, type TestApp } from "../test-support/test-app.js";

let testApp: TestApp;

beforeAll(async () => {
  testApp = await startTestApp();
});

afterAll(async () => {
  await testApp.stop();
});

const dayInSeconds = 24 * 60 * 60;
const openDuringSetup = new Set([
  "Query.viewer",
  "Query.securitySettings",
  "Mutation.startMfaEnrollment",
  "Mutation.enableMfa",
  "Mutation.reauthenticate",
  "Mutation.signOut",
  "Mutation.signIn",
  "Mutation.verifyMfa",
]);

async function personInEnforcingCompany(gracePeriodDays = 0) {
  const company = await createCompany(testApp.dataSource, {
    mfaRequired: true,
    mfaGracePeriodDays: gracePeriodDays,
    mfaRequiredSince: testApp.clock.now(),
  });
  const user = await createUser(testApp.dataSource, { companyId: company.id });
  return { company, user };
}

describe("a company that requires MFA", () => {
  it("sends a person without MFA into set-up at sign-in", async () => {
    const { user } = await personInEnforcingCompany();
    const browser = testApp.browser();

    const signIn = await signInWithPassword(browser, user.email);

    expect(signIn.data?.signIn.status).toBe("MFA_SETUP_REQUIRED");
    expect(browser.cookies.has("session")).toBe(true);
  });

  /** The set-up session reaches only the contract's short list; everything else is refused. */
  it("refuses every other root field with MFA_SETUP_REQUIRED during set-up", async () => {
    const { user } = await personInEnforcingCompany();
    const browser = testApp.browser();
    await signInWithPassword(browser, user.email);
    const operations = rootFieldOperations(await createSchema()).filter(
      (operation) => !openDuringSetup.has(operation.name),
    );

    const codes = await Promise.all(
      operations.map(async (operation) => [
        operation.name,
        errorCodeOf(await browser.graphql(operation.document)),
      ]),
    );

    expect(operations.length).toBeGreaterThan(3);
    expect(codes.filter(([, code]) => code !== ErrorCode.MFA_SETUP_REQUIRED)).toEqual([]);
  });

  it("turns the set-up session into a full one, under a new id, once MFA is on", async () => {
    const { user } = await personInEnforcingCompany();
    const browser = testApp.browser();
    await signInWithPassword(browser, user.email);
    const before = browser.cookies.get("session");
    const secret = secretOf((await startEnrollment(browser)).otpauthUri);

    const enabled = await browser.graphql(enableMfaMutation, {
      input: { code: currentCode(testApp, secret) },
    });
    const revoke = await browser.graphql("mutation { revokeAllTrustedDevices { mfaEnabled } }");

    expect(enabled.errors).toBeUndefined();
    expect(browser.cookies.get("session")).not.toBe(before);
    expect(revoke.errors).toBeUndefined();
  });

  /** Policy is read per request: turning enforcement on reaches sessions that already exist. */
  it("restricts an existing session as soon as enforcement is turned on", async () => {
    const company = await createCompany(testApp.dataSource);
    const user = await createUser(testApp.dataSource, { companyId: company.id });
    const browser = testApp.browser();
    await signInWithPassword(browser, user.email);
    const before = await browser.graphql("mutation { revokeAllTrustedDevices { mfaEnabled } }");

    await testApp.dataSource.manager.update(
      CompanyEntity,
      { id: company.id },
      { mfaRequired: true, mfaRequiredSince: testApp.clock.now() },
    );
    const after = await browser.graphql("mutation { revokeAllTrustedDevices { mfaEnabled } }");

    expect(before.errors).toBeUndefined();
    expect(errorCodeOf(after)).toBe(ErrorCode.MFA_SETUP_REQUIRED);
  });

  it("lets people work through the grace period, showing the deadline, then forces set-up", async () => {
    const { user } = await personInEnforcingCompany(7);
    const browser = testApp.browser();

    const signIn = await signInWithPassword(browser, user.email);
    const settings = await browser.graphql<{ securitySettings: { mfaSetupDeadline: string } }>(
      "{ securitySettings { mfaSetupDeadline } }",
    );
    const during = await browser.graphql("mutation { revokeAllTrustedDevices { mfaEnabled } }");
    testApp.clock.advanceBySeconds(8 * dayInSeconds);
    const later = testApp.browser();
    const signInAfter = await signInWithPassword(later, user.email);
    const after = await later.graphql("mutation { revokeAllTrustedDevices { mfaEnabled } }");

    expect(signIn.data?.signIn.status).toBe("SIGNED_IN");
    const deadline = new Date(settings.data?.securitySettings.mfaSetupDeadline ?? 0);
    expect(deadline.getTime()).toBeGreaterThan(Date.now() + 6 * dayInSeconds * 1000);
    expect(during.errors).toBeUndefined();
    expect(errorCodeOf(after)).toBe(ErrorCode.MFA_SETUP_REQUIRED);
    expect(signInAfter.data?.signIn.status).toBe("MFA_SETUP_REQUIRED");
  });

  it("leaves people who already have MFA alone", async () => {
    const { user } = await personInEnforcingCompany();
    const browser = testApp.browser();
    await signInWithPassword(browser, user.email);
    const secret = secretOf((await startEnrollment(browser)).otpauthUri);
    await browser.graphql(enableMfaMutation, { input: { code: currentCode(testApp, secret) } });

    const settings = await browser.graphql(
      "{ securitySettings { mfaSetupDeadline canDisableMfa } }",
    );

    expect(settings.data).toEqual({
      securitySettings: { mfaSetupDeadline: null, canDisableMfa: false },
    });
  });
});
