import type { ApolloClient } from "@apollo/client";
import { useApolloClient } from "@apollo/client/react";
import type { MockLink } from "@apollo/client/testing";
import { ErrorCode } from "@app/shared";
import { screen, waitFor } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";

import { renderWithProviders } from "../../../test/renderWithProviders";
import { SecurityPageDocument } from "../../gql/graphql";
import {
  makeEnabledSettings,
  makeTrustedDevice,
  rejectedWith,
  securityPageAnswer,
} from "../security/test-support/securityFixtures";
import { ProfilePage } from "./ProfilePage";
import {
  changedResult,
  changePasswordRequest,
  profilePageAnswer,
} from "./test-support/profileFixtures";

const currentPassword = "old-password-1";
const newPassword = "a new long passphrase";
// Long enough to see the form while it waits, short enough to keep the suite quick.
const answerDelayInMilliseconds = 50;

interface TypedPasswords {
  current?: string;
  next?: string;
  confirmation?: string;
}

function renderPage(mocks: MockLink.MockedResponse[]) {
  const user = userEvent.setup();
  let client: ApolloClient | null = null;
  function ClientProbe() {
    client = useApolloClient();
    return null;
  }

  renderWithProviders(
    <>
      <ProfilePage />
      <ClientProbe />
    </>,
    { mocks },
  );
  function getClient(): ApolloClient {
    if (!client) throw new Error("The page rendered without an Apollo client.");
    return client;
  }

  return { user, getClient };
}

function field(label: string): HTMLInputElement {
  return screen.getByLabelText(label);
}

async function submitPasswords(
  user: ReturnType<typeof userEvent.setup>,
  { current = currentPassword, next = newPassword, confirmation = next }: TypedPasswords = {},
) {
  await screen.findByRole("heading", { name: "Change password" });
  await user.type(field("Current password"), current);
  await user.type(field("New password"), next);
  await user.type(field("Confirm new password"), confirmation);
  await user.click(submitButton());
}

function submitButton(): HTMLElement {
  return screen.getByRole("button", { name: "Change password" });
}

/** Lets any request the form might have started reach the mocked API before asserting. */
function settleRequests(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, answerDelayInMilliseconds));
}

function expectErrorOn(label: string, message: string) {
  const shown = screen.getByText(message);
  expect(field(label).getAttribute("aria-invalid")).toBe("true");
  expect(field(label).getAttribute("aria-describedby")).toContain(shown.id);
}

