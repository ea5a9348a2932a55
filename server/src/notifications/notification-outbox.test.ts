import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { codeAttemptLimit, ErrorCode, passwordAttemptLimit } from "@app/shared";

import { createCompany, createUser, testPassword } from "../test-support/factories.js";
import {
  errorCodeOf,
  type GraphqlResponse,
  type TestBrowser,
} from "../test-support/http-client.js";
import {
  currentCode,
  disableMutation,
  enableMfaMutation,
  enrolledUser,
  regenerateMutation,
  signInMutation,
  signInNewUser,
  signInWithPassword,
  startEnrollment,
  secretOf,
  verifyMfaMutation,
} from "../test-support/mfa-helpers.js";
import { startTestApp, type TestApp } from "../test-support/test-app.js";
import { Role } from "../users/role.js";
import { NotificationKind } from "./notification-kind.js";
import { outboxRowsFor } from "../test-support/outbox-rows.js";

let testApp: TestApp;

beforeAll(async () => {
  testApp = await startTestApp();
  // Fails the commit of any transaction that logged an event about a "doomed" person, so the
  // change, its log entry and (if it shares their transaction) its notice all roll back.
  await testApp.dataSource.query(`CREATE TABLE doomed_users (user_id uuid PRIMARY KEY)`);
  await testApp.dataSource.query(`
    CREATE FUNCTION fail_doomed_event() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF EXISTS (SELECT 1 FROM doomed_users WHERE user_id = NEW.subject_id) THEN
        RAISE EXCEPTION 'rolled back on purpose';
      END IF;
      RETURN NULL;
    END $$`);
  await testApp.dataSource.query(`
    CREATE CONSTRAINT TRIGGER security_events_doomed AFTER INSERT ON security_events
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION fail_doomed_event()`);
});

afterAll(async () => {
  await testApp.stop();
});

const createTokenMutation = `
  mutation ($input: CreateAccessTokenInput!) { createAccessToken(input: $input) { token } }`;

interface Scenario {
  userId: string;
  /** The one request that makes the change. */
  act(): Promise<GraphqlResponse<unknown>>;
  /** The answer when the change succeeds; a lock-out still says the password was wrong. */
  expectedErrorCode?: string;
}

async function signedOutEnrolledUser() {
  const enrolled = await enrolledUser(testApp);
  await enrolled.browser.graphql("mutation { signOut }");
  await signInWithPassword(enrolled.browser, enrolled.user.email);
  return enrolled;
}

const scenarios: [NotificationKind, () => Promise<Scenario>][] = [
  [
    NotificationKind.MFA_ENABLED,
    async () => {
      const { user, browser } = await signInNewUser(testApp);
      const secret = secretOf((await startEnrollment(browser)).otpauthUri);
      const act = () =>
        browser.graphql(enableMfaMutation, { input: { code: currentCode(testApp, secret) } });
      return { userId: user.id, act };
    },
  ],
  [
    NotificationKind.MFA_DISABLED,
    async () => {
      const { user, browser, secret } = await enrolledUser(testApp);
      const act = () =>
        browser.graphql(disableMutation, { input: { code: currentCode(testApp, secret) } });
      return { userId: user.id, act };
    },
  ],
  [
    NotificationKind.RECOVERY_CODES_REGENERATED,
    async () => {
      const { user, browser, secret } = await enrolledUser(testApp);
      const act = () =>
        browser.graphql(regenerateMutation, { input: { code: currentCode(testApp, secret) } });
      return { userId: user.id, act };
    },
  ],
  [
    NotificationKind.RECOVERY_CODE_USED,
    async () => {
      const { user, browser, recoveryCodes } = await signedOutEnrolledUser();
      const act = () =>
        browser.graphql(verifyMfaMutation, {
          input: { recoveryCode: recoveryCodes[0], trustDevice: false },
        });
      return { userId: user.id, act };
    },
  ],
  [
    NotificationKind.TRUSTED_DEVICE_ADDED,
    async () => {
      const { user, browser, secret } = await signedOutEnrolledUser();
      const act = () =>
        browser.graphql(verifyMfaMutation, {
          input: { code: currentCode(testApp, secret), trustDevice: true },
        });
      return { userId: user.id, act };
    },
  ],
  [
    NotificationKind.ACCOUNT_LOCKED,
    async () => {
      const user = await createUser(testApp.dataSource);
      const browser = testApp.browser();
      const wrongPassword = () =>
        browser.graphql(signInMutation, { input: { email: user.email, password: "wrong-pass" } });
      for (let attempt = 1; attempt < passwordAttemptLimit; attempt += 1) await wrongPassword();
      return {
        userId: user.id,
        act: wrongPassword,
        expectedErrorCode: ErrorCode.INVALID_CREDENTIALS,
      };
    },
  ],
  [
    NotificationKind.CODE_ATTEMPTS_LOCKED,
    async () => {
      const { user, browser, secret } = await enrolledUser(testApp);
      const wrongCode = currentCode(testApp, secret) === "000000" ? "111111" : "000000";
      const guess = () => browser.graphql(regenerateMutation, { input: { code: wrongCode } });
      for (let attempt = 1; attempt < codeAttemptLimit; attempt += 1) await guess();
      return { userId: user.id, act: guess, expectedErrorCode: ErrorCode.INVALID_CODE };
    },
  ],
  [
    NotificationKind.ACCESS_TOKEN_CREATED,
    async () => {
      const { user, browser } = await signInNewUser(testApp);
      const act = () =>
        browser.graphql(createTokenMutation, {
          input: { name: "Nightly export", expiresInDays: 30 },
        });
      return { userId: user.id, act };
    },
  ],
  [
    NotificationKind.PASSWORD_CHANGED,
    async () => {
      const { user, browser } = await signInNewUser(testApp);
      const act = () =>
        browser.graphql(
          `mutation ($input: ChangePasswordInput!) { changePassword(input: $input) }`,
          { input: { currentPassword: testPassword, newPassword: "a-brand-new-passphrase" } },
        );
      return { userId: user.id, act };
    },
  ],
  [
    NotificationKind.MFA_RESET_BY_ADMIN,
    async () => {
      const company = await createCompany(testApp.dataSource);
      const admin = await signInNewUser(testApp, { companyId: company.id, role: Role.ADMIN });
      const { user } = await enrolledUser(testApp, { companyId: company.id });
      const act = () =>
        admin.browser.graphql(
          `mutation ($input: ResetStaffMfaInput!) { resetStaffMfa(input: $input) { id } }`,
          { input: { userId: user.id, reason: "Lost phone" } },
        );
      return { userId: user.id, act };
    },
  ],
  [
    NotificationKind.NEW_BROWSER_SIGN_IN,
    async () => {
      const { user } = await signInNewUser(testApp);
      const otherBrowser: TestBrowser = testApp.browser("Mozilla/5.0 (Macintosh) Firefox/140.0");
      const act = () => signInWithPassword(otherBrowser, user.email);
      return { userId: user.id, act };
    },
  ],
];

