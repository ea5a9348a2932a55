import { useApolloClient } from "@apollo/client/react";
import type { ApolloClient } from "@apollo/client";
import type { MockLink } from "@apollo/client/testing";
import { ErrorCode } from "@app/shared";
import { screen, waitFor, within } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";

import { renderWithProviders } from "../../../test/renderWithProviders";
import { ReauthenticateDocument } from "../../gql/graphql";
import { rejectedWith } from "../security/test-support/securityFixtures";
import { ApiAccessPage } from "./ApiAccessPage";
import {
  createdResult,
  createRequest,
  makeAccessToken,
  newTokenSecret,
  tokensAnswer,
} from "./test-support/accessTokenFixtures";

const tokenFieldLabel = "Token for “Compliance report”";

function renderPage(mocks: MockLink.MockedResponse[]) {
  const user = userEvent.setup();
  let client: ApolloClient | null = null;
  function ClientProbe() {
    client = useApolloClient();
    return null;
  }

  renderWithProviders(
    <>
      <ApiAccessPage />
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

async function submitName(user: ReturnType<typeof userEvent.setup>, name: string) {
  await screen.findByRole("heading", { name: "Your tokens" });
  if (name !== "") await user.type(screen.getByLabelText("Name"), name);
  await user.click(screen.getByRole("button", { name: "Create token" }));
}

describe("Creating an access token", () => {
  it("shows the new token once, then refreshes the list with it", async () => {
    const created = makeAccessToken();
    const { user } = renderPage([
      tokensAnswer([]),
      { request: createRequest("Compliance report", 30), result: createdResult(created) },
      tokensAnswer([created]),
    ]);

    await submitName(user, "  Compliance report ");

    const tokenField = await screen.findByLabelText(tokenFieldLabel);
    expect((tokenField as HTMLInputElement).value).toBe(newTokenSecret);
    expect(screen.getByText("You will not see this token again")).toBeTruthy();
    const table = await screen.findByRole("table");
    const row = within(table).getByRole("row", { name: /Compliance report/ });
    expect(within(row).getByText("Never")).toBeTruthy();
    expect(within(row).getByText("New")).toBeTruthy();

    await user.click(screen.getByRole("button", { name: "Done" }));

    expect(screen.queryByLabelText(tokenFieldLabel)).toBeNull();
    expect(document.body.innerHTML).not.toContain(newTokenSecret);
    expect(within(table).queryByText("New")).toBeNull();
    expect(screen.getByRole("button", { name: "Create token" })).toBeTruthy();
  });

  /** The secret must never reach the Apollo cache, where it would outlive the panel. */
  it("never hands the secret to the Apollo cache", async () => {
    const created = makeAccessToken();
    const { user, getClient } = renderPage([
      tokensAnswer([]),
      { request: createRequest("Compliance report", 30), result: createdResult(created) },
      tokensAnswer([created]),
    ]);
    await screen.findByRole("heading", { name: "Your tokens" });
    const cacheWrite = vi.spyOn(getClient().cache, "write");

    await submitName(user, "Compliance report");
    await screen.findByLabelText(tokenFieldLabel);
    await screen.findByRole("table");

    const writtenResults = cacheWrite.mock.calls.map(([options]) => JSON.stringify(options.result));
    expect(writtenResults.some((result) => result.includes("Compliance report"))).toBe(true);
    expect(writtenResults.some((result) => result.includes(newTokenSecret))).toBe(false);
    expect(JSON.stringify(getClient().cache.extract())).not.toContain(newTokenSecret);
  });

  it("asks for a name without calling the API when the name is blank", async () => {
    const create = vi.fn(() => createdResult(makeAccessToken()));
    const { user } = renderPage([
      tokensAnswer([]),
      { request: createRequest("", 30), result: create },
    ]);

    await submitName(user, "   ");

    const nameField = screen.getByLabelText("Name");
    expect(nameField.getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByText("Give the token a name, such as what will use it.")).toBeTruthy();
    expect(create).not.toHaveBeenCalled();
  });

  it("shows the API's rejection of the name under the name field", async () => {
    const { user } = renderPage([
      tokensAnswer([]),
      {
        request: createRequest("Report", 30),
        ...rejectedWith(ErrorCode.BAD_USER_INPUT, { field: "name" }),
      },
    ]);

    await submitName(user, "Report");

    const message = await screen.findByText("Give the token a name of up to 100 characters.");
    const nameField = screen.getByLabelText("Name");
    expect(nameField.getAttribute("aria-describedby")).toContain(message.id);
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("asks for the password when a recent sign-in is needed, then creates the token", async () => {
    const created = makeAccessToken();
    const create = vi.fn(() => createdResult(created));
    const { user } = renderPage([
      tokensAnswer([]),
      {
        request: createRequest("Compliance report", 30),
        ...rejectedWith(ErrorCode.REAUTHENTICATION_REQUIRED),
      },
      {
        request: { query: ReauthenticateDocument, variables: { input: { password: "pw-123456" } } },
        result: { data: { reauthenticate: true } },
      },
      { request: createRequest("Compliance report", 30), result: create },
      tokensAnswer([created]),
    ]);

    await submitName(user, "Compliance report");
    const passwordDialog = await screen.findByRole("dialog", { name: "Confirm your password" });
    expect(create).not.toHaveBeenCalled();
    await user.type(within(passwordDialog).getByLabelText("Password"), "pw-123456");
    await user.click(within(passwordDialog).getByRole("button", { name: "Confirm" }));

    const tokenField = await screen.findByLabelText(tokenFieldLabel);
    expect((tokenField as HTMLInputElement).value).toBe(newTokenSecret);
    expect(create).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
  });

  it("says the password is needed when the person cancels the password dialog", async () => {
    const { user } = renderPage([
      tokensAnswer([]),
      {
        request: createRequest("Compliance report", 30),
        ...rejectedWith(ErrorCode.REAUTHENTICATION_REQUIRED),
      },
    ]);

    await submitName(user, "Compliance report");
    const passwordDialog = await screen.findByRole("dialog", { name: "Confirm your password" });
    await user.click(within(passwordDialog).getByRole("button", { name: "Cancel" }));

    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toBe("Confirm your password to create the token.");
    expect(screen.queryByLabelText(tokenFieldLabel)).toBeNull();
  });
});
