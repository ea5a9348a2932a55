import type { Role } from "../../gql/graphql";
import { roleLabel } from "../settings/roleLabel";

export interface StaffCsvRow {
  name: string;
  email: string;
  role: Role;
  mfaEnabled: boolean;
  mfaEnabledAt?: string | null;
  lastSignInAt?: string | null;
}

const header = ["Name", "Email", "Role", "MFA", "MFA enabled at", "Last sign-in at"];

/**
 * Spreadsheets run a cell that starts with one of these as a formula, so a name such as
 * "=HYPERLINK(...)" could act when an administrator opens the file (OWASP "CSV injection").
 */
const formulaStart = /^[=+\-@\t\r]/;

/** One CSV field per RFC 4180: quoted when it holds a comma, quote or line break. */
export function toCsvField(value: string): string {
  const neutralised = formulaStart.test(value) ? `'${value}` : value;
  if (!/[",\r\n]/.test(neutralised)) return neutralised;

  return `"${neutralised.replaceAll('"', '""')}"`;
}

export function toCsvLine(values: readonly string[]): string {
  return values.map(toCsvField).join(",");
}

/** The staff list as CSV with a header row; timestamps stay ISO 8601 so any tool can read them. */
export function buildStaffCsv(rows: readonly StaffCsvRow[]): string {
  const lines = rows.map((row) =>
    toCsvLine([
      row.name,
      row.email,
      roleLabel(row.role),
      row.mfaEnabled ? "On" : "Off",
      row.mfaEnabledAt ?? "",
      row.lastSignInAt ?? "",
    ]),
  );

  // RFC 4180 ends records with CRLF, which every spreadsheet accepts.
  return [toCsvLine(header), ...lines].join("\r\n") + "\r\n";
}
