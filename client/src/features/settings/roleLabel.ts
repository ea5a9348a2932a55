import type { Role } from "../../gql/graphql";
import { assertNever } from "../../lib/assertNever";

export function roleLabel(role: Role): string {
  switch (role) {
    case "ADMIN":
      return "Administrator";
    case "MEMBER":
      return "Member";
    default:
      return assertNever(role);
  }
}
