import type { MockLink } from "@apollo/client/testing";
import { ErrorCode } from "@app/shared";
import { screen } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { GraphQLError } from "graphql";
import { Route, Routes } from "react-router";
import { describe, expect, it, vi } from "vitest";

import { renderWithProviders } from "../../../test/renderWithProviders";
import { MfaSetupPageDocument, SignOutDocument } from "../../gql/graphql";
import { MfaSetupPage } from "./MfaSetupPage";

// The real flow talks to the API in three steps and is tested with the security feature; here
// only the hand-over matters.
vi.mock("../security/EnableMfaFlow", () => ({
  EnableMfaFlow: ({ onFinished, onCancel }: { onFinished: () => void; onCancel?: () => void }) => (
    <div>
      <button onClick={onFinished}>Finish the flow</button>
      {onCancel && <button onClick={onCancel}>Cancel the flow</button>}
    </div>
  ),
}));

const carol = {
  __typename: "Viewer",
  id: "user-carol",
  email: "carol@globex.test",
  company: { __typename: "Company", id: "company-globex", name: "Globex" },
};

function setupAnswer(mfaEnabled: boolean, mfaSetupDeadline: string | null) {
  return {
    request: { query: MfaSetupPageDocument },
    result: {
      data: {
        viewer: carol,
        securitySettings: {
          __typename: "SecuritySettings",
          mfaEnabled,
          mfaRequired: true,
          mfaSetupDeadline,
        },
      },
    },
  };
}

const pastDeadline = "2020-01-01T00:00:00Z";

function renderSetup(mocks: MockLink.MockedResponse[]) {
  const user = userEvent.setup();
  renderWithProviders(
    <Routes>
      <Route path="/setup-mfa" element={<MfaSetupPage />} />
      <Route path="/sign-in" element={<h1>Sign in</h1>} />
      <Route path="/settings/profile" element={<h1>Profile settings</h1>} />
    </Routes>,
    {
      mocks,
      initialEntries: [{ pathname: "/setup-mfa", state: { returnTo: "/settings/profile" } }],
    },
  );
  return { user };
}

describe("MfaSetupPage", () => {
  it("explains the company's rule, then lands on the page the person wanted", async () => {
    const { user } = renderSetup([setupAnswer(false, pastDeadline)]);

    await screen.findByRole("heading", { name: "Set up multifactor authentication" });
    expect(screen.getByText(/^Globex requires multifactor authentication \(MFA\)/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Cancel the flow" })).toBeNull();

    await user.click(screen.getByRole("button", { name: "Finish the flow" }));
    expect(await screen.findByRole("heading", { name: "Profile settings" })).toBeTruthy();
  });

  it("lets the person put it off while the grace period runs", async () => {
    const { user } = renderSetup([setupAnswer(false, "2031-03-14T12:00:00Z")]);

    expect(await screen.findByText(/for every user by .*2031\./)).toBeTruthy();

    await user.click(screen.getByRole("button", { name: "Cancel the flow" }));
    expect(await screen.findByRole("heading", { name: "Profile settings" })).toBeTruthy();
  });

  it("goes straight on when MFA is already on", async () => {
    renderSetup([setupAnswer(true, null)]);

    expect(await screen.findByRole("heading", { name: "Profile settings" })).toBeTruthy();
  });

  it("sends a signed-out visitor to sign in", async () => {
    const unauthenticated = new GraphQLError("server wording", {
      extensions: { code: ErrorCode.UNAUTHENTICATED },
    });
    renderSetup([
      { request: { query: MfaSetupPageDocument }, result: { errors: [unauthenticated] } },
    ]);

    expect(await screen.findByRole("heading", { name: "Sign in" })).toBeTruthy();
  });

  it("offers signing out as the only way out", async () => {
    const signOut = { request: { query: SignOutDocument }, result: { data: { signOut: true } } };
    const { user } = renderSetup([setupAnswer(false, pastDeadline), signOut]);

    await user.click(await screen.findByRole("button", { name: "Sign out" }));

    expect(await screen.findByRole("heading", { name: "Sign in" })).toBeTruthy();
  });
});
