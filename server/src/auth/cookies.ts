import type { Response } from "express";

import {
  mfaChallengeLifetimeInSeconds,
  sessionAbsoluteTimeoutInSeconds,
  trustedDeviceLifetimeInDays,
} from "@app/shared";

export interface CookieKind {
  baseName: string;
  maxAgeInSeconds: number;
}

export const sessionCookie: CookieKind = {
  baseName: "session",
  maxAgeInSeconds: sessionAbsoluteTimeoutInSeconds,
};

export const mfaChallengeCookie: CookieKind = {
  baseName: "mfa_challenge",
  maxAgeInSeconds: mfaChallengeLifetimeInSeconds,
};

export const trustedDeviceCookie: CookieKind = {
  baseName: "trusted_device",
  maxAgeInSeconds: trustedDeviceLifetimeInDays * 24 * 60 * 60,
};

/**
 * Names the browser, not the person, so a sign-in from a browser not seen before can be told
 * apart. 400 days is the longest lifetime browsers still honour.
 */
export const knownBrowserCookie: CookieKind = {
  baseName: "browser_id",
  maxAgeInSeconds: 400 * 24 * 60 * 60,
};

/**
 * The `__Host-` prefix makes the browser refuse the cookie unless it is Secure, host-only and
 * for path "/", so a sibling subdomain cannot plant or overwrite it. It needs HTTPS, so local
 * development over plain HTTP uses the bare name.
 */
export function cookieName(kind: CookieKind, isSecure: boolean): string {
  return isSecure ? `__Host-${kind.baseName}` : kind.baseName;
}

/** Lax, not Strict: a person following a link into the app must arrive signed in. */
function cookieOptions(isSecure: boolean) {
  return { httpOnly: true, secure: isSecure, sameSite: "lax" as const, path: "/" };
}

export function setCookie(res: Response, kind: CookieKind, isSecure: boolean, value: string) {
  res.cookie(cookieName(kind, isSecure), value, {
    ...cookieOptions(isSecure),
    maxAge: kind.maxAgeInSeconds * 1000,
  });
}

export function clearCookie(res: Response, kind: CookieKind, isSecure: boolean) {
  res.clearCookie(cookieName(kind, isSecure), cookieOptions(isSecure));
}

export function readCookie(
  cookies: Record<string, string | undefined>,
  kind: CookieKind,
  isSecure: boolean,
): string | undefined {
  return cookies[cookieName(kind, isSecure)];
}
