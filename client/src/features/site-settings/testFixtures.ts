import type { MockLink } from "@apollo/client/testing";
import { GraphQLError } from "graphql";

import { CompanySettingsDocument } from "../../gql/graphql";

// Factories for this feature's tests; each call returns fresh objects.

export interface StaffMemberShape {
  __typename: "StaffMember";
  id: string;
  name: string;
  email: string;
  role: "ADMIN" | "MEMBER";
  mfaEnabled: boolean;
  mfaEnabledAt: string | null;
  lastSignInAt: string | null;
}

/** Even numbers have MFA on, odd numbers off. */
export function makeStaffMember(
  number: number,
  overrides: Partial<StaffMemberShape> = {},
): StaffMemberShape {
  const padded = String(number).padStart(3, "0");
  const hasMfa = number % 2 === 0;
  return {
    __typename: "StaffMember",
    id: `user-${padded}`,
    name: `Person ${padded}`,
    email: `staff${padded}@acme.test`,
    role: "MEMBER",
    mfaEnabled: hasMfa,
    mfaEnabledAt: hasMfa ? "2026-01-05T09:30:00Z" : null,
    lastSignInAt: null,
    ...overrides,
  };
}

export function makeStaffConnection(
  members: StaffMemberShape[],
  { totalCount = members.length, endCursor = "cursor-end", hasNextPage = false } = {},
) {
  return {
    __typename: "StaffConnection" as const,
    totalCount,
    edges: members.map((node) => ({ __typename: "StaffEdge" as const, cursor: node.id, node })),
    pageInfo: { __typename: "PageInfo" as const, hasNextPage, endCursor },
  };
}

export function companySettingsAnswer(
  policy: { required: boolean; allowSelfServiceDisable: boolean; gracePeriodDays: number },
  { staffCount = 77, mfaEnabledCount = 40 } = {},
): MockLink.MockedResponse {
  return {
    request: { query: CompanySettingsDocument },
    result: { data: { companySettings: makeCompanySettings(policy, staffCount, mfaEnabledCount) } },
    maxUsageCount: 5,
  };
}

export function makeCompanySettings(
  policy: { required: boolean; allowSelfServiceDisable: boolean; gracePeriodDays: number },
  staffCount = 77,
  mfaEnabledCount = 40,
) {
  return {
    __typename: "CompanySettings" as const,
    company: { __typename: "Company" as const, id: "company-acme", name: "Acme Corp" },
    mfaPolicy: { __typename: "MfaPolicy" as const, ...policy },
    staffCount,
    mfaEnabledCount,
  };
}

export function rejectedWith(code: string) {
  return { errors: [new GraphQLError("refused", { extensions: { code } })] };
}
