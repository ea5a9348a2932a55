import type { MockLink } from "@apollo/client/testing";
import { screen } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { Route, Routes } from "react-router";
import { describe, expect, it } from "vitest";

import { renderWithProviders } from "../../../test/renderWithProviders";
import { RecoveryCodeUsedPageDocument } from "../../gql/graphql";
import { RecoveryCodeUsedPage } from "./RecoveryCodeUsedPage";

function remainingAnswer(recoveryCodesRemaining: number): MockLink.MockedResponse {
  return {
    request: { query: RecoveryCodeUsedPageDocument },
    result: {
      data: { securitySettings: { __typename: "SecuritySettings", recoveryCodesRemaining } },
    },
  };
}

function renderNotice(recoveryCodesRemaining: number) {
  const user = userEvent.setup();
  renderWithProviders(
    <Routes>
      <Route path="/sign-in/recovery-code-used" element={<RecoveryCodeUsedPage />} />
      <Route path="/settings/security" element={<h1>Security settings</h1>} />
      <Route path="/settings/profile" element={<h1>Profile settings</h1>} />
    </Routes>,
    {
      mocks: [remainingAnswer(recoveryCodesRemaining)],
      initialEntries: [
        { pathname: "/sign-in/recovery-code-used", state: { returnTo: "/settings/profile" } },
      ],
    },
  );
  return { user };
}

describe("RecoveryCodeUsedPage", () => {
  it("says how many codes remain, then continues to the page the person wanted", async () => {
    const { user } = renderNotice(7);

    const notice = await screen.findByRole("status", { name: "You have 7 recovery codes left" });
    expect(notice.textContent).toMatch(/Keep them somewhere safe/);

    await user.click(screen.getByRole("link", { name: "Continue" }));
    expect(await screen.findByRole("heading", { name: "Profile settings" })).toBeTruthy();
  });

  it("urges regenerating when only a few codes remain", async () => {
    const { user } = renderNotice(2);

    const notice = await screen.findByRole("status", { name: "Only 2 recovery codes left" });
    expect(notice.textContent).toMatch(/Regenerate your recovery codes now/);

    await user.click(screen.getByRole("link", { name: "Regenerate recovery codes" }));
    expect(await screen.findByRole("heading", { name: "Security settings" })).toBeTruthy();
  });

  it("says plainly when the last recovery code is gone", async () => {
    renderNotice(0);

    const notice = await screen.findByRole("status", { name: "You have no recovery codes left" });
    expect(notice.textContent).toMatch(/That was your last one/);
  });
});
