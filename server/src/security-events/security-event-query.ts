import type { DataSource } from "typeorm";

import { decodeCursor, encodeCursor } from "../graphql/pagination.js";
import type { Role } from "../users/role.js";
import type { SecurityEventConnection } from "./security-event.types.js";
import type { SecurityEventType } from "./security-event-type.js";

export interface EventScope {
  companyId: string;
  /** Set for members, who see only what concerns them. */
  onlyUserId: string | null;
}

export interface EventFilter {
  userId: string | null;
  types: SecurityEventType[] | null;
}

interface EventRow {
  id: string;
  type: SecurityEventType;
  occurred_at: Date;
  reason: string | null;
  ip_address: string | null;
  user_agent: string | null;
  actor: PersonJson | null;
  subject: PersonJson | null;
}

interface PersonJson {
  id: string;
  name: string;
  email: string;
  role: Role;
  last_sign_in_at: string | null;
  mfa_enabled_at: string | null;
}

const personJson = (alias: string, authenticator: string) => `
  CASE WHEN ${alias}.id IS NULL THEN NULL ELSE json_build_object(
    'id', ${alias}.id, 'name', ${alias}.name, 'email', ${alias}.email, 'role', ${alias}.role,
    'last_sign_in_at', ${alias}.last_sign_in_at, 'mfa_enabled_at', ${authenticator}.enabled_at)
  END`;

function toPerson(json: PersonJson | null) {
  if (!json) return null;
  return {
    id: json.id,
    name: json.name,
    email: json.email,
    role: json.role,
    mfaEnabled: json.mfa_enabled_at !== null,
    mfaEnabledAt: json.mfa_enabled_at ? new Date(json.mfa_enabled_at) : null,
    lastSignInAt: json.last_sign_in_at ? new Date(json.last_sign_in_at) : null,
  };
}

/** Newest first, keyset-paged on (occurred_at, id), with the people joined in, not fetched. */
export async function querySecurityEvents(
  dataSource: DataSource,
  scope: EventScope,
  first: number,
  after: string | null | undefined,
  filter: EventFilter,
): Promise<SecurityEventConnection> {
  const parameters: unknown[] = [scope.companyId];
  const conditions = ["e.company_id = $1"];
  for (const userId of [scope.onlyUserId, filter.userId]) {
    if (!userId) continue;
    parameters.push(userId);
    conditions.push(`(e.subject_id = $${parameters.length} OR e.actor_id = $${parameters.length})`);
  }
  if (filter.types && filter.types.length > 0) {
    parameters.push(filter.types);
    conditions.push(`e.type = ANY($${parameters.length}::varchar[])`);
  }

  const countRows: { total: number }[] = await dataSource.query(
    `SELECT count(*)::int AS total FROM security_events e WHERE ${conditions.join(" AND ")}`,
    parameters,
  );

  const cursor = decodeCursor(after, ["timestamp", "uuid"]);
  if (cursor) {
    parameters.push(cursor[0], cursor[1]);
    const index = parameters.length - 1;
    conditions.push(`(e.occurred_at, e.id) < ($${index}::timestamptz, $${index + 1}::uuid)`);
  }
  parameters.push(first + 1);
  const rows: EventRow[] = await dataSource.query(
    `SELECT e.id, e.type, e.occurred_at, e.reason, e.ip_address, e.user_agent,
            ${personJson("a", "at")} AS actor, ${personJson("s", "st")} AS subject
       FROM security_events e
       LEFT JOIN users a ON a.id = e.actor_id
       LEFT JOIN totp_authenticators at ON at.user_id = a.id
       LEFT JOIN users s ON s.id = e.subject_id
       LEFT JOIN totp_authenticators st ON st.user_id = s.id
      WHERE ${conditions.join(" AND ")}
      ORDER BY e.occurred_at DESC, e.id DESC
      LIMIT $${parameters.length}`,
    parameters,
  );

  const edges = rows.slice(0, first).map((row) => ({
    cursor: encodeCursor([new Date(row.occurred_at).toISOString(), row.id]),
    node: {
      id: row.id,
      type: row.type,
      occurredAt: new Date(row.occurred_at),
      actor: toPerson(row.actor),
      subject: toPerson(row.subject),
      reason: row.reason,
      ipAddress: row.ip_address,
      userAgent: row.user_agent,
    },
  }));
  return {
    totalCount: countRows[0]?.total ?? 0,
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
