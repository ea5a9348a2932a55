import type { MockLink } from "@apollo/client/testing";
import { ErrorCode } from "@app/shared";
import { screen, within } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";

import { renderWithProviders } from "../../../test/renderWithProviders";
import { ResetStaffMfaDocument } from "../../gql/graphql";
import { ResetMfaDialog } from "./ResetMfaDialog";
import { makeStaffMember, rejectedWith } from "./testFixtures";

const bob = { id: "user-bob", name: "Bob Brown", email: "bob@acme.test" };
const reason = "Lost phone, confirmed on a video call";

function resetAnswer(result: MockLink.MockedResponse["result"]): MockLink.MockedResponse {
  return {
    request: { query: ResetStaffMfaDocument, variables: { input: { userId: bob.id, reason } } },
    result,
  };
}

function renderDialog(mocks: MockLink.MockedResponse[]) {
  const user = userEvent.setup();
  const onReset = vi.fn();
  renderWithProviders(<ResetMfaDialog member={bob} onClose={vi.fn()} onReset={onReset} />, {
    mocks,
  });
  return {
    user,
    onReset,
    dialog: screen.getByRole("dialog", { name: "Reset MFA for Bob Brown?" }),
  };
}

describe("ResetMfaDialog", () => {
  it("explains what the reset removes", () => {
    const { dialog } = renderDialog([]);

    expect(dialog.textContent).toContain(
      "removes their authenticator app and all their recovery codes",
    );
    expect(dialog.textContent).toContain("forgets every browser they chose to trust");
    expect(dialog.textContent).toContain("signs them out everywhere");
    expect(dialog.textContent).toContain("next sign-in follows the company's MFA policy");
  });

  it("refuses to reset without a reason", async () => {
    const answered = vi.fn(() => ({ data: { resetStaffMfa: makeStaffMember(4) } }));
    const { user, onReset, dialog } = renderDialog([resetAnswer(answered)]);

    await user.type(within(dialog).getByLabelText(/^Reason/), "   ");
    await user.click(within(dialog).getByRole("button", { name: "Reset MFA" }));

    expect(within(dialog).getByText("Give a reason; it is kept in the security log.")).toBeTruthy();
    expect(answered).not.toHaveBeenCalled();
    expect(onReset).not.toHaveBeenCalled();
  });

  it("sends the reason with the reset and reports the person back", async () => {
    const answered = vi.fn(() => ({
      data: {
        resetStaffMfa: makeStaffMember(4, { ...bob, mfaEnabled: false, mfaEnabledAt: null }),
      },
    }));
    const { user, onReset, dialog } = renderDialog([resetAnswer(answered)]);

    await user.type(within(dialog).getByLabelText(/^Reason/), `  ${reason} `);
    await user.click(within(dialog).getByRole("button", { name: "Reset MFA" }));

    await vi.waitFor(() => expect(onReset).toHaveBeenCalledWith(bob));
    expect(answered).toHaveBeenCalledTimes(1);
  });

  it("says so when the person has left the company meanwhile", async () => {
    const { user, onReset, dialog } = renderDialog([
      resetAnswer(rejectedWith(ErrorCode.NOT_FOUND)),
    ]);

    await user.type(within(dialog).getByLabelText(/^Reason/), reason);
    await user.click(within(dialog).getByRole("button", { name: "Reset MFA" }));

    const alert = await within(dialog).findByRole("alert");
    expect(alert.textContent).toBe(
      "This person is no longer in your company. Reload the page to see the latest list.",
    );
    expect(onReset).not.toHaveBeenCalled();
  });
});
