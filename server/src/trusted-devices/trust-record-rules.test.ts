import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { ErrorCode } from "@app/shared";

import { CompanyEntity } from "../companies/company.entity.js";
import { errorCodeOf } from "../test-support/http-client.js";
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

beforeAll(async () => {
  testApp = await startTestApp();
});

afterAll(async () => {
  await testApp.stop();
});

/** An enrolled person whose fresh browser ticked "Trust this device", then signed out. */
async function trustedBrowser() {
  const enrolled = await enrolledUser(testApp);
  const browser = testApp.browser();
  await signInWithPassword(browser, enrolled.user.email);
  await browser.graphql(verifyMfaMutation, {
    input: { code: currentCode(testApp, enrolled.secret), trustDevice: true },
  });
  nextTimeStep(testApp);
  await browser.graphql("mutation { signOut }");
  return { ...enrolled, browser };
}

describe("the server's record of a trusted browser", () => {
  /** A stolen table of trust records must not be replayable as cookies (NIST SP 800-63B §7.1). */
  it("keeps only a hash of the token", async () => {
    const { user, browser } = await trustedBrowser();
    const token = browser.cookies.get("trusted_device") ?? "";

    const rows: { token_hash: Uint8Array }[] = await testApp.dataSource.query(
      "SELECT token_hash FROM trusted_devices WHERE user_id = $1",
      [user.id],
    );
    const stored = Buffer.from(rows[0]?.token_hash ?? []);

    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(rows).toHaveLength(1);
    expect(stored.toString("base64url")).not.toBe(token);
    expect(stored.includes(Buffer.from(token))).toBe(false);
  });

  /** Expiry is the server's decision: a cookie the browser still keeps proves nothing after it. */
  it("asks for the code once the stored expiry has passed, whatever the cookie says", async () => {
    const { user, browser } = await trustedBrowser();

    await testApp.dataSource.query(
      "UPDATE trusted_devices SET expires_at = now() - interval '1 second' WHERE user_id = $1",
      [user.id],
    );
    const signIn = await signInWithPassword(browser, user.email);

    expect(browser.cookies.has("trusted_device")).toBe(true);
    expect(signIn.data).toMatchObject({ signIn: { status: "MFA_REQUIRED" } });
  });

  /** Trust replaces the code, never the password. */
  it("still needs the right password", async () => {
    const { user, browser } = await trustedBrowser();
    const cookieBefore = browser.cookies.get("trusted_device");

    const wrong = await browser.graphql(signInMutation, {
      input: { email: user.email, password: "not the password" },
    });

    expect(errorCodeOf(wrong)).toBe(ErrorCode.INVALID_CREDENTIALS);
    expect(browser.cookies.has("session")).toBe(false);
    expect(browser.cookies.get("trusted_device")).toBe(cookieBefore);
  });

  /**
   * The documented rule for a policy change: enforcement binds people without MFA, and a
   * trusted browser can only belong to someone with MFA, so trust records are kept.
   */
  it("keeps skipping the code after the company starts requiring MFA", async () => {
    const { user, browser } = await trustedBrowser();

    await testApp.dataSource.manager.update(
      CompanyEntity,
      { id: user.companyId },
      { mfaRequired: true, mfaRequiredSince: testApp.clock.now() },
    );
    const signIn = await signInWithPassword(browser, user.email);

    expect(signIn.data).toMatchObject({ signIn: { status: "SIGNED_IN" } });
  });
});
