import { useMutation } from "@apollo/client/react";

import { graphql } from "../../gql";
import type { CreateAccessTokenMutation } from "../../gql/graphql";
import { requireData, type ActionResult } from "../../lib/actionResult";
import { useReauthentication } from "../security/useReauthentication";
import { ApiAccessTokensQuery } from "./accessTokensQuery";

const CreateAccessTokenMutation = graphql(`
  mutation CreateAccessToken($input: CreateAccessTokenInput!) {
    createAccessToken(input: $input) {
      token
      accessToken {
        id
        name
        createdAt
        lastUsedAt
        expiresAt
      }
    }
  }
`);

export type NewAccessToken = CreateAccessTokenMutation["createAccessToken"];

export interface CreateAccessTokenInput {
  name: string;
  expiresInDays: number;
}

export function useCreateAccessToken() {
  const { runSensitive, reauthenticationDialog } = useReauthentication(
    "Creating an access token needs a recent sign-in. Enter your password to continue.",
  );
  // The secret is shown once and must not outlive the panel that shows it, so "no-cache" keeps
  // the payload out of the Apollo cache; the list is read again instead.
  const [createMutation, { loading: isCreating }] = useMutation(CreateAccessTokenMutation, {
    fetchPolicy: "no-cache",
    refetchQueries: [ApiAccessTokensQuery],
  });

  function createAccessToken(input: CreateAccessTokenInput): Promise<ActionResult<NewAccessToken>> {
    return runSensitive(async () => {
      return requireData(await createMutation({ variables: { input } })).createAccessToken;
    });
  }

  return { createAccessToken, isCreating, reauthenticationDialog };
}
