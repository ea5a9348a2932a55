import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { ErrorCode, trustedDeviceLifetimeInDays } from "@app/shared";

import { errorCodeOf, type TestBrowser } from "../test-support/http-client.js";
import {
  currentCode,
  disableMutation,
  enrolledUser,
  nextTimeStep,
  signInWithPassword,
  verifyMfaMutation,
} from "../test-support/mfa-helpers.js";
import { testPassword } from "../test-support/factories.js";
import { startTestApp, type TestApp } from "../test-support/test-app.js";

let testApp: TestApp;

beforeAll(async () => {
  testApp = await startTestApp();
});

afterAll(async () => {
  await testApp.stop();
});

const devicesQuery = "{ securitySettings { trustedDevices { id label current expiresAt } } }";

interface DevicesData {
  securitySettings: { trustedDevices: { id: string; label: string; current: boolean }[] };
}

/** Signs in with a code and ticks "Trust this device", leaving the browser signed in. */
async function trustedBrowser() {
  const enrolled = await enrolledUser(testApp);
  await enrolled.browser.graphql("mutation { signOut }");
  const browser = testApp.browser();
  await signInWithPassword(browser, enrolled.user.email);
  await browser.graphql(verifyMfaMutation, {
    input: { code: currentCode(testApp, enrolled.secret), trustDevice: true },
  });
  nextTimeStep(testApp);
  return { ...enrolled, browser };
}

async function signOutAndIn(browser: TestBrowser, email: string) {
  await browser.graphql("mutation { signOut }");
  return signInWithPassword(browser, email);
}

describe("trusted browsers", () => {
  it("skips the code step on a trusted browser and lists it as this browser", async () => {
    const { browser, user } = await trustedBrowser();

    const signIn = await signOutAndIn(browser, user.email);
    const devices = await browser.graphql<DevicesData>(devicesQuery);

    expect(signIn.data?.signIn.status).toBe("SIGNED_IN");
    expect(devices.data?.securitySettings.trustedDevices).toEqual([
      expect.objectContaining({ label: "Chrome on Linux", current: true }),
    ]);
  });

  it("sets the trust cookie httpOnly, for 30 days", async () => {
    const enrolled = await enrolledUser(testApp);
    const browser = testApp.browser();
    await signInWithPassword(browser, enrolled.user.email);

    const response = await browser.graphql(verifyMfaMutation, {
      input: { code: currentCode(testApp, enrolled.secret), trustDevice: true },
    });
    const cookie = response.setCookies.find((header) => header.startsWith("trusted_device="));

    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(new RegExp(`Max-Age=${trustedDeviceLifetimeInDays * 24 * 60 * 60}`));
  });

  /** Rotation: a copied cookie works at most once; the original's next use retires it. */
  it("rotates the token on each use, so an old copy no longer skips the code", async () => {
    const { browser, user } = await trustedBrowser();
    const copied = browser.cookies.get("trusted_device") ?? "";

    await signOutAndIn(browser, user.email);
    const thief = testApp.browser();
    thief.cookies.set("trusted_device", copied);
    const stolen = await signInWithPassword(thief, user.email);

    expect(browser.cookies.get("trusted_device")).not.toBe(copied);
    expect(stolen.data?.signIn.status).toBe("MFA_REQUIRED");
  });

  /** Binding: trust granted to one person's sign-in is no use to another person. */
  it("ignores a trusted cookie of user A when user B signs in", async () => {
    const { browser } = await trustedBrowser();
    const other = await enrolledUser(testApp);

    const signIn = await signOutAndIn(browser, other.user.email);

    expect(signIn.data?.signIn.status).toBe("MFA_REQUIRED");
  });

  it("stops skipping the code after 30 days", async () => {
    const { browser, user } = await trustedBrowser();

    testApp.clock.advanceBySeconds(trustedDeviceLifetimeInDays * 24 * 60 * 60 + 1);
    const signIn = await signOutAndIn(browser, user.email);

    expect(signIn.data?.signIn.status).toBe("MFA_REQUIRED");
  });

  it("can be revoked one at a time, and an unknown id answers NOT_FOUND", async () => {
    const { browser, user } = await trustedBrowser();
    await signOutAndIn(browser, user.email);
    const devices = await browser.graphql<DevicesData>(devicesQuery);
    const id = devices.data?.securitySettings.trustedDevices[0]?.id;

    const revoked = await browser.graphql(
      "mutation ($id: ID!) { revokeTrustedDevice(id: $id) { trustedDevices { id } } }",
      { id },
    );
    const again = await browser.graphql(
      "mutation ($id: ID!) { revokeTrustedDevice(id: $id) { trustedDevices { id } } }",
      { id },
    );
    const malformed = await browser.graphql(
      'mutation { revokeTrustedDevice(id: "not-an-id") { mfaEnabled } }',
    );
    const signIn = await signOutAndIn(browser, user.email);

    expect(revoked.data).toEqual({ revokeTrustedDevice: { trustedDevices: [] } });
    expect(errorCodeOf(again)).toBe(ErrorCode.NOT_FOUND);
    expect(errorCodeOf(malformed)).toBe(ErrorCode.NOT_FOUND);
    expect(signIn.data?.signIn.status).toBe("MFA_REQUIRED");
  });

  it("cannot revoke another person's trusted browser", async () => {
    const { browser, user } = await trustedBrowser();
    await signOutAndIn(browser, user.email);
    const devices = await browser.graphql<DevicesData>(devicesQuery);
    const someoneElse = await enrolledUser(testApp);

    const response = await someoneElse.browser.graphql(
      "mutation ($id: ID!) { revokeTrustedDevice(id: $id) { mfaEnabled } }",
      { id: devices.data?.securitySettings.trustedDevices[0]?.id },
    );

    expect(errorCodeOf(response)).toBe(ErrorCode.NOT_FOUND);
  });

  it("are all revoked by Revoke all, by disabling MFA and by a password change", async () => {
    const revokeAll = await trustedBrowser();
    await signOutAndIn(revokeAll.browser, revokeAll.user.email);
    await revokeAll.browser.graphql("mutation { revokeAllTrustedDevices { mfaEnabled } }");

    const disabled = await trustedBrowser();
    await signOutAndIn(disabled.browser, disabled.user.email);
    await disabled.browser.graphql(disableMutation, {
      input: { code: currentCode(testApp, disabled.secret) },
    });

    const changed = await trustedBrowser();
    await signOutAndIn(changed.browser, changed.user.email);
    await changed.browser.graphql(
      `mutation ($input: ChangePasswordInput!) { changePassword(input: $input) }`,
      { input: { currentPassword: testPassword, newPassword: testPassword } },
    );

    const remaining: unknown[] = await testApp.dataSource.query(
      "SELECT id FROM trusted_devices WHERE user_id = ANY($1::uuid[])",
      [[revokeAll.user.id, disabled.user.id, changed.user.id]],
    );
    expect(remaining).toEqual([]);
  });

  /** A trusted browser saves the code, never the password: it is not a re-authentication. */
  it("does not open the re-authentication window by itself", async () => {
    const { browser, user } = await trustedBrowser();
    await signOutAndIn(browser, user.email);

    testApp.clock.advanceBySeconds(16 * 60);
    const response = await browser.graphql("mutation { revokeAllTrustedDevices { mfaEnabled } }");

    expect(errorCodeOf(response)).toBe(ErrorCode.REAUTHENTICATION_REQUIRED);
  });
});
