import type { EntityManager } from "typeorm";

import { queryReturningRows } from "../database/returning-rows.js";
import { UnauthenticatedError } from "../graphql/errors.js";
import { noticeBrowserSignIn, sightingOf } from "../notifications/known-browsers.js";
import { SecurityEventType } from "../security-events/security-event-type.js";
import type { UserEntity } from "../users/user.entity.js";
import { hashOpaqueToken } from "./opaque-token.js";
import { newSessionRow, type ClientInfo } from "./session-store.js";

/**
 * The last step of every successful sign-in path: a brand-new session, the person's last
 * sign-in time, the log entry and the browser's sighting, all in the caller's transaction.
 * After a code step it also consumes the challenge the code answered; when a parallel request
 * consumed it first, this throws and the caller's transaction takes everything back.
 *
 * They are one statement because every sign-in pays for each round trip to the database, and
 * sign-in throughput is otherwise bound only by argon2. The browser's upsert tells a first
 * sighting from a repeat: `xmax = 0` holds only for a row this statement inserted (a parallel
 * sign-in from the same browser that loses the race takes the conflict's update), and the
 * count in its RETURNING reads the snapshot from before the statement, so it is the number of
 * browsers the person had already.
 */
export async function completeSignIn(
  manager: EntityManager,
  user: Pick<UserEntity, "id" | "companyId">,
  client: ClientInfo,
  now: Date,
  passwordProvenAt: Date,
  answeredChallengeId: string | null = null,
): Promise<string> {
  const { token, row } = newSessionRow(user.id, client, now, passwordProvenAt);
  const browserHash = client.browserId ? hashOpaqueToken(client.browserId) : null;

  const rows = await queryReturningRows<{
    is_challenge_consumed: boolean;
    is_inserted: boolean | null;
    known_before: number | null;
  }>(
    manager,
    `WITH answered AS (
       DELETE FROM mfa_challenges WHERE id = $12::uuid RETURNING id
     ), opened AS (
       INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at, expires_at,
                             authenticated_at, ip_address, user_agent)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ), signed_in AS (
       UPDATE users SET last_sign_in_at = $6 WHERE id = $2
     ), logged AS (
       INSERT INTO security_events (company_id, type, occurred_at, actor_id, subject_id,
                                    ip_address, user_agent)
       VALUES ($9, $10, $6, $2, $2, $7, $8)
     ), sighted AS (
       INSERT INTO known_browsers (user_id, browser_hash, first_seen_at, last_seen_at)
       SELECT $2, $11::bytea, $6, $6 WHERE $11::bytea IS NOT NULL
       ON CONFLICT (user_id, browser_hash) DO UPDATE
         SET last_seen_at = GREATEST(known_browsers.last_seen_at, EXCLUDED.last_seen_at)
       RETURNING xmax = 0 AS is_inserted,
                 (SELECT count(*)::int FROM known_browsers WHERE user_id = $2) AS known_before
     )
     SELECT EXISTS (SELECT 1 FROM answered) AS is_challenge_consumed,
            sighted.is_inserted, sighted.known_before
       FROM (SELECT 1) AS one LEFT JOIN sighted ON true`,
    [
      row.tokenHash,
      row.userId,
      row.createdAt,
      row.lastSeenAt,
      row.expiresAt,
      row.authenticatedAt,
      row.ipAddress,
      row.userAgent,
      user.companyId,
      SecurityEventType.SIGN_IN_SUCCEEDED,
      browserHash,
      answeredChallengeId,
    ],
  );
  const result = rows[0];
  if (answeredChallengeId !== null && !result?.is_challenge_consumed) {
    throw new UnauthenticatedError();
  }

  await noticeBrowserSignIn(manager, user.id, client, passwordProvenAt, sightingOf(result));
  return token;
}
