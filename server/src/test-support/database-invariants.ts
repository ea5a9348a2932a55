import type { DataSource } from "typeorm";

import {
  codeAttemptLimit,
  mfaChallengeAttemptLimit,
  passwordAttemptLimit,
  recoveryCodeCount,
  sessionAbsoluteTimeoutInSeconds,
} from "@app/shared";

interface Invariant {
  name: string;
  /** Returns one row per violation, with enough columns to find the culprit. */
  sql: string;
  parameters?: unknown[];
}

/**
 * Facts about the stored MFA state that no sequence of requests, however hostile, concurrent or
 * interrupted, may break. Written against the tables, not the services, so a bug in a service
 * cannot hide itself.
 */
const invariants: Invariant[] = [
  {
    name: "at most one confirmed authenticator per person",
    sql: `SELECT user_id, count(*)::int AS n FROM totp_authenticators
           GROUP BY user_id HAVING count(*) > 1`,
  },
  {
    name: "every authenticator has started its replay ledger",
    sql: "SELECT id FROM totp_authenticators WHERE last_accepted_time_step IS NULL",
  },
  {
    name: "at most one set of recovery codes per person",
    sql: `SELECT user_id, count(*)::int AS n FROM recovery_codes
           GROUP BY user_id HAVING count(*) > $1`,
    parameters: [recoveryCodeCount],
  },
  {
    name: "recovery codes only beside an authenticator",
    sql: `SELECT DISTINCT r.user_id FROM recovery_codes r
           LEFT JOIN totp_authenticators t ON t.user_id = r.user_id WHERE t.id IS NULL`,
  },
  {
    name: "trusted browsers only for people whose MFA is on",
    sql: `SELECT d.id, d.user_id FROM trusted_devices d
           LEFT JOIN totp_authenticators t ON t.user_id = d.user_id WHERE t.id IS NULL`,
  },
  {
    name: "the code attempt counter stays within the budget",
    sql: `SELECT id, failed_code_attempts FROM users
           WHERE failed_code_attempts < 0 OR failed_code_attempts > $1`,
    parameters: [codeAttemptLimit],
  },
  {
    name: "a code lockout only follows a spent budget",
    sql: `SELECT id, failed_code_attempts FROM users
           WHERE code_locked_until IS NOT NULL AND failed_code_attempts < $1`,
    parameters: [codeAttemptLimit],
  },
  {
    name: "the password attempt counter stays below the limit",
    sql: `SELECT id, failed_password_attempts FROM users
           WHERE failed_password_attempts < 0 OR failed_password_attempts >= $1`,
    parameters: [passwordAttemptLimit],
  },
  {
    name: "a challenge dies with its last allowed wrong code",
    sql: `SELECT id, failed_attempts FROM mfa_challenges
           WHERE failed_attempts < 0 OR failed_attempts >= $1`,
    parameters: [mfaChallengeAttemptLimit],
  },
  {
    name: "every session belongs to an existing person and ends within a day",
    sql: `SELECT s.id FROM sessions s LEFT JOIN users u ON u.id = s.user_id
           WHERE u.id IS NULL
              OR s.expires_at > s.created_at + make_interval(secs => $1)
              OR s.last_seen_at < s.created_at`,
    parameters: [sessionAbsoluteTimeoutInSeconds],
  },
  {
    name: "every pending challenge belongs to an existing person",
    sql: `SELECT c.id FROM mfa_challenges c LEFT JOIN users u ON u.id = c.user_id
           WHERE u.id IS NULL`,
  },
  {
    name: "security events name existing people of the event's own company",
    sql: `SELECT e.id, e.type FROM security_events e
           LEFT JOIN users a ON a.id = e.actor_id
           LEFT JOIN users s ON s.id = e.subject_id
           WHERE (e.actor_id IS NOT NULL AND (a.id IS NULL OR a.company_id <> e.company_id))
              OR (e.subject_id IS NOT NULL AND (s.id IS NULL OR s.company_id <> e.company_id))`,
  },
  {
    name: "access tokens are named and live 1 to 365 days",
    sql: `SELECT id FROM access_tokens
           WHERE length(btrim(name)) = 0
              OR expires_at < created_at + interval '1 day'
              OR expires_at > created_at + interval '365 days'`,
  },
];

/** Every broken invariant with its offending rows; an empty list means the state is sound. */
export async function findInvariantViolations(dataSource: DataSource): Promise<string[]> {
  const violations: string[] = [];

  for (const invariant of invariants) {
    const rows: unknown[] = await dataSource.query(
      `${invariant.sql} LIMIT 5`,
      invariant.parameters ?? [],
    );
    if (rows.length > 0) violations.push(`${invariant.name}: ${JSON.stringify(rows)}`);
  }
  return violations;
}
