import { execFileSync } from "node:child_process";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import {
  ErrorCode,
  mfaEnrollmentLifetimeInSeconds,
  reauthenticationWindowInSeconds,
} from "@app/shared";

import { errorCodeOf } from "../test-support/http-client.js";
import {
  currentCode,
  enableMfaMutation,
  secretOf,
  signInNewUser,
  startEnrollment,
  startEnrollmentMutation,
} from "../test-support/mfa-helpers.js";
import { startTestApp, type TestApp } from "../test-support/test-app.js";
import { testPassword } from "../test-support/factories.js";

let testApp: TestApp;

beforeAll(async () => {
  testApp = await startTestApp();
});

afterAll(async () => {
  await testApp.stop();
});

const settingsQuery =
  "query { securitySettings { mfaEnabled mfaEnabledAt recoveryCodesRemaining } }";

describe("starting MFA enrolment", () => {
  it("returns a key, an otpauth URI for the person and a locally drawn QR code", async () => {
    const { user, browser } = await signInNewUser(testApp);

    const enrollment = await startEnrollment(browser);

    expect(enrollment.otpauthUri).toMatch(
      new RegExp(`^otpauth://totp/3%20Clicks%20Cloud:${encodeURIComponent(user.email)}\\?`),
    );
    expect(enrollment.otpauthUri).toContain("algorithm=SHA1&digits=6&period=30");
    expect(enrollment.manualEntryKey).toMatch(/^([A-Z2-7]{4} ){7}[A-Z2-7]{4}$/);
    expect(enrollment.qrCodeDataUrl).toMatch(/^data:image\/png;base64,/);
    expect(secretOf(enrollment.otpauthUri)).toHaveLength(20);
  });

  /** Starting enrolment must not count as having MFA (checklist B10). */
  it("leaves MFA off until a code confirms it", async () => {
    const { browser } = await signInNewUser(testApp);

    await startEnrollment(browser);
    const settings = await browser.graphql(settingsQuery);

    expect(settings.data).toMatchObject({ securitySettings: { mfaEnabled: false } });
  });

  it("needs a recent sign-in", async () => {
    const { browser } = await signInNewUser(testApp);

    testApp.clock.advanceBySeconds(reauthenticationWindowInSeconds + 1);
    const stale = await browser.graphql(startEnrollmentMutation);
    await browser.graphql(
      "mutation ($input: ReauthenticateInput!) { reauthenticate(input: $input) }",
      {
        input: { password: testPassword },
      },
    );
    const renewed = await browser.graphql(startEnrollmentMutation);

    expect(errorCodeOf(stale)).toBe(ErrorCode.REAUTHENTICATION_REQUIRED);
    expect(renewed.errors).toBeUndefined();
  });

  it("refuses a signed-out caller", async () => {
    const response = await testApp.browser().graphql(startEnrollmentMutation);

    expect(errorCodeOf(response)).toBe(ErrorCode.UNAUTHENTICATED);
  });

  it("stores the pending secret encrypted, never as base32 or raw bytes", async () => {
    const { user, browser } = await signInNewUser(testApp);

    const enrollment = await startEnrollment(browser);
    const rows: { secret_ciphertext: string }[] = await testApp.dataSource.query(
      "SELECT secret_ciphertext FROM mfa_enrollments WHERE user_id = $1",
      [user.id],
    );
    const secret = secretOf(enrollment.otpauthUri);

    expect(rows).toHaveLength(1);
    expect(rows[0]?.secret_ciphertext).not.toContain(enrollment.manualEntryKey.replace(/ /g, ""));
    expect(rows[0]?.secret_ciphertext).not.toContain(secret.toString("base64url"));
    expect(rows[0]?.secret_ciphertext).not.toContain(secret.toString("hex"));
  });
});

