import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { authStateOf, expectGenericFailure } from "../test-support/auth-state.js";
import type { GraphqlResponse } from "../test-support/http-client.js";
import {
  currentCode,
  enableMfaMutation,
  enrolledUser,
  regenerateMutation,
  secretOf,
  signInNewUser,
  signInWithPassword,
  startEnrollment,
  verifyMfaMutation,
} from "../test-support/mfa-helpers.js";
import { startTestApp, type TestApp } from "../test-support/test-app.js";

let testApp: TestApp;

beforeAll(async () => {
  testApp = await startTestApp();
});

afterAll(async () => {
  await testApp?.stop();
});

/**
 * Makes every INSERT of this person's rows into `table` fail, from inside PostgreSQL, so the
 * fault lands exactly between two steps of the app's transaction with no test hook in app code.
 */
async function failInsertsInto(table: string, userId: string): Promise<{ drop(): Promise<void> }> {
  const name = `injected_fault_${table}`;
  await testApp.dataSource.query(`
    CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NEW.user_id = '${userId}' THEN
        RAISE EXCEPTION 'injected fault on ${table}';
      END IF;
      RETURN NEW;
    END $$`);
  await testApp.dataSource.query(
    `CREATE TRIGGER ${name} BEFORE INSERT ON ${table}
       FOR EACH ROW EXECUTE FUNCTION ${name}()`,
  );

  return {
    async drop() {
      await testApp.dataSource.query(`DROP TRIGGER ${name} ON ${table}`);
      await testApp.dataSource.query(`DROP FUNCTION ${name}()`);
    },
  };
}

function expectFaultHidden(response: GraphqlResponse<unknown>): void {
  expectGenericFailure(response);
  expect(JSON.stringify(response)).not.toContain("injected");
}

describe("a fault between consuming a recovery code and creating the session", () => {
  it("rolls the code, the challenge and the attempt back, and the code still works", async () => {
    const { user, browser: enrolledBrowser, recoveryCodes } = await enrolledUser(testApp);
    await enrolledBrowser.graphql("mutation { signOut }");
    const browser = testApp.browser();
    await signInWithPassword(browser, user.email);
    const before = await authStateOf(testApp.dataSource, user.id);
    const fault = await failInsertsInto("sessions", user.id);

    let response: GraphqlResponse<unknown>;
    try {
      response = await browser.graphql(verifyMfaMutation, {
        input: { recoveryCode: recoveryCodes[0] },
      });
    } finally {
      await fault.drop();
    }

    expectFaultHidden(response);
    expect(before).toMatchObject({ challenges: 1, unusedRecoveryCodes: 10, sessions: 0 });
    expect(await authStateOf(testApp.dataSource, user.id)).toEqual(before);
    const retried = await browser.graphql<{ verifyMfa: { status: string } }>(verifyMfaMutation, {
      input: { recoveryCode: recoveryCodes[0] },
    });
    expect(retried.data?.verifyMfa.status).toBe("SIGNED_IN");
    expect(await authStateOf(testApp.dataSource, user.id)).toMatchObject({
      sessions: 1,
      challenges: 0,
      usedRecoveryCodes: 1,
      unusedRecoveryCodes: 9,
    });
  });
});

describe("a fault between confirming an enrolment and storing its recovery codes", () => {
  it("leaves MFA off with the enrolment pending, and a retry turns it on", async () => {
    const { user, browser } = await signInNewUser(testApp);
    const secret = secretOf((await startEnrollment(browser)).otpauthUri);
    const code = currentCode(testApp, secret);
    const before = await authStateOf(testApp.dataSource, user.id);
    const fault = await failInsertsInto("recovery_codes", user.id);

    let response: GraphqlResponse<unknown>;
    try {
      response = await browser.graphql(enableMfaMutation, { input: { code } });
    } finally {
      await fault.drop();
    }

    expectFaultHidden(response);
    const after = await authStateOf(testApp.dataSource, user.id);
    expect(after).toEqual(before);
    expect(after).toMatchObject({ authenticators: 0, unusedRecoveryCodes: 0, enrollments: 1 });
    const settings = await browser.graphql<{ securitySettings: { mfaEnabled: boolean } }>(
      "{ securitySettings { mfaEnabled } }",
    );
    expect(settings.data?.securitySettings.mfaEnabled).toBe(false);

    const retried = await browser.graphql<{ enableMfa: { recoveryCodes: string[] } }>(
      enableMfaMutation,
      { input: { code } },
    );
    expect(retried.data?.enableMfa.recoveryCodes).toHaveLength(10);
    expect(await authStateOf(testApp.dataSource, user.id)).toMatchObject({
      authenticators: 1,
      unusedRecoveryCodes: 10,
      enrollments: 0,
    });
  });
});

describe("a fault between dropping old recovery codes and storing new ones", () => {
  it("keeps the old set valid and the code that confirmed the change unspent", async () => {
    const { user, browser, recoveryCodes } = await enrolledUser(testApp);
    const before = await authStateOf(testApp.dataSource, user.id);
    const fault = await failInsertsInto("recovery_codes", user.id);

    let response: GraphqlResponse<unknown>;
    try {
      response = await browser.graphql(regenerateMutation, { input: { code: recoveryCodes[0] } });
    } finally {
      await fault.drop();
    }

    expectFaultHidden(response);
    expect(await authStateOf(testApp.dataSource, user.id)).toEqual(before);
    const other = testApp.browser();
    await signInWithPassword(other, user.email);
    const signedIn = await other.graphql<{ verifyMfa: { status: string } }>(verifyMfaMutation, {
      input: { recoveryCode: recoveryCodes[0] },
    });
    expect(signedIn.data?.verifyMfa.status).toBe("SIGNED_IN");
  });
});
