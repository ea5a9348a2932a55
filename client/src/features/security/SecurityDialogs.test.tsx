import type { MockLink } from "@apollo/client/testing";
import { ErrorCode } from "@app/shared";
import { screen, waitFor, within } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";

import { renderWithProviders } from "../../../test/renderWithProviders";
import {
  DisableMfaDocument,
  ReauthenticateDocument,
  RegenerateRecoveryCodesDocument,
  RevokeAllTrustedDevicesDocument,
} from "../../gql/graphql";
import { SecurityPage } from "./SecurityPage";
import {
  makeEnabledSettings,
  makeRecoveryCodes,
  makeSecuritySettings,
  makeTrustedDevice,
  rejectedWith,
  securityPageAnswer,
} from "./test-support/securityFixtures";

const codeFieldLabel = "Authenticator code or recovery code";

function renderPage(mocks: MockLink.MockedResponse[]) {
  const user = userEvent.setup();
  renderWithProviders(<SecurityPage />, { mocks });
  return { user };
}

function confirmCodeAnswer(
  query: typeof RegenerateRecoveryCodesDocument | typeof DisableMfaDocument,
  code: string,
  answer: Pick<MockLink.MockedResponse, "result">,
): MockLink.MockedResponse {
  return { request: { query, variables: { input: { code } } }, ...answer };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("Regenerate recovery codes", () => {
  it("shows the new codes after a recovery code and updates the count once saved", async () => {
    const newCodes = makeRecoveryCodes("newc");
    const regenerated = {
      data: {
        regenerateRecoveryCodes: {
          __typename: "RecoveryCodesPayload",
          recoveryCodes: newCodes,
          securitySettings: makeEnabledSettings({ recoveryCodesRemaining: 10 }),
        },
      },
    };
    const { user } = renderPage([
      securityPageAnswer(makeEnabledSettings({ recoveryCodesRemaining: 2 })),
      confirmCodeAnswer(RegenerateRecoveryCodesDocument, "abcde-fghij", { result: regenerated }),
    ]);
    // happy-dom has no window.print.
    const print = vi.fn();
    vi.stubGlobal("print", print);

    await user.click(await screen.findByRole("button", { name: "Regenerate recovery codes" }));
    const dialog = screen.getByRole("dialog", { name: "Regenerate recovery codes" });
    await user.type(within(dialog).getByLabelText(codeFieldLabel), "abcde-fghij");
    await user.click(within(dialog).getByRole("button", { name: "Regenerate codes" }));

    const saveDialog = await screen.findByRole("dialog", { name: "Save your new recovery codes" });
    const codeList = within(saveDialog).getByRole("list", { name: "Recovery codes" });
    expect(within(codeList).getAllByRole("listitem")).toHaveLength(10);
    const done = within(saveDialog).getByRole("button", { name: "Done" });
    await user.click(within(saveDialog).getByRole("button", { name: "Print" }));
    expect(print).toHaveBeenCalledTimes(1);
    expect(done.hasAttribute("disabled")).toBe(true);
    await user.click(
      within(saveDialog).getByRole("checkbox", { name: "I have saved these codes" }),
    );
    await user.click(done);

    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(screen.getByText("10 recovery codes left")).toBeTruthy();
    expect(screen.queryByText("Only 2 recovery codes left")).toBeNull();
  });
});

describe("Disable MFA", () => {
  it("keeps the dialog open with a clear message when the code is wrong", async () => {
    const { user } = renderPage([
      securityPageAnswer(makeEnabledSettings()),
      confirmCodeAnswer(DisableMfaDocument, "111111", rejectedWith(ErrorCode.INVALID_CODE)),
    ]);

    await user.click(await screen.findByRole("button", { name: "Disable MFA" }));
    const dialog = screen.getByRole("dialog", { name: "Disable MFA" });
    await user.type(within(dialog).getByLabelText(codeFieldLabel), "111111");
    await user.click(within(dialog).getByRole("button", { name: "Disable MFA" }));

    const alert = await within(dialog).findByRole("alert");
    expect(alert.textContent).toMatch(/^That code did not work\./);
    expect(screen.getByText("MFA enabled")).toBeTruthy();
  });

  it("turns MFA off with a valid code and shows the page without it", async () => {
    const disabled = { data: { disableMfa: makeSecuritySettings() } };
    const { user } = renderPage([
      securityPageAnswer(makeEnabledSettings()),
      confirmCodeAnswer(DisableMfaDocument, "123456", { result: disabled }),
    ]);

    await user.click(await screen.findByRole("button", { name: "Disable MFA" }));
    const dialog = screen.getByRole("dialog", { name: "Disable MFA" });
    await user.type(within(dialog).getByLabelText(codeFieldLabel), "123456");
    await user.click(within(dialog).getByRole("button", { name: "Disable MFA" }));

    expect(await screen.findByText("MFA off")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Enable MFA" })).toBeTruthy();
    expect(screen.getByText(/^MFA is off\./)).toBeTruthy();
    await waitFor(() =>
      expect(document.activeElement).toBe(
        screen.getByRole("heading", { name: "Multifactor authentication" }),
      ),
    );
  });
});

describe("Revoke all trusted browsers", () => {
  it("asks for the password when the API wants a recent sign-in, then retries", async () => {
    const revokeAll = vi.fn(() => ({
      data: { revokeAllTrustedDevices: makeEnabledSettings() },
    }));
    const { user } = renderPage([
      securityPageAnswer(makeEnabledSettings({ trustedDevices: [makeTrustedDevice()] })),
      {
        request: { query: RevokeAllTrustedDevicesDocument },
        ...rejectedWith(ErrorCode.REAUTHENTICATION_REQUIRED),
      },
      {
        request: { query: ReauthenticateDocument, variables: { input: { password: "pw-123456" } } },
        result: { data: { reauthenticate: true } },
      },
      { request: { query: RevokeAllTrustedDevicesDocument }, result: revokeAll },
    ]);

    await user.click(await screen.findByRole("button", { name: "Revoke all" }));
    const confirmation = screen.getByRole("dialog", { name: "Revoke all trusted browsers?" });
    await user.click(within(confirmation).getByRole("button", { name: "Revoke all" }));
    const passwordDialog = await screen.findByRole("dialog", { name: "Confirm your password" });
    await user.type(within(passwordDialog).getByLabelText("Password"), "pw-123456");
    await user.click(within(passwordDialog).getByRole("button", { name: "Confirm" }));

    expect(await screen.findByText(/No browsers are trusted\./)).toBeTruthy();
    expect(revokeAll).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
  });
});
