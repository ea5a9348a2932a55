import type { MockLink } from "@apollo/client/testing";
import { ErrorCode } from "@app/shared";
import { screen, within } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";

import { renderWithProviders } from "../../../test/renderWithProviders";
import {
  ReauthenticateDocument,
  StaffWithoutMfaDocument,
  UpdateMfaPolicyDocument,
} from "../../gql/graphql";
import { GeneralSettingsPage } from "./GeneralSettingsPage";
import { namesShownBeforeConfirming } from "./StaffWithoutMfa";
import {
  companySettingsAnswer,
  makeCompanySettings,
  makeStaffConnection,
  makeStaffMember,
  rejectedWith,
} from "./testFixtures";

const optionalPolicy = { required: false, allowSelfServiceDisable: true, gracePeriodDays: 0 };
const enforcedPolicy = { ...optionalPolicy, required: true };

const staffWithoutMfaAnswer: MockLink.MockedResponse = {
  request: { query: StaffWithoutMfaDocument, variables: { first: namesShownBeforeConfirming } },
  result: {
    data: {
      staff: makeStaffConnection(
        [
          makeStaffMember(1, { name: "Bob Brown", email: "bob@acme.test", mfaEnabled: false }),
          makeStaffMember(3, { name: "Amara Okafor", mfaEnabled: false }),
        ],
        { totalCount: 14 },
      ),
    },
  },
};

function updateAnswer(
  input: typeof optionalPolicy,
  result: MockLink.MockedResponse["result"],
): MockLink.MockedResponse {
  return { request: { query: UpdateMfaPolicyDocument, variables: { input } }, result };
}

function savedAnswer(input: typeof optionalPolicy) {
  return vi.fn(() => ({ data: { updateMfaPolicy: makeCompanySettings(input) } }));
}

async function turnEnforcementOnAndSave(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole("switch", { name: "Require MFA for everyone" }));
  await user.click(screen.getByRole("button", { name: "Save" }));
}

describe("GeneralSettingsPage", () => {
  it("shows who has no MFA yet and saves enforcement only after confirming", async () => {
    const user = userEvent.setup();
    const saved = savedAnswer(enforcedPolicy);
    renderWithProviders(<GeneralSettingsPage />, {
      mocks: [
        companySettingsAnswer(optionalPolicy),
        staffWithoutMfaAnswer,
        updateAnswer(enforcedPolicy, saved),
      ],
    });

    await turnEnforcementOnAndSave(user);

    const dialog = await screen.findByRole("dialog", { name: "Require MFA for everyone?" });
    expect(await within(dialog).findByText("14 people do not use MFA yet:")).toBeTruthy();
    const affected = within(dialog).getByRole("list", { name: "People without MFA" });
    expect(affected.textContent).toContain("Bob Brown bob@acme.test");
    expect(affected.textContent).toContain("Amara Okafor staff003@acme.test");
    expect(within(dialog).getByText("and 12 more")).toBeTruthy();
    expect(saved).not.toHaveBeenCalled();

    await user.click(within(dialog).getByRole("button", { name: "Require MFA" }));

    expect(await screen.findByText("Saved. MFA is now required for everyone.")).toBeTruthy();
    expect(saved).toHaveBeenCalledTimes(1);
  });

  it("saves nothing when the administrator cancels the confirmation", async () => {
    const user = userEvent.setup();
    const saved = savedAnswer(enforcedPolicy);
    renderWithProviders(<GeneralSettingsPage />, {
      mocks: [
        companySettingsAnswer(optionalPolicy),
        staffWithoutMfaAnswer,
        updateAnswer(enforcedPolicy, saved),
      ],
    });

    await turnEnforcementOnAndSave(user);
    const dialog = await screen.findByRole("dialog", { name: "Require MFA for everyone?" });
    await user.click(within(dialog).getByRole("button", { name: "Cancel" }));

    expect(screen.queryByRole("dialog")).toBeNull();
    expect(saved).not.toHaveBeenCalled();
  });

  it("tells an administrator without MFA to set it up on their own account first", async () => {
    const user = userEvent.setup();
    renderWithProviders(<GeneralSettingsPage />, {
      mocks: [
        companySettingsAnswer(optionalPolicy),
        staffWithoutMfaAnswer,
        updateAnswer(enforcedPolicy, rejectedWith(ErrorCode.MFA_SETUP_REQUIRED)),
      ],
    });

    await turnEnforcementOnAndSave(user);
    await user.click(await screen.findByRole("button", { name: "Require MFA" }));

    const alert = await screen.findByRole("alert");
    expect(within(alert).getByText("Set up MFA on your own account first")).toBeTruthy();
    const link = within(alert).getByRole("link", { name: "Open Settings › Security" });
    expect(link.getAttribute("href")).toBe("/settings/security");
  });

  it("asks for the password when the sign-in is too old, then saves the same change", async () => {
    const user = userEvent.setup();
    const lockedPolicy = { ...optionalPolicy, allowSelfServiceDisable: false };
    const saved = savedAnswer(lockedPolicy);
    const confirmPassword: MockLink.MockedResponse = {
      request: {
        query: ReauthenticateDocument,
        variables: { input: { password: "demo-password-1" } },
      },
      result: { data: { reauthenticate: true } },
    };
    renderWithProviders(<GeneralSettingsPage />, {
      mocks: [
        companySettingsAnswer(optionalPolicy),
        updateAnswer(lockedPolicy, rejectedWith(ErrorCode.REAUTHENTICATION_REQUIRED)),
        confirmPassword,
        updateAnswer(lockedPolicy, saved),
      ],
    });

    const selfService = "Allow people to turn off their own MFA";
    await user.click(await screen.findByRole("switch", { name: selfService }));
    await user.click(screen.getByRole("button", { name: "Save" }));
    const dialog = await screen.findByRole("dialog", { name: "Confirm your password" });
    await user.type(within(dialog).getByLabelText("Password"), "demo-password-1");
    await user.click(within(dialog).getByRole("button", { name: "Confirm" }));

    expect(await screen.findByText("Saved. MFA is optional for your company.")).toBeTruthy();
    expect(saved).toHaveBeenCalledTimes(1);
  });

  it("keeps self-service disable switched off and explained while MFA is required", async () => {
    renderWithProviders(<GeneralSettingsPage />, {
      mocks: [companySettingsAnswer(enforcedPolicy)],
    });

    const selfService = await screen.findByRole("switch", {
      name: "Allow people to turn off their own MFA",
    });

    expect((selfService as HTMLInputElement).disabled).toBe(true);
    expect((selfService as HTMLInputElement).checked).toBe(false);
    expect(screen.getByText(/^Not available while MFA is required/)).toBeTruthy();
  });
});
