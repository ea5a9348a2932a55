import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { ErrorCode, passwordAttemptLimit } from "@app/shared";

import type { App } from "../app/start-app.js";
import { createUser } from "../test-support/factories.js";
import { errorCodeOf, TestBrowser } from "../test-support/http-client.js";
import {
  currentCode,
  enrolledUser,
  nextTimeStep,
  signInMutation,
  signInWithPassword,
  verifyMfaMutation,
} from "../test-support/mfa-helpers.js";
import { startTestApp, type TestApp } from "../test-support/test-app.js";

let testApp: TestApp;
let replica: App;

beforeAll(async () => {
  testApp = await startTestApp();
  replica = await testApp.startReplica();
});

afterAll(async () => {
  await testApp.stop();
});

/** The same browser (one cookie jar) talking to the other process. */
function onReplica(browser: TestBrowser): TestBrowser {
  const moved = new TestBrowser(replica.server.url);
  for (const [name, value] of browser.cookies) moved.cookies.set(name, value);
  return moved;
}

describe("two server processes behind one address", () => {
  /** RFC 4226 §7.3: whichever process answers, the sign-in state is the same. */
  it("verify on one process a challenge made on the other", async () => {
    const { user, secret } = await enrolledUser(testApp);
    const browser = testApp.browser();
    await signInWithPassword(browser, user.email);

    const moved = onReplica(browser);
    const verified = await moved.graphql(verifyMfaMutation, {
      input: { code: currentCode(testApp, secret) },
    });
    // The original process must see the challenge as spent by the other one.
    const backOnMain = await browser.graphql(verifyMfaMutation, {
      input: { code: currentCode(testApp, secret) },
    });

    expect(verified.data).toMatchObject({ verifyMfa: { status: "SIGNED_IN" } });
    expect(errorCodeOf(backOnMain)).toBe(ErrorCode.UNAUTHENTICATED);
  });

  it("honour a trusted browser and end a session whichever process sees it", async () => {
    const { user, secret } = await enrolledUser(testApp);
    const browser = testApp.browser();
    await signInWithPassword(browser, user.email);
    await browser.graphql(verifyMfaMutation, {
      input: { code: currentCode(testApp, secret), trustDevice: true },
    });
    nextTimeStep(testApp);
    await browser.graphql("mutation { signOut }");

    const moved = onReplica(browser);
    const trustedSignIn = await signInWithPassword(moved, user.email);
    const session = moved.cookies.get("session") ?? "";
    await moved.graphql("mutation { signOut }");
    const stale = testApp.browser();
    stale.cookies.set("session", session);

    expect(trustedSignIn.data).toMatchObject({ signIn: { status: "SIGNED_IN" } });
    expect((await stale.graphql("{ viewer { id } }")).data).toEqual({ viewer: null });
  });

  it("count wrong passwords sent to both processes towards one lock", async () => {
    const user = await createUser(testApp.dataSource);
    const main = testApp.browser();
    const other = new TestBrowser(replica.server.url);

    for (let attempt = 0; attempt < passwordAttemptLimit; attempt += 1) {
      const browser = attempt % 2 === 0 ? main : other;
      await browser.graphql(signInMutation, { input: { email: user.email, password: "wrong" } });
    }
    const right = await signInWithPassword(other, user.email);

    expect(errorCodeOf(right)).toBe(ErrorCode.INVALID_CREDENTIALS);
  });
});
