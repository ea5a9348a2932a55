import type { MockLink } from "@apollo/client/testing";
import { ErrorCode } from "@app/shared";
import { screen, waitFor, within } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";

import { renderWithProviders } from "../../../test/renderWithProviders";
import { RevokeAccessTokenDocument } from "../../gql/graphql";
import { formatDateTime } from "../security/formatDateTime";
import { rejectedWith } from "../security/test-support/securityFixtures";
import { ApiAccessPage } from "./ApiAccessPage";
import { makeAccessToken, tokensAnswer } from "./test-support/accessTokenFixtures";

const reportToken = makeAccessToken();
const backupToken = makeAccessToken({
  id: "0a9b8c7d-6e5f-4a3b-8c1d-2e3f4a5b6c7d",
  name: "Nightly backup",
  lastUsedAt: "2026-03-05T07:15:00.000Z",
  expiresAt: "2026-03-06T07:15:00.000Z",
});

function renderPage(mocks: MockLink.MockedResponse[]) {
  const user = userEvent.setup();
  renderWithProviders(<ApiAccessPage />, { mocks });
  return { user };
}

function revokeAnswer(id: string, answer: Pick<MockLink.MockedResponse, "result">) {
  return { request: { query: RevokeAccessTokenDocument, variables: { id } }, ...answer };
}

describe("The list of access tokens", () => {
  it("says there are no tokens yet when the person has none", async () => {
    renderPage([tokensAnswer([])]);

    expect(await screen.findByText("No tokens yet")).toBeTruthy();
    expect(screen.queryByRole("table")).toBeNull();
  });

  it("shows when each token was last used, or Never, and marks expired ones", async () => {
    renderPage([tokensAnswer([reportToken, backupToken])]);

    const table = await screen.findByRole("table");
    const reportRow = within(table).getByRole("row", { name: /Compliance report/ });
    const backupRow = within(table).getByRole("row", { name: /Nightly backup/ });
    expect(within(reportRow).getByText("Never")).toBeTruthy();
    expect(within(reportRow).queryByText("Expired")).toBeNull();
    expect(within(backupRow).getByText(formatDateTime("2026-03-05T07:15:00.000Z"))).toBeTruthy();
    expect(within(backupRow).getByText("Expired")).toBeTruthy();
  });
});

describe("Revoking an access token", () => {
  it("asks for confirmation first, then revokes and refreshes the list", async () => {
    const revoke = vi.fn(() => ({ data: { revokeAccessToken: true } }));
    const { user } = renderPage([
      tokensAnswer([reportToken, backupToken]),
      revokeAnswer(reportToken.id, { result: revoke }),
      tokensAnswer([backupToken]),
    ]);

    await user.click(await screen.findByRole("button", { name: "Revoke Compliance report" }));

    const dialog = screen.getByRole("dialog", { name: "Revoke this token?" });
    expect(within(dialog).getByText(/“Compliance report” loses access/)).toBeTruthy();
    expect(revoke).not.toHaveBeenCalled();

    await user.click(within(dialog).getByRole("button", { name: "Revoke token" }));

    await waitFor(() => expect(screen.queryByText("Compliance report")).toBeNull());
    expect(revoke).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(screen.getByText(/is revoked\. Requests sent with it are now refused\./)).toBeTruthy();
    expect(screen.getByText("Nightly backup")).toBeTruthy();
  });

  it("leaves the token alone when the person cancels the confirmation", async () => {
    const revoke = vi.fn(() => ({ data: { revokeAccessToken: true } }));
    const { user } = renderPage([
      tokensAnswer([reportToken]),
      revokeAnswer(reportToken.id, { result: revoke }),
    ]);

    await user.click(await screen.findByRole("button", { name: "Revoke Compliance report" }));
    const dialog = screen.getByRole("dialog", { name: "Revoke this token?" });
    await user.click(within(dialog).getByRole("button", { name: "Cancel" }));

    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(revoke).not.toHaveBeenCalled();
    expect(screen.getByRole("row", { name: /Compliance report/ })).toBeTruthy();
  });

  it("keeps the dialog open and says why when the API refuses", async () => {
    const { user } = renderPage([
      tokensAnswer([reportToken]),
      revokeAnswer(reportToken.id, rejectedWith(ErrorCode.FORBIDDEN)),
    ]);

    await user.click(await screen.findByRole("button", { name: "Revoke Compliance report" }));
    const dialog = screen.getByRole("dialog", { name: "Revoke this token?" });
    await user.click(within(dialog).getByRole("button", { name: "Revoke token" }));

    const alert = await within(dialog).findByRole("alert");
    expect(alert.textContent).toBe("Your account may not manage API tokens.");
    expect(screen.getByRole("row", { name: /Compliance report/ })).toBeTruthy();
  });
});
