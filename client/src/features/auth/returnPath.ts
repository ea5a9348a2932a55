import type { Location } from "react-router";

export const defaultSignedInPath = "/settings/profile";

/** Router state that the sign-in page reads to send people back where they were headed. */
interface SignInRedirectState {
  returnTo: string;
}

export function toSignInRedirectState(location: Location): SignInRedirectState {
  return { returnTo: `${location.pathname}${location.search}${location.hash}` };
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
  return isLocalPath && !returnTo.startsWith("/sign-in") ? returnTo : defaultSignedInPath;
}
