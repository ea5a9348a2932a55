import type { DataSource } from "typeorm";

import { decodeCursor, encodeCursor } from "../graphql/pagination.js";
import type { Role } from "../users/role.js";
import type { StaffConnection, StaffFilter } from "./staff.types.js";

interface StaffRow {
  id: string;
  name: string;
  email: string;
  role: Role;
  last_sign_in_at: Date | null;
  mfa_enabled_at: Date | null;
}

/** The person and their MFA state, from the one-per-person authenticator. */
const staffColumns =
  "u.id, u.name, u.email, u.role, u.last_sign_in_at, t.enabled_at AS mfa_enabled_at";
const staffSource = "users u LEFT JOIN totp_authenticators t ON t.user_id = u.id";

/** LIKE treats % and _ as wildcards; a search for "50%" means the characters themselves. */
function likePattern(search: string): string {
  return `%${search.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/**
 * One query for the page and one for the count, whatever the page size: the MFA state comes
 * from a join on the one-per-person authenticator, never from a query per row. Without a
 * search the count comes from the totals kept per company, role and MFA state, so it costs
 * the same at 100,000 people as at ten.
 */
export async function queryStaff(
  dataSource: DataSource,
  companyId: string,
  first: number,
  after: string | null | undefined,
  filter: StaffFilter | null | undefined,
): Promise<StaffConnection> {
  const parameters: unknown[] = [companyId];
  const conditions = ["u.company_id = $1"];

  const search = filter?.search?.trim();
  if (search) {
    parameters.push(likePattern(search));
    conditions.push(`(u.name ILIKE $${parameters.length} OR u.email ILIKE $${parameters.length})`);
  }
  if (typeof filter?.mfaEnabled === "boolean") {
    // Tested on the join column, PostgreSQL plans an (anti-)join that walks the name index and
    // stops at the page's end; on t.id it estimated one row and sorted the whole company.
    conditions.push(filter.mfaEnabled ? "t.user_id IS NOT NULL" : "t.user_id IS NULL");
  }
  if (filter?.role) {
    parameters.push(filter.role);
    conditions.push(`u.role = $${parameters.length}`);
  }

  const countRows: { total: number }[] = search
    ? await dataSource.query(
        `SELECT count(*)::int AS total FROM ${staffSource} WHERE ${conditions.join(" AND ")}`,
        parameters,
      )
    : await countFromTotals(dataSource, companyId, filter);

  const cursor = decodeCursor(after, ["text", "uuid"]);
  const pageConditions = [...conditions];
  const pageParameters = [...parameters];
  if (cursor) {
    pageParameters.push(cursor[0], cursor[1]);
    const nameIndex = pageParameters.length - 1;
    pageConditions.push(`(u.name, u.id) > ($${nameIndex}, $${nameIndex + 1}::uuid)`);
  }
  pageParameters.push(first + 1);
  const rows: StaffRow[] = await dataSource.query(
    `SELECT ${staffColumns} FROM ${staffSource}
      WHERE ${pageConditions.join(" AND ")}
      ORDER BY u.name, u.id
      LIMIT $${pageParameters.length}`,
    pageParameters,
  );

  const page = rows.slice(0, first);
  const edges = page.map((row) => ({
    cursor: encodeCursor([row.name, row.id]),
    node: toStaffMember(row),
  }));
  return {
    totalCount: countRows[0]?.total ?? 0,
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
  };
}

function countFromTotals(
  dataSource: DataSource,
  companyId: string,
  filter: StaffFilter | null | undefined,
): Promise<{ total: number }[]> {
  const parameters: unknown[] = [companyId];
  const conditions = ["company_id = $1"];

  if (typeof filter?.mfaEnabled === "boolean") {
    parameters.push(filter.mfaEnabled);
    conditions.push(`mfa_enabled = $${parameters.length}`);
  }
  if (filter?.role) {
    parameters.push(filter.role);
    conditions.push(`role = $${parameters.length}`);
  }
  return dataSource.query(
    `SELECT coalesce(sum(staff_count), 0)::int AS total FROM company_staff_counts
      WHERE ${conditions.join(" AND ")}`,
    parameters,
  );
}

function toStaffMember(row: StaffRow) {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role,
    mfaEnabled: row.mfa_enabled_at !== null,
    mfaEnabledAt: row.mfa_enabled_at,
    lastSignInAt: row.last_sign_in_at,
  };
}

export async function loadStaffMember(dataSource: DataSource, companyId: string, userId: string) {
  const rows: StaffRow[] = await dataSource.query(
    `SELECT ${staffColumns} FROM ${staffSource} WHERE u.company_id = $1 AND u.id = $2`,
    [companyId, userId],
  );
  return rows[0] ? toStaffMember(rows[0]) : null;
}
