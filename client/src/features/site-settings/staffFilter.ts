import type { Role, StaffFilter } from "../../gql/graphql";
import { assertNever } from "../../lib/assertNever";

export type MfaStatusChoice = "all" | "on" | "off";
export type RoleChoice = "all" | Role;

export interface StaffListFilter {
  search: string;
  mfaStatus: MfaStatusChoice;
  role: RoleChoice;
}

export const everyone: StaffListFilter = { search: "", mfaStatus: "all", role: "all" };

function toMfaEnabled(choice: MfaStatusChoice): boolean | undefined {
  switch (choice) {
    case "all":
      return undefined;
    case "on":
      return true;
    case "off":
      return false;
    default:
      return assertNever(choice);
  }
}

/** The API's filter, leaving out every condition that would not narrow the list. */
export function toStaffFilter({ search, mfaStatus, role }: StaffListFilter): StaffFilter {
  const filter: StaffFilter = {};
  const trimmedSearch = search.trim();
  const mfaEnabled = toMfaEnabled(mfaStatus);

  if (trimmedSearch !== "") filter.search = trimmedSearch;
  if (mfaEnabled !== undefined) filter.mfaEnabled = mfaEnabled;
  if (role !== "all") filter.role = role;
  return filter;
}
