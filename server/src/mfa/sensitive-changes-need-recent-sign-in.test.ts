import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { ErrorCode, reauthenticationWindowInSeconds } from "@app/shared";

import { createCompany, createUser, testPassword } from "../test-support/factories.js";
import { errorCodeOf } from "../test-support/http-client.js";
import { currentCode, enrolledUser, regenerateMutation } from "../test-support/mfa-helpers.js";
import { startTestApp, type TestApp } from "../test-support/test-app.js";
import { Role } from "../users/role.js";

let testApp: TestApp;

beforeAll(async () => {
  testApp = await startTestApp();
});

afterAll(async () => {
  await testApp.stop();
});

interface UserState {
  failed_code_attempts: number;
  authenticators: number;
  unused_codes: number;
  last_accepted_time_step: string | null;
}

async function stateOf(userId: string): Promise<UserState | undefined> {
  const rows: UserState[] = await testApp.dataSource.query(
    `SELECT u.failed_code_attempts,
            (SELECT count(*)::int FROM totp_authenticators WHERE user_id = u.id) AS authenticators,
            (SELECT count(*)::int FROM recovery_codes WHERE user_id = u.id AND used_at IS NULL)
              AS unused_codes,
            (SELECT last_accepted_time_step::text FROM totp_authenticators WHERE user_id = u.id)
              AS last_accepted_time_step
       FROM users u WHERE u.id = $1`,
    [userId],
  );
  return rows[0];
}

describe("a session whose sign-in is older than 15 minutes", () => {
  /**
   * A browser left signed in must not be enough to take over the second factor, mint tokens or
   * change the company: every sensitive change asks for the password again, before any code is
   * checked or spent (ASVS 5.0 7.5.1, NIST SP 800-63B §7.2).
   */
  it("gets REAUTHENTICATION_REQUIRED from every sensitive change, spending nothing", async () => {
    const company = await createCompany(testApp.dataSource);
    const { user, browser, secret, recoveryCodes } = await enrolledUser(testApp, {
      companyId: company.id,
      role: Role.ADMIN,
    });
    const colleague = await createUser(testApp.dataSource, { companyId: company.id });
    testApp.clock.advanceBySeconds(reauthenticationWindowInSeconds + 1);
    const code = currentCode(testApp, secret);
    const before = await stateOf(user.id);

    const answers = await Promise.all(
      [
        ["mutation { startMfaEnrollment { expiresAt } }"],
        ["mutation ($c: String!) { enableMfa(input: { code: $c }) { recoveryCodes } }", code],
        [
          "mutation ($c: String!) { regenerateRecoveryCodes(input: { code: $c }) { __typename } }",
          code,
        ],
        ["mutation ($c: String!) { disableMfa(input: { code: $c }) { mfaEnabled } }", code],
        [
          "mutation ($c: String!) { disableMfa(input: { code: $c }) { mfaEnabled } }",
          recoveryCodes[0],
        ],
        ["mutation { revokeAllTrustedDevices { mfaEnabled } }"],
        ['mutation { createAccessToken(input: { name: "Script", expiresInDays: 30 }) { token } }'],
        [
          `mutation { updateMfaPolicy(input: { required: true, allowSelfServiceDisable: false,
            gracePeriodDays: 0 }) { mfaPolicy { required } } }`,
        ],
        [
          `mutation { resetStaffMfa(input: { userId: "${colleague.id}", reason: "Lost phone" })
            { id } }`,
        ],
      ].map(([document = "", variable]) =>
        browser.graphql(document, variable === undefined ? undefined : { c: variable }),
      ),
    );

    expect(answers.map(errorCodeOf)).toEqual(
      Array(answers.length).fill(ErrorCode.REAUTHENTICATION_REQUIRED),
    );
    expect(await stateOf(user.id)).toEqual(before);
    expect(before).toMatchObject({ failed_code_attempts: 0, authenticators: 1, unused_codes: 10 });
  });

  it("may make the change again once the password is confirmed, with the same code", async () => {
    const { browser, secret } = await enrolledUser(testApp);
    testApp.clock.advanceBySeconds(reauthenticationWindowInSeconds + 1);
    const code = currentCode(testApp, secret);

    const stale = await browser.graphql(regenerateMutation, { input: { code } });
    await browser.graphql(
      "mutation ($input: ReauthenticateInput!) { reauthenticate(input: $input) }",
      { input: { password: testPassword } },
    );
    const renewed = await browser.graphql(regenerateMutation, { input: { code } });

    expect(errorCodeOf(stale)).toBe(ErrorCode.REAUTHENTICATION_REQUIRED);
    expect(renewed.errors).toBeUndefined();
  });
});
