import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createUser } from "../test-support/factories.js";
import {
  currentCode,
  enrolledUser,
  nextTimeStep,
  signInWithPassword,
  verifyMfaMutation,
} from "../test-support/mfa-helpers.js";
import { startTestApp, type TestApp } from "../test-support/test-app.js";
import { NotificationKind } from "./notification-kind.js";
import { outboxRowsFor } from "../test-support/outbox-rows.js";

let testApp: TestApp;

beforeAll(async () => {
  testApp = await startTestApp();
});

afterAll(async () => {
  await testApp.stop();
});

const firefoxOnMac = "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5; rv:140.0) Gecko Firefox/140.0";

const updatePreferences = `
  mutation ($input: NotificationPreferencesInput!) {
    updateNotificationPreferences(input: $input) { preferences { kind mandatory enabled } }
  }`;

async function newBrowserNotices(userId: string) {
  const rows = await outboxRowsFor(testApp.dataSource, userId);
  return rows.filter((row) => row.kind === NotificationKind.NEW_BROWSER_SIGN_IN);
}

describe("sign-in from a browser not seen before", () => {
  it("is silent on a first sign-in and on the same browser, and tells of a new one", async () => {
    const user = await createUser(testApp.dataSource);
    const usual = testApp.browser();

    await signInWithPassword(usual, user.email);
    const afterFirst = await newBrowserNotices(user.id);
    await usual.graphql("mutation { signOut }");
    await signInWithPassword(usual, user.email);
    const afterSame = await newBrowserNotices(user.id);
    await signInWithPassword(testApp.browser(firefoxOnMac), user.email);
    const afterNew = await newBrowserNotices(user.id);

    expect(afterFirst).toEqual([]);
    expect(afterSame).toEqual([]);
    expect(afterNew).toHaveLength(1);
    expect(afterNew[0]?.details).toMatchObject({ browserLabel: "Firefox on macOS" });
  });

  it("keeps the browser id in a long-lived httpOnly cookie and stores only its hash", async () => {
    const user = await createUser(testApp.dataSource);
    const browser = testApp.browser();

    const response = await signInWithPassword(browser, user.email);
    const browserId = browser.cookies.get("browser_id") ?? "";
    const cookie = response.setCookies.find((header) => header.startsWith("browser_id="));
    const rows: { browser_hash: Uint8Array }[] = await testApp.dataSource.query(
      "SELECT browser_hash FROM known_browsers WHERE user_id = $1",
      [user.id],
    );

    expect(browserId).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/Max-Age=34560000/);
    expect(rows).toHaveLength(1);
    expect(Buffer.from(rows[0]?.browser_hash ?? []).toString("utf8")).not.toContain(browserId);
  });

  it("recognises browsers per person, not across people", async () => {
    const first = await createUser(testApp.dataSource);
    const second = await createUser(testApp.dataSource);
    const shared = testApp.browser();
    await signInWithPassword(testApp.browser(firefoxOnMac), second.email);

    await signInWithPassword(shared, first.email);
    await shared.graphql("mutation { signOut }");
    await signInWithPassword(shared, second.email);

    expect(await newBrowserNotices(second.id)).toHaveLength(1);
  });

  it("tells of a new browser that signs in with a code, but not of a trusted one", async () => {
    const { user, secret } = await enrolledUser(testApp);
    const laptop = testApp.browser(firefoxOnMac);

    await signInWithPassword(laptop, user.email);
    await laptop.graphql(verifyMfaMutation, {
      input: { code: currentCode(testApp, secret), trustDevice: true },
    });
    nextTimeStep(testApp);
    await laptop.graphql("mutation { signOut }");
    const trustedSignIn = await signInWithPassword(laptop, user.email);
    const notices = await newBrowserNotices(user.id);

    expect(trustedSignIn.data?.signIn.status).toBe("SIGNED_IN");
    expect(notices).toHaveLength(1);
  });

  it("sends none when the person turned the notice off", async () => {
    const user = await createUser(testApp.dataSource);
    const usual = testApp.browser();
    await signInWithPassword(usual, user.email);

    const update = await usual.graphql(updatePreferences, {
      input: { newBrowserSignIn: false },
    });
    await signInWithPassword(testApp.browser(firefoxOnMac), user.email);

    expect(update.errors).toBeUndefined();
    expect(await newBrowserNotices(user.id)).toEqual([]);
  });

  it("keeps mandatory notices on whatever the person chose", async () => {
    const user = await createUser(testApp.dataSource);
    const browser = testApp.browser();
    await signInWithPassword(browser, user.email);

    const update = await browser.graphql<{
      updateNotificationPreferences: {
        preferences: { kind: string; mandatory: boolean; enabled: boolean }[];
      };
    }>(updatePreferences, { input: { newBrowserSignIn: false } });
    const mandatoryOff = await browser.graphql(
      `mutation {
        updateNotificationPreferences(input: { newBrowserSignIn: false, mfaEnabled: false }) {
          email
        }
      }`,
    );
    const preferences = update.data?.updateNotificationPreferences.preferences ?? [];

    expect(mandatoryOff.status).toBe(400);
    expect(preferences.filter((preference) => preference.mandatory)).toHaveLength(10);
    for (const preference of preferences.filter((item) => item.mandatory)) {
      expect(preference.enabled).toBe(true);
    }
    expect(preferences).toContainEqual({
      kind: NotificationKind.NEW_BROWSER_SIGN_IN,
      mandatory: false,
      enabled: false,
    });
  });

  it("still queues a mandatory notice after the optional ones were turned off", async () => {
    const { user, browser } = await enrolledUser(testApp);

    await browser.graphql(updatePreferences, { input: { newBrowserSignIn: false } });
    await browser.graphql(
      `mutation ($input: CreateAccessTokenInput!) { createAccessToken(input: $input) { token } }`,
      { input: { name: "Export", expiresInDays: 1 } },
    );
    const kinds = (await outboxRowsFor(testApp.dataSource, user.id)).map((row) => row.kind);

    expect(kinds).toEqual([NotificationKind.MFA_ENABLED, NotificationKind.ACCESS_TOKEN_CREATED]);
  });
});