describe("enabling MFA", () => {
  it("turns MFA on with the current code and returns ten recovery codes once", async () => {
    const { browser } = await signInNewUser(testApp);
    const secret = secretOf((await startEnrollment(browser)).otpauthUri);

    const response = await browser.graphql<{
      enableMfa: { recoveryCodes: string[]; securitySettings: Record<string, unknown> };
    }>(enableMfaMutation, { input: { code: currentCode(testApp, secret) } });
    const settings = await browser.graphql(settingsQuery);

    expect(response.errors).toBeUndefined();
    const codes = response.data?.enableMfa.recoveryCodes ?? [];
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-z2-7]{5}-[a-z2-7]{5}$/);
    expect(response.data?.enableMfa.securitySettings).toEqual({
      mfaEnabled: true,
      recoveryCodesRemaining: 10,
    });
    expect(settings.data).toMatchObject({
      securitySettings: { mfaEnabled: true, recoveryCodesRemaining: 10 },
    });
  });

  it("accepts a code written with a space, as apps display it", async () => {
    const { browser } = await signInNewUser(testApp);
    const secret = secretOf((await startEnrollment(browser)).otpauthUri);
    const code = currentCode(testApp, secret);

    const response = await browser.graphql(enableMfaMutation, {
      input: { code: `${code.slice(0, 3)} ${code.slice(3)}` },
    });

    expect(response.errors).toBeUndefined();
  });

  /** Session fixation: a cookie captured before MFA must not carry the protected session. */
  it("issues a new session id and retires the old one", async () => {
    const { browser } = await signInNewUser(testApp);
    const secret = secretOf((await startEnrollment(browser)).otpauthUri);
    const before = browser.cookies.get("session") ?? "";

    await browser.graphql(enableMfaMutation, { input: { code: currentCode(testApp, secret) } });
    const stale = testApp.browser();
    stale.cookies.set("session", before);

    expect(browser.cookies.get("session")).not.toBe(before);
    expect((await browser.graphql("{ viewer { id } }")).data).toMatchObject({
      viewer: { id: expect.any(String) },
    });
    expect((await stale.graphql("{ viewer { id } }")).data).toEqual({ viewer: null });
  });

  it("refuses a wrong code with INVALID_CODE and malformed ones with BAD_USER_INPUT", async () => {
    const { browser } = await signInNewUser(testApp);
    const secret = secretOf((await startEnrollment(browser)).otpauthUri);
    const right = currentCode(testApp, secret);
    const wrong = right === "000000" ? "000001" : "000000";

    const answers = await Promise.all(
      [wrong, "12345", "1234567", "12a456", "", "١٢٣٤٥٦"].map((code) =>
        browser.graphql(enableMfaMutation, { input: { code } }),
      ),
    );

    expect(answers.map((answer) => errorCodeOf(answer))).toEqual([
      ErrorCode.INVALID_CODE,
      ...Array(5).fill(ErrorCode.BAD_USER_INPUT),
    ]);
    for (const answer of answers) expect(answer.status).toBeLessThan(500);
  });

  /** Two tabs: only the most recent QR code can be confirmed (checklist B14). */
  it("confirms only the latest pending secret when enrolment was started twice", async () => {
    const { browser } = await signInNewUser(testApp);
    const first = secretOf((await startEnrollment(browser)).otpauthUri);
    const second = secretOf((await startEnrollment(browser)).otpauthUri);

    const stale = await browser.graphql(enableMfaMutation, {
      input: { code: currentCode(testApp, first) },
    });
    const latest = await browser.graphql(enableMfaMutation, {
      input: { code: currentCode(testApp, second) },
    });

    expect(errorCodeOf(stale)).toBe(ErrorCode.INVALID_CODE);
    expect(latest.errors).toBeUndefined();
  });

  it("refuses to confirm an enrolment older than 15 minutes", async () => {
    const { browser } = await signInNewUser(testApp);
    const secret = secretOf((await startEnrollment(browser)).otpauthUri);

    await browser.graphql(
      "mutation ($input: ReauthenticateInput!) { reauthenticate(input: $input) }",
      {
        input: { password: testPassword },
      },
    );
    testApp.clock.advanceBySeconds(mfaEnrollmentLifetimeInSeconds + 1);
    await browser.graphql(
      "mutation ($input: ReauthenticateInput!) { reauthenticate(input: $input) }",
      {
        input: { password: testPassword },
      },
    );
    const response = await browser.graphql(enableMfaMutation, {
      input: { code: currentCode(testApp, secret) },
    });

    expect(errorCodeOf(response)).toBe(ErrorCode.NOT_FOUND);
  });

  /** A race between two confirmations must not leave two authenticators or two code sets. */
  it("gives exactly one success for two concurrent confirmations", async () => {
    const { user, browser } = await signInNewUser(testApp);
    const secret = secretOf((await startEnrollment(browser)).otpauthUri);
    const code = currentCode(testApp, secret);

    const answers = await Promise.all([
      browser.graphql(enableMfaMutation, { input: { code } }),
      browser.graphql(enableMfaMutation, { input: { code } }),
    ]);
    const authenticators: unknown[] = await testApp.dataSource.query(
      "SELECT id FROM totp_authenticators WHERE user_id = $1",
      [user.id],
    );
    const codes: unknown[] = await testApp.dataSource.query(
      "SELECT id FROM recovery_codes WHERE user_id = $1",
      [user.id],
    );

    expect(answers.filter((answer) => !answer.errors)).toHaveLength(1);
    expect(authenticators).toHaveLength(1);
    expect(codes).toHaveLength(10);
  });

  it("refuses a second enrolment while MFA is on", async () => {
    const { browser } = await signInNewUser(testApp);
    const secret = secretOf((await startEnrollment(browser)).otpauthUri);
    await browser.graphql(enableMfaMutation, { input: { code: currentCode(testApp, secret) } });

    const again = await browser.graphql(startEnrollmentMutation);

    expect(errorCodeOf(again)).toBe(ErrorCode.MFA_ALREADY_ENABLED);
  });

  /** Interoperability: what a standard authenticator computes is what we accept. */
  it("accepts a code computed by Debian's oathtool from the manual key", async () => {
    const { browser } = await signInNewUser(testApp);
    const enrollment = await startEnrollment(browser);
    const epochInSeconds = Math.floor(testApp.clock.now().getTime() / 1000);

    const code = execFileSync(
      "oathtool",
      ["--totp", "-b", enrollment.manualEntryKey.replace(/ /g, ""), "--now", `@${epochInSeconds}`],
      { encoding: "utf8" },
    ).trim();
    const response = await browser.graphql(enableMfaMutation, { input: { code } });

    expect(code).toMatch(/^\d{6}$/);
    expect(response.errors).toBeUndefined();
  });
});
