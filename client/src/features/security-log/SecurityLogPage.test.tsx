import type { MockLink } from "@apollo/client/testing";
import { screen, within } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { renderWithProviders } from "../../../test/renderWithProviders";
import {
  SecurityLogPageDocument,
  SecurityLogPeopleDocument,
  type SecurityEventType,
} from "../../gql/graphql";
import { SecurityLogPage } from "./SecurityLogPage";

const ada = {
  __typename: "StaffMember",
  id: "user-ada",
  name: "Ada Admin",
  email: "admin@acme.test",
};
const bob = {
  __typename: "StaffMember",
  id: "user-bob",
  name: "Bob Brown",
  email: "bob@acme.test",
};

function makeEvent(id: string, type: SecurityEventType, reason: string | null = null) {
  return {
    __typename: "SecurityEvent",
    id,
    type,
    occurredAt: "2026-02-03T10:15:00Z",
    actor: ada,
    subject: type === "MFA_RESET_BY_ADMIN" ? bob : ada,
    reason,
    ipAddress: "203.0.113.7",
  };
}

function logAnswer(events: ReturnType<typeof makeEvent>[]) {
  return {
    securityEvents: {
      __typename: "SecurityEventConnection",
      totalCount: events.length,
      edges: events.map((node) => ({ __typename: "SecurityEventEdge", cursor: node.id, node })),
      pageInfo: { __typename: "PageInfo", hasNextPage: false, endCursor: null },
    },
  };
}

const peopleAnswer: MockLink.MockedResponse = {
  request: { query: SecurityLogPeopleDocument, variables: () => true },
  result: { data: { staff: { __typename: "StaffConnection", edges: [] } } },
  maxUsageCount: 10,
};

describe("SecurityLogPage", () => {
  it("lists events in words with who acted, who was affected and why", async () => {
    const reset = makeEvent("event-1", "MFA_RESET_BY_ADMIN", "Lost phone");
    renderWithProviders(<SecurityLogPage />, {
      mocks: [
        {
          request: { query: SecurityLogPageDocument, variables: () => true },
          result: { data: logAnswer([reset, makeEvent("event-2", "SIGN_IN_SUCCEEDED")]) },
        },
        peopleAnswer,
      ],
    });

    const table = await screen.findByRole("table");
    const resetRow = within(table).getByText("MFA reset by administrator").closest("tr");
    if (!resetRow) throw new Error("The reset is not in a table row.");
    expect(within(resetRow).getByText("Ada Admin")).toBeTruthy();
    expect(within(resetRow).getByText("Bob Brown")).toBeTruthy();
    expect(within(resetRow).getByText("Lost phone")).toBeTruthy();
    expect(within(resetRow).getByText("203.0.113.7")).toBeTruthy();
    expect(within(table).getByText("Signed in")).toBeTruthy();
    expect(screen.getByText("Showing 1–2 of 2")).toBeTruthy();
  });

  it("asks the API for only the chosen kinds of event", async () => {
    const user = userEvent.setup();
    const everything: MockLink.MockedResponse = {
      request: {
        query: SecurityLogPageDocument,
        variables: { first: 25, after: null, filter: {} },
      },
      result: { data: logAnswer([makeEvent("event-2", "SIGN_IN_SUCCEEDED")]) },
    };
    const onlyResets: MockLink.MockedResponse = {
      request: {
        query: SecurityLogPageDocument,
        variables: { first: 25, after: null, filter: { types: ["MFA_RESET_BY_ADMIN"] } },
      },
      result: { data: logAnswer([makeEvent("event-1", "MFA_RESET_BY_ADMIN", "Lost phone")]) },
    };
    renderWithProviders(<SecurityLogPage />, { mocks: [everything, onlyResets, peopleAnswer] });
    const table = await screen.findByRole("table");
    await within(table).findByText("Signed in");

    await user.click(screen.getByRole("combobox", { name: "Event types" }));
    await user.click(screen.getByRole("option", { name: "MFA reset by administrator" }));

    expect(await within(table).findByText("Lost phone")).toBeTruthy();
    expect(within(table).queryByText("Signed in")).toBeNull();
  });
});
