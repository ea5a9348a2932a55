import type { Location } from "react-router";

import { mfaSetupPath, signInPath } from "./authPaths";

export const defaultSignedInPath = "/settings/profile";

/** Router state that the sign-in pages read to send people back where they were headed. */
export interface SignInRedirectState {
  returnTo: string;
}

export function toSignInRedirectState(location: Location): SignInRedirectState {
  return { returnTo: `${location.pathname}${location.search}${location.hash}` };
}

// Returning to a step of the sign-in journey itself would send people round in a circle.
const journeyPaths = [signInPath, mfaSetupPath];

function isJourneyPath(path: string): boolean {
  return journeyPaths.some((journeyPath) => path.startsWith(journeyPath));
}

/**
 * Only same-origin paths are followed. "//host" and "/\host" would leave the site, which would
 * make the sign-in page an open redirect.
 */
export function readReturnPath(state: unknown): string {
  if (typeof state !== "object" || state === null || !("returnTo" in state)) {
    return defaultSignedInPath;
  }

  const { returnTo } = state;
  const isLocalPath =
    typeof returnTo === "string" &&
    returnTo.startsWith("/") &&
    !returnTo.startsWith("//") &&
    !returnTo.startsWith("/\\");
  return isLocalPath && !isJourneyPath(returnTo) ? returnTo : defaultSignedInPath;
}

/** Carries the destination on to the next step, already checked, so every step agrees on it. */
export function keepReturnPath(state: unknown): SignInRedirectState {
  return { returnTo: readReturnPath(state) };
}
