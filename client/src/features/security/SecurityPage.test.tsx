import type { MockLink } from "@apollo/client/testing";
import { screen, waitFor, within } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { renderWithProviders } from "../../../test/renderWithProviders";
import { RevokeTrustedDeviceDocument } from "../../gql/graphql";
import { formatDateTime } from "./formatDateTime";
import { SecurityPage } from "./SecurityPage";
import {
  enabledAt,
  makeEnabledSettings,
  makeSecuritySettings,
  makeTrustedDevice,
  securityPageAnswer,
} from "./test-support/securityFixtures";

function renderPage(mocks: MockLink.MockedResponse[]) {
  const user = userEvent.setup();
  renderWithProviders(<SecurityPage />, { mocks });
  return { user };
}

const lowCodesWarning = /^Only \d+ recovery codes? left$/;

describe("SecurityPage status", () => {
  it("shows MFA off with only Enable MFA and no trusted browsers", async () => {
    renderPage([securityPageAnswer(makeSecuritySettings())]);

    expect(await screen.findByText("MFA off")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Enable MFA" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Disable MFA" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Regenerate recovery codes" })).toBeNull();
    expect(screen.queryByRole("heading", { name: "Trusted browsers" })).toBeNull();
  });

  it("shows MFA enabled since when, with 10 recovery codes left and no warning", async () => {
    renderPage([securityPageAnswer(makeEnabledSettings())]);

    expect(await screen.findByText("MFA enabled")).toBeTruthy();
    expect(screen.getByText(`On since ${formatDateTime(enabledAt)}`)).toBeTruthy();
    expect(screen.getByText("10 recovery codes left")).toBeTruthy();
    expect(screen.queryByText(lowCodesWarning)).toBeNull();
    expect(screen.getByRole("button", { name: "Disable MFA" }).hasAttribute("disabled")).toBe(
      false,
    );
  });

  it("warns when only 2 recovery codes are left", async () => {
    renderPage([securityPageAnswer(makeEnabledSettings({ recoveryCodesRemaining: 2 }))]);

    expect(await screen.findByText("Only 2 recovery codes left")).toBeTruthy();
    expect(screen.getByText("2 recovery codes left")).toBeTruthy();
  });

  it("keeps Disable MFA visible but disabled, saying the company requires MFA", async () => {
    const settings = makeEnabledSettings({ mfaRequired: true, canDisableMfa: false });
    renderPage([securityPageAnswer(settings)]);

    const disable = await screen.findByRole("button", { name: "Disable MFA" });
    expect(disable.hasAttribute("disabled")).toBe(true);
    const reasonId = disable.getAttribute("aria-describedby") ?? "";
    expect(document.getElementById(reasonId)?.textContent).toBe("Your company requires MFA");
  });

  it("says the company does not allow turning MFA off when self-service is off", async () => {
    const settings = makeEnabledSettings({ mfaRequired: false, canDisableMfa: false });
    renderPage([securityPageAnswer(settings)]);

    const disable = await screen.findByRole("button", { name: "Disable MFA" });
    expect(disable.hasAttribute("disabled")).toBe(true);
    expect(screen.getByText("Your company does not allow turning MFA off")).toBeTruthy();
  });
});

describe("SecurityPage trusted browsers", () => {
  const thisBrowser = makeTrustedDevice({
    id: "device-this",
    label: "Chrome on Linux",
    current: true,
  });
  const otherBrowser = makeTrustedDevice({ id: "device-other", label: "Safari on macOS" });

  it("lists each trusted browser and marks this one", async () => {
    renderPage([
      securityPageAnswer(makeEnabledSettings({ trustedDevices: [thisBrowser, otherBrowser] })),
    ]);

    const table = await screen.findByRole("table");
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows).toHaveLength(2);
    expect(within(rows[0] as HTMLElement).getByText("This browser")).toBeTruthy();
    expect(within(rows[0] as HTMLElement).getByText("Chrome on Linux")).toBeTruthy();
    expect(within(rows[1] as HTMLElement).queryByText("This browser")).toBeNull();
    expect(screen.getByRole("button", { name: "Revoke all" })).toBeTruthy();
  });

  it("removes a revoked browser from the table using the settings the API returns", async () => {
    const revoke: MockLink.MockedResponse = {
      request: { query: RevokeTrustedDeviceDocument, variables: { id: "device-other" } },
      result: {
        data: { revokeTrustedDevice: makeEnabledSettings({ trustedDevices: [thisBrowser] }) },
      },
    };
    const { user } = renderPage([
      securityPageAnswer(makeEnabledSettings({ trustedDevices: [thisBrowser, otherBrowser] })),
      revoke,
    ]);

    await user.click(await screen.findByRole("button", { name: "Revoke Safari on macOS" }));

    await waitFor(() => expect(screen.queryByText("Safari on macOS")).toBeNull());
    expect(screen.getByText("Chrome on Linux")).toBeTruthy();
  });

  it("explains how a browser becomes trusted when there are none", async () => {
    renderPage([securityPageAnswer(makeEnabledSettings())]);

    expect(await screen.findByText(/Trust this device for 30 days/)).toBeTruthy();
    expect(screen.queryByRole("table")).toBeNull();
  });
});