describe("Changing the password in Settings > Profile", () => {
  it("sends both passwords, then clears the fields and says others were signed out", async () => {
    const change = vi.fn(() => changedResult);
    const { user } = renderPage([
      profilePageAnswer(),
      {
        request: changePasswordRequest(currentPassword, newPassword),
        result: change,
        delay: answerDelayInMilliseconds,
      },
    ]);

    await submitPasswords(user);

    expect(submitButton().hasAttribute("disabled")).toBe(true);
    const notice = await screen.findByRole("status");
    expect(notice.textContent).toMatch(/^Your password has been changed\./);
    expect(notice.textContent).toContain("We signed you out of every other browser");
    expect(change).toHaveBeenCalledTimes(1);
    expect(change).toHaveBeenCalledWith({ input: { currentPassword, newPassword } });
    expect(field("Current password").value).toBe("");
    expect(field("New password").value).toBe("");
    expect(field("Confirm new password").value).toBe("");
    expect(submitButton().hasAttribute("disabled")).toBe(false);
    expect(screen.queryByRole("alert")).toBeNull();
  });

  /** Apollo would otherwise keep the mutation's arguments, both passwords, in its cache. */
  it("never hands the passwords to the Apollo cache", async () => {
    const { user, getClient } = renderPage([
      profilePageAnswer(),
      { request: changePasswordRequest(currentPassword, newPassword), result: changedResult },
    ]);
    await screen.findByRole("heading", { name: "Change password" });
    const cacheWrite = vi.spyOn(getClient().cache, "write");

    await submitPasswords(user);
    await screen.findByText(/^Your password has been changed\./);

    const writtenCalls = cacheWrite.mock.calls.map(([options]) => JSON.stringify(options));
    expect(writtenCalls.some((call) => call.includes(currentPassword))).toBe(false);
    expect(writtenCalls.some((call) => call.includes(newPassword))).toBe(false);
    const cacheContents = JSON.stringify(getClient().cache.extract());
    expect(cacheContents).not.toContain(currentPassword);
    expect(cacheContents).not.toContain(newPassword);
  });

  /** The API forgets every trusted browser, so the Security page must not show cached ones. */
  it("drops the cached Security page once the password has changed", async () => {
    const securitySettings = makeEnabledSettings({ trustedDevices: [makeTrustedDevice()] });
    const { user, getClient } = renderPage([
      profilePageAnswer(),
      securityPageAnswer(securitySettings),
      { request: changePasswordRequest(currentPassword, newPassword), result: changedResult },
    ]);
    await screen.findByRole("heading", { name: "Change password" });
    await getClient().query({ query: SecurityPageDocument });
    expect(getClient().readQuery({ query: SecurityPageDocument })).not.toBeNull();

    await submitPasswords(user);
    await screen.findByRole("status");

    expect(getClient().readQuery({ query: SecurityPageDocument })).toBeNull();
  });

  it("shows a wrong current password under that field and empties it", async () => {
    const { user } = renderPage([
      profilePageAnswer(),
      {
        request: changePasswordRequest(currentPassword, newPassword),
        ...rejectedWith(ErrorCode.INVALID_CREDENTIALS),
      },
    ]);

    await submitPasswords(user);

    await screen.findByText(/^That is not your current password\./);
    expectErrorOn(
      "Current password",
      "That is not your current password. After repeated wrong passwords, your password is " +
        "locked for 15 minutes.",
    );
    expect(field("Current password").value).toBe("");
    expect(document.activeElement).toBe(field("Current password"));
    expect(field("New password").getAttribute("aria-invalid")).toBe("false");
    expect(field("New password").value).toBe(newPassword);
    expect(screen.queryByText(/^Your password has been changed\./)).toBeNull();
  });

  it("refuses a confirmation unlike the new password without calling the API", async () => {
    const change = vi.fn(() => changedResult);
    const { user } = renderPage([
      profilePageAnswer(),
      { request: changePasswordRequest(currentPassword, newPassword), result: change },
    ]);

    await submitPasswords(user, { confirmation: "a new long passphrasf" });

    expectErrorOn("Confirm new password", "This does not match the new password. Enter it again.");
    expect(document.activeElement).toBe(field("Confirm new password"));
    expect(field("New password").getAttribute("aria-invalid")).toBe("false");
    await settleRequests();
    expect(change).not.toHaveBeenCalled();
    expect(screen.queryByText(/^Your password has been changed\./)).toBeNull();
  });

  it("asks for 8 to 128 characters without calling the API when the new one is short", async () => {
    const change = vi.fn(() => changedResult);
    const { user } = renderPage([
      profilePageAnswer(),
      { request: changePasswordRequest(currentPassword, "short"), result: change },
    ]);

    await submitPasswords(user, { next: "short" });

    expectErrorOn("New password", "Choose a password of 8 to 128 characters.");
    await settleRequests();
    expect(change).not.toHaveBeenCalled();
  });

  it("shows the API's refusal of the new password under that field", async () => {
    const { user } = renderPage([
      profilePageAnswer(),
      {
        request: changePasswordRequest(currentPassword, newPassword),
        ...rejectedWith(ErrorCode.BAD_USER_INPUT, { field: "newPassword" }),
      },
    ]);

    await submitPasswords(user);

    await screen.findByText("Choose a password of 8 to 128 characters.");
    expectErrorOn("New password", "Choose a password of 8 to 128 characters.");
    expect(field("New password").value).toBe("");
    expect(field("Confirm new password").value).toBe("");
    expect(field("Current password").getAttribute("aria-invalid")).toBe("false");
    expect(field("Current password").value).toBe(currentPassword);
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("says when to try again after too many attempts, keeping what was typed", async () => {
    const { user } = renderPage([
      profilePageAnswer(),
      {
        request: changePasswordRequest(currentPassword, newPassword),
        ...rejectedWith(ErrorCode.TOO_MANY_ATTEMPTS, { retryAfterSeconds: 540 }),
      },
    ]);

    await submitPasswords(user);

    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toBe("Too many attempts. For your security, try again in 9 minutes.");
    await waitFor(() => expect(field("New password").value).toBe(newPassword));
    expect(field("Current password").value).toBe(currentPassword);
  });
});
