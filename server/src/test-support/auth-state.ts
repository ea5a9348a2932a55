import { expect } from "vitest";

import type { GraphqlResponse } from "./http-client.js";

/** Everything about one person that an interrupted sign-in or MFA change could half-write. */
export interface AuthState {
  failedCodeAttempts: number;
  pendingAttemptReservations: number;
  sessions: number;
  challenges: number;
  unusedRecoveryCodes: number;
  usedRecoveryCodes: number;
  authenticators: number;
  lastAcceptedTimeStep: number | null;
  enrollments: number;
  trustedDevices: number;
}

interface Queryable {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

export async function authStateOf(database: Queryable, userId: string): Promise<AuthState> {
  const rows = (await database.query(
    `SELECT u.failed_code_attempts,
            (SELECT count(*) FROM code_attempt_reservations r WHERE r.user_id = u.id) AS pending,
            (SELECT count(*) FROM sessions s WHERE s.user_id = u.id) AS sessions,
            (SELECT count(*) FROM mfa_challenges c WHERE c.user_id = u.id) AS challenges,
            (SELECT count(*) FROM recovery_codes rc
              WHERE rc.user_id = u.id AND rc.used_at IS NULL) AS unused_recovery_codes,
            (SELECT count(*) FROM recovery_codes rc
              WHERE rc.user_id = u.id AND rc.used_at IS NOT NULL) AS used_recovery_codes,
            (SELECT count(*) FROM totp_authenticators t WHERE t.user_id = u.id) AS authenticators,
            (SELECT max(t.last_accepted_time_step) FROM totp_authenticators t
              WHERE t.user_id = u.id) AS last_accepted_time_step,
            (SELECT count(*) FROM mfa_enrollments e WHERE e.user_id = u.id) AS enrollments,
            (SELECT count(*) FROM trusted_devices d WHERE d.user_id = u.id) AS trusted_devices
       FROM users u WHERE u.id = $1`,
    [userId],
  )) as Record<string, string | number | null>[];
  const row = rows[0];
  if (!row) throw new Error(`No user ${userId}.`);

  const lastStep = row.last_accepted_time_step;
  return {
    failedCodeAttempts: Number(row.failed_code_attempts),
    pendingAttemptReservations: Number(row.pending),
    sessions: Number(row.sessions),
    challenges: Number(row.challenges),
    unusedRecoveryCodes: Number(row.unused_recovery_codes),
    usedRecoveryCodes: Number(row.used_recovery_codes),
    authenticators: Number(row.authenticators),
    lastAcceptedTimeStep: lastStep === null ? null : Number(lastStep),
    enrollments: Number(row.enrollments),
    trustedDevices: Number(row.trusted_devices),
  };
}

/**
 * A fault on our side reaches the caller as the contract's generic error: no data, no session
 * cookie, nothing that names the database, the SQL or the code's location.
 */
export function expectGenericFailure(response: GraphqlResponse<unknown>): void {
  expect(response.errors?.map((error) => error.extensions?.code)).toEqual([
    "INTERNAL_SERVER_ERROR",
  ]);
  expect(response.data ?? null).toBeNull();
  expect(response.setCookies.filter((cookie) => cookie.startsWith("session="))).toEqual([]);

  const body = JSON.stringify(response.errors);
  expect(body).not.toMatch(
    /select|insert|update|delete|from |terminat|postgres|ECONN|sqlstate|stack|\.ts:|\bat \w/i,
  );
}
