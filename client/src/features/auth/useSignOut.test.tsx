import { gql, type ApolloClient } from "@apollo/client";
import { useApolloClient } from "@apollo/client/react";
import type { MockLink } from "@apollo/client/testing";
import { screen, waitFor } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { useEffect } from "react";
import { Route, Routes } from "react-router";
import { describe, expect, it } from "vitest";

import { renderWithProviders } from "../../../test/renderWithProviders";
import { SignOutDocument } from "../../gql/graphql";
import { useSignOut } from "./useSignOut";

const cachedViewerQuery = gql`
  query CachedViewer {
    viewer {
      id
      email
    }
  }
`;

let client: ApolloClient | null = null;

function rememberClient(current: ApolloClient): void {
  client = current;
}

function SignedInPage({ onClient }: { onClient: (current: ApolloClient) => void }) {
  const apolloClient = useApolloClient();
  const { signOut, hasFailed } = useSignOut();

  useEffect(() => onClient(apolloClient), [apolloClient, onClient]);

  return (
    <>
      <button type="button" onClick={() => void signOut()}>
        Sign out
      </button>
      {hasFailed ? <p>Still signed in</p> : null}
    </>
  );
}

function renderSignedIn(signOutAnswer: MockLink.MockedResponse) {
  const user = userEvent.setup();
  renderWithProviders(
    <Routes>
      <Route path="/settings" element={<SignedInPage onClient={rememberClient} />} />
      <Route path="/sign-in" element={<h1>Sign in</h1>} />
    </Routes>,
    { mocks: [signOutAnswer], initialEntries: ["/settings"] },
  );
  // The previous person's data, cached the way any signed-in page would cache it.
  client?.writeQuery({
    query: cachedViewerQuery,
    data: { viewer: { __typename: "Viewer", id: "user-alice", email: "alice@acme.test" } },
  });
  return { user };
}

function cachedText(): string {
  return JSON.stringify(client?.extract() ?? null);
}

describe("useSignOut", () => {
  /** A shared computer: the next person must not find the previous person's data cached. */
  it("empties the Apollo cache once the server has ended the session", async () => {
    const { user } = renderSignedIn({
      request: { query: SignOutDocument },
      result: { data: { signOut: true } },
    });
    expect(cachedText()).toContain("alice@acme.test");

    await user.click(screen.getByRole("button", { name: "Sign out" }));

    expect(await screen.findByRole("heading", { name: "Sign in" })).toBeTruthy();
    await waitFor(() => expect(cachedText()).not.toContain("alice@acme.test"));
  });

  it("keeps the page and says so when the server could not end the session", async () => {
    const { user } = renderSignedIn({
      request: { query: SignOutDocument },
      error: new TypeError("Failed to fetch"),
    });

    await user.click(screen.getByRole("button", { name: "Sign out" }));

    expect(await screen.findByText("Still signed in")).toBeTruthy();
    expect(screen.queryByRole("heading", { name: "Sign in" })).toBeNull();
  });
});
