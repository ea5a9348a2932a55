import type { MockLink } from "@apollo/client/testing";
import { ErrorCode } from "@app/shared";
import { screen, waitFor, within } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";

import { renderWithProviders } from "../../../test/renderWithProviders";
import { UpdateNotificationPreferencesDocument } from "../../gql/graphql";
import { rejectedWith } from "../security/test-support/securityFixtures";
import { NotificationsPage } from "./NotificationsPage";
import {
  makeNotificationSettings,
  makePreferences,
  notificationsAnswer,
  settingsAnswer,
} from "./test-support/notificationFixtures";

function renderPage(mocks: MockLink.MockedResponse[]) {
  const user = userEvent.setup();
  renderWithProviders(<NotificationsPage />, { mocks: [...mocks, notificationsAnswer([])] });
  return { user };
}

function updateAnswer(
  newBrowserSignIn: boolean,
  result: MockLink.MockedResponse["result"],
): MockLink.MockedResponse {
  const variables = { input: { newBrowserSignIn } };
  return { request: { query: UpdateNotificationPreferencesDocument, variables }, result };
}

const newBrowserSwitchName = "Sign-in from a new browser";

describe("NotificationsPage delivery", () => {
  it("shows the address notices go to, without a note when this server sends email", async () => {
    renderPage([settingsAnswer(makeNotificationSettings({ email: "dana@acme.test" }))]);

    expect(await screen.findByText("dana@acme.test")).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Notifications" })).toBeTruthy();
    expect(screen.queryByText(/does not send email yet/)).toBeNull();
  });

  it("says notices are listed here only when this server sends no email", async () => {
    renderPage([settingsAnswer(makeNotificationSettings({ emailDeliveryConfigured: false }))]);

    const note = await screen.findByRole("note");
    expect(note.textContent).toContain(
      "This server does not send email yet, so notices are listed here only.",
    );
  });
});

describe("NotificationsPage choices", () => {
  it("marks mandatory notices always on and offers only new browsers as a choice", async () => {
    renderPage([settingsAnswer(makeNotificationSettings())]);

    const alwaysOn = await screen.findByRole("list", { name: "Always on" });
    const items = within(alwaysOn).getAllByRole("listitem");
    expect(items).toHaveLength(10);
    expect(items.every((item) => item.textContent?.endsWith("Always on"))).toBe(true);
    expect(alwaysOn.textContent).toContain("MFA turned on");
    expect(alwaysOn.textContent).toContain("MFA turned off");
    expect(alwaysOn.textContent).not.toContain(newBrowserSwitchName);
    expect(alwaysOn.textContent).not.toContain("Test email");

    const switches = screen.getAllByRole("switch");
    expect(switches).toHaveLength(1);
    expect(screen.getByRole("switch", { name: newBrowserSwitchName })).toHaveProperty(
      "checked",
      true,
    );
  });

  it("turns new-browser notices off with newBrowserSignIn false and says so", async () => {
    const saved = vi.fn(() => ({
      data: {
        updateNotificationPreferences: makeNotificationSettings({
          preferences: makePreferences({ isNewBrowserSignInEnabled: false }),
        }),
      },
    }));
    const { user } = renderPage([
      settingsAnswer(makeNotificationSettings()),
      updateAnswer(false, saved),
    ]);

    await user.click(await screen.findByRole("switch", { name: newBrowserSwitchName }));

    expect(
      await screen.findByText("Saved. Sign-ins from new browsers no longer send a notice."),
    ).toBeTruthy();
    expect(saved).toHaveBeenCalledTimes(1);
    expect(screen.getByRole("switch", { name: newBrowserSwitchName })).toHaveProperty(
      "checked",
      false,
    );
  });

  it("turns the new-browser notice back on with newBrowserSignIn true", async () => {
    const saved = vi.fn(() => ({
      data: { updateNotificationPreferences: makeNotificationSettings() },
    }));
    const { user } = renderPage([
      settingsAnswer(
        makeNotificationSettings({
          preferences: makePreferences({ isNewBrowserSignInEnabled: false }),
        }),
      ),
      updateAnswer(true, saved),
    ]);

    await user.click(await screen.findByRole("switch", { name: newBrowserSwitchName }));

    expect(
      await screen.findByText(/^Saved\. You will get a notice when a new browser signs in/),
    ).toBeTruthy();
    expect(saved).toHaveBeenCalledTimes(1);
  });

  it("puts the switch back and says the change was not saved when the API refuses", async () => {
    const { user } = renderPage([
      settingsAnswer(makeNotificationSettings()),
      updateAnswer(false, rejectedWith(ErrorCode.UNAUTHENTICATED).result),
    ]);

    await user.click(await screen.findByRole("switch", { name: newBrowserSwitchName }));

    const alert = await screen.findByText("Your change was not saved");
    expect(alert.closest("[role=alert]")?.textContent).toContain("Your session has ended.");
    await waitFor(() =>
      expect(screen.getByRole("switch", { name: newBrowserSwitchName })).toHaveProperty(
        "checked",
        true,
      ),
    );
  });
});
