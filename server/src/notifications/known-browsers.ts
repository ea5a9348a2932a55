import type { EntityManager } from "typeorm";

import { knownBrowserCookie, readCookie } from "../auth/cookies.js";
import { generateOpaqueToken, isWellFormedToken } from "../auth/opaque-token.js";
import type { ClientInfo } from "../auth/session-store.js";
import { enqueueNotification } from "./enqueue-notification.js";
import { NotificationKind } from "./notification-kind.js";

/** The browser's own id, or a fresh one to set once its sign-in completes. */
export function browserIdOf(cookies: Record<string, string | undefined>, isSecure: boolean) {
  const current = readCookie(cookies, knownBrowserCookie, isSecure);
  return isWellFormedToken(current) ? current : generateOpaqueToken();
}

export type BrowserSighting = "none" | "known" | "first-ever" | "new";

/**
 * What the sign-in's upsert of the browser found. A person with no known browser yet is signing
 * in for the first time (or the first time since browsers were remembered), which is no news to
 * them; a further browser is.
 */
export function sightingOf(
  row: { is_inserted: boolean | null; known_before: number | null } | undefined,
): BrowserSighting {
  if (!row || row.is_inserted === null) return "none";
  if (!row.is_inserted) return "known";
  return (row.known_before ?? 0) > 0 ? "new" : "first-ever";
}

/** Tells the person about a sign-in from a browser they had not used before, in the same commit. */
export async function noticeBrowserSignIn(
  manager: EntityManager,
  userId: string,
  client: ClientInfo,
  occurredAt: Date,
  sighting: BrowserSighting,
): Promise<void> {
  if (sighting !== "new") return;

  await enqueueNotification(manager, {
    kind: NotificationKind.NEW_BROWSER_SIGN_IN,
    userId,
    occurredAt,
    client,
  });
}
