import type { MockLink } from "@apollo/client/testing";

import { ChangePasswordDocument, ProfilePageDocument } from "../../../gql/graphql";

export const viewerEmail = "alice@acme.test";

export function profilePageAnswer(): MockLink.MockedResponse {
  const company = { __typename: "Company" as const, id: "company-1", name: "Acme" };
  const viewer = {
    __typename: "Viewer" as const,
    id: "user-1",
    name: "Alice Example",
    email: viewerEmail,
    role: "MEMBER" as const,
    company,
  };
  return { request: { query: ProfilePageDocument }, result: { data: { viewer } } };
}

export function changePasswordRequest(currentPassword: string, newPassword: string) {
  return {
    query: ChangePasswordDocument,
    variables: { input: { currentPassword, newPassword } },
  };
}

export const changedResult = { data: { changePassword: true } };
