import type { MockLink } from "@apollo/client/testing";

import { ApiAccessTokensDocument, CreateAccessTokenDocument } from "../../../gql/graphql";
import type { AccessToken } from "../AccessTokensTable";

/** The shape the API hands out: the prefix, then 43 base64url characters. */
export const newTokenSecret = "3cc_pat_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCdEfG";

export function makeAccessToken(overrides: Partial<AccessToken> = {}) {
  return {
    __typename: "AccessToken" as const,
    id: "6f1c2a9e-0d4b-4c7a-9f3e-1b2c3d4e5f60",
    name: "Compliance report",
    createdAt: "2026-03-02T09:30:00.000Z",
    lastUsedAt: null,
    expiresAt: "2099-04-01T09:30:00.000Z",
    ...overrides,
  };
}

export function tokensAnswer(accessTokens: AccessToken[]): MockLink.MockedResponse {
  const viewer = { __typename: "Viewer" as const, id: "user-1", accessTokens };
  return { request: { query: ApiAccessTokensDocument }, result: { data: { viewer } } };
}

export function createRequest(name: string, expiresInDays: number) {
  return { query: CreateAccessTokenDocument, variables: { input: { name, expiresInDays } } };
}

export function createdResult(accessToken: AccessToken, token = newTokenSecret) {
  const createAccessToken = { __typename: "CreateAccessTokenPayload" as const, token, accessToken };
  return { data: { createAccessToken } };
}
