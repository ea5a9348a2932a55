import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { ErrorCode } from "@app/shared";

import { createCompany, createUser } from "../test-support/factories.js";
import { errorCodeOf, TestBrowser } from "../test-support/http-client.js";
import { enrolledUser, signInNewUser, signInWithPassword } from "../test-support/mfa-helpers.js";
import { startTestApp, type TestApp } from "../test-support/test-app.js";
import { Role } from "../users/role.js";
import { NotificationKind } from "./notification-kind.js";

let testApp: TestApp;

beforeAll(async () => {
  testApp = await startTestApp();
});

afterAll(async () => {
  await testApp.stop();
});

const settingsQuery = `{
  notificationSettings { email emailDeliveryConfigured preferences { kind mandatory enabled } }
}`;
const listQuery = `
  query ($first: Int, $after: String) {
    notifications(first: $first, after: $after) {
      totalCount
      edges { cursor node { id kind subject mandatory createdAt deliveryState attemptCount
        sentAt nextAttemptAt } }
      pageInfo { hasNextPage endCursor }
    }
  }`;
const sendTestMutation = `mutation { sendTestNotification { id kind mandatory deliveryState } }`;

interface ListData {
  notifications: {
    totalCount: number;
    edges: { cursor: string; node: { id: string; kind: string; nextAttemptAt: string | null } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

async function withAccessToken(browser: TestBrowser): Promise<TestBrowser> {
  const created = await browser.graphql<{ createAccessToken: { token: string } }>(
    `mutation ($input: CreateAccessTokenInput!) { createAccessToken(input: $input) { token } }`,
    { input: { name: "Reader", expiresInDays: 1 } },
  );
  const integration = testApp.browser("report-script/1.0");
  integration.bearerToken = created.data?.createAccessToken.token;
  return integration;
}

describe("Settings > Notifications", () => {
  it("shows the address, that no mail server is set, and every kind with its rules", async () => {
    const { user, browser } = await signInNewUser(testApp);

    const response = await browser.graphql<{
      notificationSettings: {
        email: string;
        emailDeliveryConfigured: boolean;
        preferences: { kind: string; mandatory: boolean; enabled: boolean }[];
      };
    }>(settingsQuery);
    const settings = response.data?.notificationSettings;

    expect(settings?.email).toBe(user.email);
    expect(settings?.emailDeliveryConfigured).toBe(false);
    expect(settings?.preferences.map((preference) => preference.kind)).toEqual(
      Object.values(NotificationKind),
    );
    expect(settings?.preferences).toContainEqual({
      kind: "NEW_BROWSER_SIGN_IN",
      mandatory: false,
      enabled: true,
    });
    expect(settings?.preferences).toContainEqual({
      kind: "TEST_MESSAGE",
      mandatory: false,
      enabled: true,
    });
    expect(settings?.preferences).toContainEqual({
      kind: "MFA_DISABLED",
      mandatory: true,
      enabled: true,
    });
  });

  it("says email delivery is configured when SMTP_URL is set", async () => {
    const withMail = await startTestApp({
      smtpUrl: "smtp://127.0.0.1:2525",
      notificationPollIntervalInSeconds: 3600,
    });
    try {
      const user = await createUser(withMail.dataSource);
      const browser = withMail.browser();
      await signInWithPassword(browser, user.email);

      const response = await browser.graphql<{
        notificationSettings: { emailDeliveryConfigured: boolean };
      }>(settingsQuery);

      expect(response.data?.notificationSettings.emailDeliveryConfigured).toBe(true);
    } finally {
      await withMail.stop();
    }
  });

  it("lists the person's own notices newest first, page by page", async () => {
    const { browser } = await enrolledUser(testApp);
    await browser.graphql(sendTestMutation);

    const firstPage = await browser.graphql<ListData>(listQuery, { first: 1 });
    const secondPage = await browser.graphql<ListData>(listQuery, {
      first: 1,
      after: firstPage.data?.notifications.pageInfo.endCursor,
    });

    expect(firstPage.data?.notifications.totalCount).toBe(2);
    expect(firstPage.data?.notifications.edges.map((edge) => edge.node.kind)).toEqual([
      "TEST_MESSAGE",
    ]);
    expect(firstPage.data?.notifications.edges[0]?.node.nextAttemptAt).not.toBeNull();
    expect(firstPage.data?.notifications.pageInfo.hasNextPage).toBe(true);
    expect(secondPage.data?.notifications.edges.map((edge) => edge.node.kind)).toEqual([
      "MFA_ENABLED",
    ]);
    expect(secondPage.data?.notifications.pageInfo.hasNextPage).toBe(false);
  });

  it.each([0, 101, -1])("refuses first: %i as BAD_USER_INPUT on first", async (first) => {
    const { browser } = await signInNewUser(testApp);

    const response = await browser.graphql(listQuery, { first });

    expect(errorCodeOf(response)).toBe(ErrorCode.BAD_USER_INPUT);
    expect(response.errors?.[0]?.extensions?.field).toBe("first");
  });

  it.each(["not-a-cursor", Buffer.from('["yesterday","x"]').toString("base64url")])(
    "refuses the cursor %s as BAD_USER_INPUT on after",
    async (after) => {
      const { browser } = await signInNewUser(testApp);

      const response = await browser.graphql(listQuery, { first: 5, after });

      expect(errorCodeOf(response)).toBe(ErrorCode.BAD_USER_INPUT);
      expect(response.errors?.[0]?.extensions?.field).toBe("after");
    },
  );

  it("shows members and administrators only their own notices", async () => {
    const company = await createCompany(testApp.dataSource);
    const admin = await signInNewUser(testApp, { companyId: company.id, role: Role.ADMIN });
    const member = await enrolledUser(testApp, { companyId: company.id });
    await admin.browser.graphql(sendTestMutation);

    const memberList = await member.browser.graphql<ListData>(listQuery, { first: 100 });
    const adminList = await admin.browser.graphql<ListData>(listQuery, { first: 100 });

    expect(memberList.data?.notifications.edges.map((edge) => edge.node.kind)).toEqual([
      "MFA_ENABLED",
    ]);
    expect(adminList.data?.notifications.edges.map((edge) => edge.node.kind)).toEqual([
      "TEST_MESSAGE",
    ]);
  });

  it("queues a test message at most once a minute, across server processes", async () => {
    const { user, browser } = await signInNewUser(testApp);
    const replica = await testApp.startReplica();
    const replicaBrowser = new TestBrowser(replica.server.url);
    replicaBrowser.cookies.set("session", browser.cookies.get("session") ?? "");

    const first = await browser.graphql<{
      sendTestNotification: {
        id: string;
        kind: string;
        mandatory: boolean;
        deliveryState: string;
      };
    }>(sendTestMutation);
    const tooSoon = await replicaBrowser.graphql(sendTestMutation);
    testApp.clock.advanceBySeconds(59);
    const stillTooSoon = await browser.graphql(sendTestMutation);
    testApp.clock.advanceBySeconds(1);
    const again = await browser.graphql(sendTestMutation);
    const rows: { kind: string; recipient: string }[] = await testApp.dataSource.query(
      "SELECT kind, recipient FROM notification_outbox WHERE user_id = $1",
      [user.id],
    );

    expect(first.data?.sendTestNotification).toEqual({
      id: expect.any(String),
      kind: "TEST_MESSAGE",
      mandatory: false,
      deliveryState: "QUEUED",
    });
    expect(errorCodeOf(tooSoon)).toBe(ErrorCode.TOO_MANY_ATTEMPTS);
    expect(tooSoon.errors?.[0]?.extensions?.retryAfterSeconds).toBe(60);
    expect(stillTooSoon.errors?.[0]?.extensions?.retryAfterSeconds).toBe(1);
    expect(again.errors).toBeUndefined();
    expect(rows).toEqual([
      { kind: "TEST_MESSAGE", recipient: user.email },
      { kind: "TEST_MESSAGE", recipient: user.email },
    ]);
  });

  it("lets access tokens read notices but not change settings or send", async () => {
    const { browser } = await signInNewUser(testApp);
    const integration = await withAccessToken(browser);

    const settings = await integration.graphql(settingsQuery);
    const list = await integration.graphql<ListData>(listQuery, { first: 10 });
    const update = await integration.graphql(
      `mutation { updateNotificationPreferences(input: { newBrowserSignIn: false }) { email } }`,
    );
    const send = await integration.graphql(sendTestMutation);

    expect(settings.errors).toBeUndefined();
    expect(list.data?.notifications.edges.map((edge) => edge.node.kind)).toEqual([
      "ACCESS_TOKEN_CREATED",
    ]);
    expect(errorCodeOf(update)).toBe(ErrorCode.FORBIDDEN);
    expect(errorCodeOf(send)).toBe(ErrorCode.FORBIDDEN);
  });

  it("answers UNAUTHENTICATED when signed out or only half-way through sign-in", async () => {
    const { user } = await enrolledUser(testApp);
    const halfWay = testApp.browser();
    await signInWithPassword(halfWay, user.email);

    for (const browser of [testApp.browser(), halfWay]) {
      for (const document of [settingsQuery, sendTestMutation]) {
        expect(errorCodeOf(await browser.graphql(document))).toBe(ErrorCode.UNAUTHENTICATED);
      }
    }
  });

  it("answers MFA_SETUP_REQUIRED while the company requires MFA the person lacks", async () => {
    const company = await createCompany(testApp.dataSource, {
      mfaRequired: true,
      mfaRequiredSince: new Date(testApp.clock.now().getTime() - 30 * 24 * 60 * 60 * 1000),
    });
    const { browser } = await signInNewUser(testApp, { companyId: company.id });

    const settings = await browser.graphql(settingsQuery);
    const send = await browser.graphql(sendTestMutation);

    expect(errorCodeOf(settings)).toBe(ErrorCode.MFA_SETUP_REQUIRED);
    expect(errorCodeOf(send)).toBe(ErrorCode.MFA_SETUP_REQUIRED);
  });
});
