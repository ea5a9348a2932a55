import type { MockLink } from "@apollo/client/testing";
import { ErrorCode } from "@app/shared";
import { screen } from "@testing-library/react";
import { Route, Routes } from "react-router";
import { describe, expect, it } from "vitest";

import { renderWithProviders } from "../../../test/renderWithProviders";
import { CompanySettingsDocument, SiteSettingsCompanyPageDocument } from "../../gql/graphql";
import { SiteSettingsRoutes } from "./SiteSettingsRoutes";
import { companySettingsAnswer, rejectedWith } from "./testFixtures";

function viewerAnswer(role: "ADMIN" | "MEMBER"): MockLink.MockedResponse {
  return {
    request: { query: SiteSettingsCompanyPageDocument },
    result: {
      data: {
        viewer: {
          __typename: "Viewer",
          id: "user-1",
          role,
          company: { __typename: "Company", id: "company-acme", name: "Acme Corp" },
        },
      },
    },
  };
}

function renderAt(path: string, mocks: MockLink.MockedResponse[]) {
  renderWithProviders(
    <Routes>
      <Route path="/site-settings/*" element={<SiteSettingsRoutes />} />
    </Routes>,
    { mocks, initialEntries: [path] },
  );
}

const optionalPolicy = { required: false, allowSelfServiceDisable: true, gracePeriodDays: 0 };

describe("SiteSettingsRoutes", () => {
  it("opens General Settings by default, marked as the current section", async () => {
    renderAt("/site-settings", [viewerAnswer("ADMIN"), companySettingsAnswer(optionalPolicy)]);

    expect(
      await screen.findByRole("heading", { name: "Multifactor authentication (MFA)" }),
    ).toBeTruthy();
    const sections = screen.getByRole("navigation", { name: "Company settings" });
    const current = sections.querySelector('[aria-current="page"]');
    expect(current?.textContent).toBe("General Settings");
    expect(screen.getByRole("link", { name: "Staff" }).getAttribute("href")).toBe(
      "/site-settings/company/staff",
    );
  });

  it("opens General Settings from the user menu's address, /site-settings/company", async () => {
    renderAt("/site-settings/company", [
      viewerAnswer("ADMIN"),
      companySettingsAnswer(optionalPolicy),
    ]);

    expect(
      await screen.findByRole("heading", { name: "Multifactor authentication (MFA)" }),
    ).toBeTruthy();
  });

  it("tells a member that only administrators can open Site Settings", async () => {
    renderAt("/site-settings/company/staff", [viewerAnswer("MEMBER")]);

    expect(await screen.findByText("Only administrators can open Site Settings")).toBeTruthy();
    expect(screen.queryByRole("navigation", { name: "Company settings" })).toBeNull();
  });

  it("shows the same message when the API refuses the company's settings", async () => {
    const refused: MockLink.MockedResponse = {
      request: { query: CompanySettingsDocument },
      result: rejectedWith(ErrorCode.FORBIDDEN),
    };
    renderAt("/site-settings/company/general", [viewerAnswer("ADMIN"), refused]);

    expect(await screen.findByText("Only administrators can open Site Settings")).toBeTruthy();
  });
});
