import type { MockLink } from "@apollo/client/testing";
import { screen } from "@testing-library/react";
import { Route, Routes, useLocation } from "react-router";
import { describe, expect, it } from "vitest";

import { renderWithProviders } from "../../../test/renderWithProviders";
import { MfaEnforcementNoticeDocument } from "../../gql/graphql";
import { MfaEnforcementNotice } from "./MfaEnforcementNotice";
import { readReturnPath } from "./returnPath";

interface EnforcementFacts {
  mfaEnabled: boolean;
  mfaRequired: boolean;
  mfaSetupDeadline: string | null;
}

function enforcementAnswer(facts: EnforcementFacts): MockLink.MockedResponse {
  return {
    request: { query: MfaEnforcementNoticeDocument },
    result: { data: { securitySettings: { __typename: "SecuritySettings", ...facts } } },
  };
}

function SetupStandIn() {
  const location = useLocation();

  return <h1>MFA set-up, then {readReturnPath(location.state)}</h1>;
}

function renderNotice(facts: EnforcementFacts) {
  renderWithProviders(
    <Routes>
      <Route
        path="/settings/profile"
        element={
          <>
            <MfaEnforcementNotice />
            <h1>Profile settings</h1>
          </>
        }
      />
      <Route path="/setup-mfa" element={<SetupStandIn />} />
    </Routes>,
    { mocks: [enforcementAnswer(facts)], initialEntries: ["/settings/profile"] },
  );
}

describe("MfaEnforcementNotice", () => {
  it("shows the company's deadline while the grace period runs", async () => {
    renderNotice({
      mfaEnabled: false,
      mfaRequired: true,
      mfaSetupDeadline: "2031-03-14T12:00:00Z",
    });

    const banner = await screen.findByRole("status", { name: "MFA required soon" });
    expect(banner.textContent).toMatch(
      /Your company requires MFA by (March 14, 2031|14 March 2031)\./,
    );
    const setUpNow = screen.getByRole("link", { name: "Set up now" });
    expect(setUpNow.getAttribute("href")).toBe("/setup-mfa");
  });

  it("sends the person to set-up once the deadline has passed, remembering the page", async () => {
    renderNotice({
      mfaEnabled: false,
      mfaRequired: true,
      mfaSetupDeadline: "2020-01-01T00:00:00Z",
    });

    const heading = await screen.findByRole("heading", { name: /^MFA set-up/ });
    expect(heading.textContent).toBe("MFA set-up, then /settings/profile");
  });

  it("shows nothing to people who already have MFA", async () => {
    renderNotice({ mfaEnabled: true, mfaRequired: true, mfaSetupDeadline: null });

    await expect(
      screen.findByRole("status", { name: "MFA required soon" }, { timeout: 300 }),
    ).rejects.toThrow();
    expect(screen.getByRole("heading", { name: "Profile settings" })).toBeTruthy();
  });
});
