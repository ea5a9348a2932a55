import { afterAll, beforeAll, describe, expect, it } from "vitest";

import {
  ErrorCode,
  reauthenticationWindowInSeconds,
  sessionAbsoluteTimeoutInSeconds,
  sessionIdleTimeoutInSeconds,
} from "@app/shared";

import { createUser, testPassword } from "../test-support/factories.js";
import { errorCodeOf, type TestBrowser } from "../test-support/http-client.js";
import { startTestApp, type TestApp } from "../test-support/test-app.js";

const viewerQuery = "query { viewer { email } }";
const reauthenticateMutation = `
  mutation Reauthenticate($input: ReauthenticateInput!) { reauthenticate(input: $input) }`;

let testApp: TestApp;

beforeAll(async () => {
  testApp = await startTestApp();
});

afterAll(async () => {
  await testApp.stop();
});

async function signedInBrowser(): Promise<{ browser: TestBrowser; email: string }> {
  const user = await createUser(testApp.dataSource);
  const browser = testApp.browser();
  await browser.graphql("mutation ($input: SignInInput!) { signIn(input: $input) { status } }", {
    input: { email: user.email, password: testPassword },
  });
  return { browser, email: user.email };
}

describe("sessions", () => {
  it("recognises the person on later requests through the cookie", async () => {
    const { browser, email } = await signedInBrowser();

    const response = await browser.graphql(viewerQuery);

    expect(response.data).toEqual({ viewer: { email } });
  });

  /** A stolen cookie must stop working once its owner signs out. */
  it("ends the session on the server at sign-out, so the old cookie is worthless", async () => {
    const { browser } = await signedInBrowser();
    const oldToken = browser.cookies.get("session") ?? "";

    const signOut = await browser.graphql("mutation { signOut }");
    const replay = testApp.browser();
    replay.cookies.set("session", oldToken);
    const viewer = await replay.graphql(viewerQuery);
    const reauth = await replay.graphql(reauthenticateMutation, {
      input: { password: testPassword },
    });

    expect(signOut.data).toEqual({ signOut: true });
    expect(browser.cookies.has("session")).toBe(false);
    expect(viewer.data).toEqual({ viewer: null });
    expect(errorCodeOf(reauth)).toBe(ErrorCode.UNAUTHENTICATED);
  });

  it("expires after an hour without activity", async () => {
    const { browser } = await signedInBrowser();

    testApp.clock.advanceBySeconds(sessionIdleTimeoutInSeconds + 1);
    const response = await browser.graphql(viewerQuery);

    expect(response.data).toEqual({ viewer: null });
  });

  it("stays alive while used, but never past 24 hours in all", async () => {
    const { browser, email } = await signedInBrowser();
    const stepInSeconds = sessionIdleTimeoutInSeconds - 60;
    let elapsedInSeconds = 0;

    while (elapsedInSeconds + stepInSeconds < sessionAbsoluteTimeoutInSeconds) {
      testApp.clock.advanceBySeconds(stepInSeconds);
      elapsedInSeconds += stepInSeconds;
      expect((await browser.graphql(viewerQuery)).data).toEqual({ viewer: { email } });
    }
    testApp.clock.advanceBySeconds(sessionAbsoluteTimeoutInSeconds - elapsedInSeconds);

    expect((await browser.graphql(viewerQuery)).data).toEqual({ viewer: null });
  });

  it("honours expiry written straight into the database", async () => {
    const { browser, email } = await signedInBrowser();

    await testApp.dataSource.query(
      `UPDATE sessions SET expires_at = now() - interval '1 second'
        WHERE user_id = (SELECT id FROM users WHERE email = $1)`,
      [email],
    );

    expect((await browser.graphql(viewerQuery)).data).toEqual({ viewer: null });
  });
});

describe("re-authentication", () => {
  it("accepts the current password and refuses a wrong one", async () => {
    const { browser } = await signedInBrowser();

    const wrong = await browser.graphql(reauthenticateMutation, { input: { password: "nope" } });
    const right = await browser.graphql(reauthenticateMutation, {
      input: { password: testPassword },
    });

    expect(errorCodeOf(wrong)).toBe(ErrorCode.INVALID_CREDENTIALS);
    expect(right.data).toEqual({ reauthenticate: true });
  });

  it("opens a window of recent authentication that closes after 15 minutes", async () => {
    const { browser } = await signedInBrowser();
    const sessions = testApp.app.services.sessions;
    const token = browser.cookies.get("session");
    const isRecent = async () => {
      const session = await sessions.resolve(token);
      return session !== null && sessions.isRecentlyAuthenticated(session);
    };

    const isFreshRecent = await isRecent();
    testApp.clock.advanceBySeconds(reauthenticationWindowInSeconds + 1);
    const isStaleRecent = await isRecent();
    await browser.graphql(reauthenticateMutation, { input: { password: testPassword } });
    const isRenewedRecent = await isRecent();

    expect(isFreshRecent).toBe(true);
    expect(isStaleRecent).toBe(false);
    expect(isRenewedRecent).toBe(true);
  });
});
