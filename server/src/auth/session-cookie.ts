import type { Response } from "express";

import { sessionAbsoluteTimeoutInSeconds } from "@app/shared";

/**
 * The `__Host-` prefix makes the browser refuse the cookie unless it is Secure, host-only and
 * for path "/", so a sibling subdomain cannot plant or overwrite it. It needs HTTPS, so local
 * development over plain HTTP uses the bare name.
 */
export function sessionCookieName(isSecure: boolean): string {
  return isSecure ? "__Host-session" : "session";
}

export function setSessionCookie(res: Response, isSecure: boolean, token: string): void {
  res.cookie(sessionCookieName(isSecure), token, {
    httpOnly: true,
    secure: isSecure,
    sameSite: "lax",
    path: "/",
    maxAge: sessionAbsoluteTimeoutInSeconds * 1000,
  });
}

export function clearSessionCookie(res: Response, isSecure: boolean): void {
  res.clearCookie(sessionCookieName(isSecure), {
    httpOnly: true,
    secure: isSecure,
    sameSite: "lax",
    path: "/",
  });
}
