import type { MockLink } from "@apollo/client/testing";
import { screen } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { renderWithProviders } from "../../test/renderWithProviders";
import {
  MfaEnforcementNoticeDocument,
  ProfilePageDocument,
  SignedInLayoutDocument,
  SignInDocument,
  SignOutDocument,
  SiteSettingsCompanyPageDocument,
} from "../gql/graphql";
import { AppRoutes } from "./AppRoutes";

const alice = {
  __typename: "Viewer",
  id: "user-alice",
  name: "Alice Anders",
  email: "alice@acme.test",
  role: "MEMBER" as string,
  company: { __typename: "Company", id: "company-acme", name: "Acme Corp" },
};

const ada = {
  ...alice,
  id: "user-ada",
  name: "Ada Admin",
  email: "admin@acme.test",
  role: "ADMIN",
};

const layoutAnswers = (viewer: typeof alice | null): MockLink.MockedResponse => ({
  request: { query: SignedInLayoutDocument },
  result: { data: { viewer } },
});

const noMfaRuleAnswer: MockLink.MockedResponse = {
  request: { query: MfaEnforcementNoticeDocument },
  result: {
    data: {
      securitySettings: {
        __typename: "SecuritySettings",
        mfaEnabled: false,
        mfaRequired: false,
        mfaSetupDeadline: null,
      },
    },
  },
};

const profileAnswer: MockLink.MockedResponse = {
  request: { query: ProfilePageDocument },
  result: { data: { viewer: alice } },
};

describe("AppRoutes", () => {
  it("sends a signed-out visitor to sign in, then back to the page they asked for", async () => {
    const user = userEvent.setup();
    const signIn: MockLink.MockedResponse = {
      request: { query: SignInDocument, variables: () => true },
      result: { data: { signIn: { __typename: "SignInPayload", status: "SIGNED_IN" } } },
    };
    const companyAnswer: MockLink.MockedResponse = {
      request: { query: SiteSettingsCompanyPageDocument },
      result: { data: { viewer: ada } },
    };
    renderWithProviders(<AppRoutes />, {
      mocks: [layoutAnswers(null), signIn, layoutAnswers(ada), noMfaRuleAnswer, companyAnswer],
      initialEntries: ["/site-settings/company"],
    });

    await user.type(await screen.findByLabelText("Email"), ada.email);
    await user.type(screen.getByLabelText("Password"), "demo-password-1");
    await user.click(screen.getByRole("button", { name: "Sign in" }));

    // Site Settings is a lazy chunk, which Vitest transforms on first import: allow it time.
    const lazyChunkTimeoutInMilliseconds = 5000;
    expect(
      await screen.findByRole(
        "heading",
        { name: "Company" },
        { timeout: lazyChunkTimeoutInMilliseconds },
      ),
    ).toBeTruthy();
    expect(screen.getByText("Acme Corp")).toBeTruthy();
  });

  it("signs out through the user menu and returns to the sign-in page", async () => {
    const user = userEvent.setup();
    const signOut: MockLink.MockedResponse = {
      request: { query: SignOutDocument },
      result: { data: { signOut: true } },
    };
    renderWithProviders(<AppRoutes />, {
      mocks: [layoutAnswers(alice), noMfaRuleAnswer, profileAnswer, signOut, layoutAnswers(null)],
      initialEntries: ["/settings/profile"],
    });

    await user.click(await screen.findByRole("button", { name: "Alice Anders" }));
    await user.click(screen.getByRole("menuitem", { name: "Sign out" }));

    expect(await screen.findByRole("heading", { name: "Sign in" })).toBeTruthy();
  });

  it("keeps a signed-in person on the page when the sign-out request fails", async () => {
    const user = userEvent.setup();
    const signOut: MockLink.MockedResponse = {
      request: { query: SignOutDocument },
      error: new TypeError("Failed to fetch"),
    };
    renderWithProviders(<AppRoutes />, {
      mocks: [layoutAnswers(alice), noMfaRuleAnswer, profileAnswer, signOut],
      initialEntries: ["/settings/profile"],
    });

    await user.click(await screen.findByRole("button", { name: "Alice Anders" }));
    await user.click(screen.getByRole("menuitem", { name: "Sign out" }));

    expect(await screen.findByText("You are still signed in")).toBeTruthy();
    await expect(
      screen.findByRole("heading", { name: "Sign in" }, { timeout: 300 }),
    ).rejects.toThrow();
    expect(screen.getByText("Acme Corp")).toBeTruthy();
  });
});
