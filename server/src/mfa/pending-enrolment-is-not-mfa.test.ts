import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createCompany } from "../test-support/factories.js";
import {
  enrolledUser,
  signInNewUser,
  signInWithPassword,
  startEnrollment,
} from "../test-support/mfa-helpers.js";
import { startTestApp, type TestApp } from "../test-support/test-app.js";
import { Role } from "../users/role.js";

let testApp: TestApp;

beforeAll(async () => {
  testApp = await startTestApp();
});

afterAll(async () => {
  await testApp.stop();
});

interface AdminView {
  companySettings: { mfaEnabledCount: number };
  staff: { edges: { node: { id: string; mfaEnabled: boolean } }[] };
}

describe("an enrolment that was started but never confirmed", () => {
  /**
   * better-auth "shouldn't enable twoFactor yet": a scanned but unconfirmed QR code is not a
   * second factor, for sign-in, for enforcement counts and for the administrator's list.
   */
  it("neither challenges sign-in nor counts as MFA anywhere", async () => {
    const company = await createCompany(testApp.dataSource);
    const admin = await enrolledUser(testApp, { companyId: company.id, role: Role.ADMIN });
    const { user, browser } = await signInNewUser(testApp, { companyId: company.id });
    await startEnrollment(browser);

    const signIn = await signInWithPassword(testApp.browser(), user.email);
    const adminView = await admin.browser.graphql<AdminView>(
      "{ companySettings { mfaEnabledCount } staff { edges { node { id mfaEnabled } } } }",
    );
    const listed = adminView.data?.staff.edges.find((edge) => edge.node.id === user.id);

    expect(signIn.data).toMatchObject({ signIn: { status: "SIGNED_IN" } });
    expect(adminView.data?.companySettings.mfaEnabledCount).toBe(1);
    expect(listed?.node.mfaEnabled).toBe(false);
  });
});
