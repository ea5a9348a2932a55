import type { EntityManager } from "typeorm";

import { knownBrowserCookie, readCookie } from "../auth/cookies.js";
import { generateOpaqueToken, hashOpaqueToken, isWellFormedToken } from "../auth/opaque-token.js";
import type { ClientInfo } from "../auth/session-store.js";
import { queryReturningRows } from "../database/returning-rows.js";
import { enqueueNotification } from "./enqueue-notification.js";
import { NotificationKind } from "./notification-kind.js";

/** The browser's own id, or a fresh one to set once its sign-in completes. */
export function browserIdOf(cookies: Record<string, string | undefined>, isSecure: boolean) {
  const current = readCookie(cookies, knownBrowserCookie, isSecure);
  return isWellFormedToken(current) ? current : generateOpaqueToken();
}

type Sighting = "known" | "first-ever" | "new";

/**
 * Remembers the browser of a completed sign-in and, when the person already had others, tells
 * them. A person with no known browser yet is signing in for the first time (or the first time
 * since browsers were remembered), which is no news to them.
 */
export async function noticeBrowserSignIn(
  manager: EntityManager,
  userId: string,
  client: ClientInfo,
  occurredAt: Date,
): Promise<void> {
  if (!client.browserId) return;

  const sighting = await rememberBrowser(manager, userId, client.browserId, occurredAt);
  if (sighting !== "new") return;

  await enqueueNotification(manager, {
    kind: NotificationKind.NEW_BROWSER_SIGN_IN,
    userId,
    occurredAt,
    client,
  });
}

async function rememberBrowser(
  manager: EntityManager,
  userId: string,
  browserId: string,
  seenAt: Date,
): Promise<Sighting> {
  const browserHash = hashOpaqueToken(browserId);

  // One statement: the count in RETURNING reads the snapshot from before this insert, and a
  // row written by the insert (not by the conflict's update) has no deleting transaction yet,
  // which is what xmax = 0 tells. A parallel sign-in from the same browser that loses the race
  // updates instead, so only the winner sends the notice.
  const rows = await queryReturningRows<{ is_inserted: boolean; known_before: number }>(
    manager,
    `INSERT INTO known_browsers (user_id, browser_hash, first_seen_at, last_seen_at)
     VALUES ($1, $2, $3, $3)
     ON CONFLICT (user_id, browser_hash) DO UPDATE
       SET last_seen_at = GREATEST(known_browsers.last_seen_at, EXCLUDED.last_seen_at)
     RETURNING xmax = 0 AS is_inserted,
               (SELECT count(*)::int FROM known_browsers WHERE user_id = $1) AS known_before`,
    [userId, browserHash, seenAt],
  );
  const row = rows[0];
  if (!row?.is_inserted) return "known";
  return row.known_before > 0 ? "new" : "first-ever";
}