describe("the notification outbox", () => {
  /** One change, one email: never none (the person must learn of it), never two (noise). */
  it.each(scenarios)("queues exactly one %s notice with the change", async (kind, arrange) => {
    const { userId, act, expectedErrorCode } = await arrange();
    const before = await outboxRowsFor(testApp.dataSource, userId);

    const response = await act();
    const after = await outboxRowsFor(testApp.dataSource, userId);

    expect(errorCodeOf(response)).toBe(expectedErrorCode);
    expect(after.slice(before.length).map((row) => row.kind)).toEqual([kind]);
    expect(after.at(-1)).toMatchObject({ delivery_state: "QUEUED", attempt_count: 0 });
  });

  /** A change that does not commit must not tell anyone it happened. */
  it.each(scenarios)("queues no %s notice when the change rolls back", async (_kind, arrange) => {
    const { userId, act } = await arrange();
    const before = await outboxRowsFor(testApp.dataSource, userId);
    await testApp.dataSource.query("INSERT INTO doomed_users (user_id) VALUES ($1)", [userId]);

    const response = await act();
    const after = await outboxRowsFor(testApp.dataSource, userId);

    expect(errorCodeOf(response)).toBe(ErrorCode.INTERNAL_SERVER_ERROR);
    expect(after).toEqual(before);
  });

  it("queues nothing for a wrong code, which changes nothing", async () => {
    const { user, browser } = await signInNewUser(testApp);
    await startEnrollment(browser);

    const response = await browser.graphql(enableMfaMutation, { input: { code: "000000" } });
    const rows = await outboxRowsFor(testApp.dataSource, user.id);

    expect(response.errors).toBeDefined();
    expect(rows).toEqual([]);
  });

  it("tells how many recovery codes are left and names a token, never its secret", async () => {
    const { user, browser, recoveryCodes } = await signedOutEnrolledUser();
    await browser.graphql(verifyMfaMutation, {
      input: { recoveryCode: recoveryCodes[0], trustDevice: false },
    });
    const created = await browser.graphql<{ createAccessToken: { token: string } }>(
      createTokenMutation,
      { input: { name: "Nightly export", expiresInDays: 30 } },
    );

    const rows = await outboxRowsFor(testApp.dataSource, user.id);
    const used = rows.find((row) => row.kind === NotificationKind.RECOVERY_CODE_USED);
    const token = rows.find((row) => row.kind === NotificationKind.ACCESS_TOKEN_CREATED);

    expect(used?.details.recoveryCodesRemaining).toBe(recoveryCodes.length - 1);
    expect(token?.details.tokenName).toBe("Nightly export");
    expect(JSON.stringify(rows)).not.toContain(created.data?.createAccessToken.token);
    expect(token?.recipient).toBe(user.email);
  });

  it("sends an administrator's reset to the person reset, naming the administrator", async () => {
    const company = await createCompany(testApp.dataSource);
    const admin = await signInNewUser(testApp, {
      companyId: company.id,
      role: Role.ADMIN,
      name: "Ada Admin",
    });
    const { user } = await enrolledUser(testApp, { companyId: company.id });

    await admin.browser.graphql(
      `mutation ($input: ResetStaffMfaInput!) { resetStaffMfa(input: $input) { id } }`,
      { input: { userId: user.id, reason: "Lost phone" } },
    );
    const rows = await outboxRowsFor(testApp.dataSource, user.id);
    const adminRows = await outboxRowsFor(testApp.dataSource, admin.user.id);

    expect(rows.at(-1)).toMatchObject({
      kind: NotificationKind.MFA_RESET_BY_ADMIN,
      recipient: user.email,
      details: expect.objectContaining({ administratorName: "Ada Admin" }),
    });
    expect(adminRows.map((row) => row.kind)).not.toContain(NotificationKind.MFA_RESET_BY_ADMIN);
  });
});
