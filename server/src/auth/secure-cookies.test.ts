import { afterAll, beforeAll, describe, expect, it } from "vitest";

import {
  currentCode,
  enrolledUser,
  signInMutation,
  signInWithPassword,
  verifyMfaMutation,
} from "../test-support/mfa-helpers.js";
import { startTestApp, type TestApp } from "../test-support/test-app.js";
import { createUser, testPassword } from "../test-support/factories.js";

let testApp: TestApp;

beforeAll(async () => {
  testApp = await startTestApp({ cookieSecure: true });
});

afterAll(async () => {
  await testApp.stop();
});

interface ParsedCookie {
  name: string;
  value: string;
  attributes: string[];
}

function parseSetCookie(header: string): ParsedCookie {
  const [pair = "", ...attributes] = header.split(";").map((part) => part.trim());
  const separator = pair.indexOf("=");
  return {
    name: pair.slice(0, separator),
    value: pair.slice(separator + 1),
    attributes: attributes.map((attribute) => attribute.toLowerCase()),
  };
}

function cookieNamed(setCookies: string[], name: string): ParsedCookie {
  const found = setCookies.map(parseSetCookie).find((cookie) => cookie.name === name);
  if (!found) throw new Error(`No Set-Cookie for ${name} in ${JSON.stringify(setCookies)}`);
  return found;
}

/** What a browser must be told so that scripts, other sites and sibling hosts cannot use it. */
function expectHardened(cookie: ParsedCookie, userId: string): void {
  expect(cookie.name.startsWith("__Host-")).toBe(true);
  expect(cookie.attributes).toEqual(
    expect.arrayContaining(["path=/", "httponly", "secure", "samesite=lax"]),
  );
  expect(cookie.attributes.some((attribute) => attribute.startsWith("domain="))).toBe(false);
  // 32 random bytes in base64url: opaque, 256 bits, and nothing about the person in clear.
  expect(cookie.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
  expect(cookie.value).not.toContain(userId);
}

describe("cookies over HTTPS", () => {
  /** ASVS 5.0 3.3.1-3.3.4: Secure, HttpOnly, SameSite and the __Host- prefix on every cookie. */
  it("hardens the challenge, session and trusted-device cookies alike", async () => {
    const { user, secret } = await enrolledUser(testApp);
    const browser = testApp.browser();

    const signIn = await signInWithPassword(browser, user.email);
    const verify = await browser.graphql(verifyMfaMutation, {
      input: { code: currentCode(testApp, secret), trustDevice: true },
    });

    expectHardened(cookieNamed(signIn.setCookies, "__Host-mfa_challenge"), user.id);
    expectHardened(cookieNamed(verify.setCookies, "__Host-session"), user.id);
    expectHardened(cookieNamed(verify.setCookies, "__Host-trusted_device"), user.id);
  });

  /** The token lives only in the cookie: nothing in a body the SPA could store or log. */
  it("never puts the session token in a response body", async () => {
    const user = await createUser(testApp.dataSource);
    const browser = testApp.browser();

    const response = await browser.graphql(signInMutation, {
      input: { email: user.email, password: testPassword },
    });
    const session = cookieNamed(response.setCookies, "__Host-session");

    expect(response.data).toMatchObject({ signIn: { status: "SIGNED_IN" } });
    expect(JSON.stringify(response.data)).not.toContain(session.value);
    expect(browser.cookies.get("__Host-session")).toBe(session.value);
  });
});
