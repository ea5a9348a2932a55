import { useApolloClient, useMutation } from "@apollo/client/react";
import { useState } from "react";
import { useNavigate } from "react-router";

import { graphql } from "../../gql";

const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

export interface SignOut {
  signOut: () => Promise<void>;
  isSigningOut: boolean;
  hasFailed: boolean;
}

export function useSignOut(): SignOut {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [mutate, { loading: isSigningOut }] = useMutation(SignOutMutation);
  const [hasFailed, setHasFailed] = useState(false);

  async function signOut(): Promise<void> {
    setHasFailed(false);

    // Only a server-confirmed sign-out counts: pretending locally would leave the cookie's
    // session alive on a shared computer.
    try {
      await mutate();
    } catch {
      setHasFailed(true);
      return;
    }

    // The next person at this browser must not see the previous person's cached data.
    await client.clearStore();
    await navigate("/sign-in", { replace: true });
  }

  return { signOut, isSigningOut, hasFailed };
}
