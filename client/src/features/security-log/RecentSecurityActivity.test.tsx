import type { MockLink } from "@apollo/client/testing";
import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { renderWithProviders } from "../../../test/renderWithProviders";
import { RecentSecurityActivityDocument } from "../../gql/graphql";
import { RecentSecurityActivity } from "./RecentSecurityActivity";

function recentAnswer(
  nodes: Array<{ id: string; type: string; actorName: string | null }>,
): MockLink.MockedResponse {
  return {
    request: { query: RecentSecurityActivityDocument, variables: { first: 5 } },
    result: {
      data: {
        securityEvents: {
          __typename: "SecurityEventConnection",
          edges: nodes.map(({ id, type, actorName }) => ({
            __typename: "SecurityEventEdge",
            node: {
              __typename: "SecurityEvent",
              id,
              type,
              occurredAt: "2026-02-03T10:15:00Z",
              actor: actorName && { __typename: "StaffMember", id: `actor-${id}`, name: actorName },
              ipAddress: "203.0.113.7",
            },
          })),
        },
      },
    },
  };
}

describe("RecentSecurityActivity", () => {
  it("lists the latest events in words, with who acted and from where", async () => {
    renderWithProviders(<RecentSecurityActivity />, {
      mocks: [
        recentAnswer([
          { id: "1", type: "MFA_RESET_BY_ADMIN", actorName: "Ada Admin" },
          { id: "2", type: "SIGN_IN_SUCCEEDED", actorName: null },
        ]),
      ],
    });

    const section = await screen.findByRole("region", { name: "Recent security activity" });
    const items = await within(section).findAllByRole("listitem");
    expect(items).toHaveLength(2);
    expect(items[0]?.textContent).toContain("MFA reset by administrator");
    expect(items[0]?.textContent).toContain("by Ada Admin · from 203.0.113.7");
    expect(items[1]?.textContent).toContain("Signed in");
  });

  it("says so when nothing has happened yet", async () => {
    renderWithProviders(<RecentSecurityActivity />, { mocks: [recentAnswer([])] });

    expect(await screen.findByText("Nothing has happened yet.")).toBeTruthy();
  });
});
