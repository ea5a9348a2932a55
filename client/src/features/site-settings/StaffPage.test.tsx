import type { MockLink } from "@apollo/client/testing";
import { screen, within } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { renderWithProviders } from "../../../test/renderWithProviders";
import { StaffPageDocument, type StaffPageQueryVariables } from "../../gql/graphql";
import { StaffPage } from "./StaffPage";
import { companySettingsAnswer, makeStaffConnection, makeStaffMember } from "./testFixtures";
import { staffPageSize } from "./useStaffList";

const policy = { required: false, allowSelfServiceDisable: true, gracePeriodDays: 0 };

function pageOfStaff(firstNumber: number, count: number) {
  return Array.from({ length: count }, (_, index) => makeStaffMember(firstNumber + index));
}

/** Reading rows by text is much faster in happy-dom than computing every row's accessible name. */
function rowOf(name: string): HTMLElement {
  const row = screen.getByText(name).closest("tr");
  if (!row) throw new Error(`${name} is not in a table row.`);
  return row;
}

function staffAnswer(
  variables: StaffPageQueryVariables,
  connection: ReturnType<typeof makeStaffConnection>,
): MockLink.MockedResponse {
  return {
    request: { query: StaffPageDocument, variables },
    result: { data: { staff: connection } },
  };
}

describe("StaffPage", () => {
  it("shows each person's MFA status and where the page sits in the whole list", async () => {
    const user = userEvent.setup();
    const firstPage = makeStaffConnection(pageOfStaff(1, staffPageSize), {
      totalCount: 77,
      hasNextPage: true,
      endCursor: "after-25",
    });
    const secondPage = makeStaffConnection(pageOfStaff(26, staffPageSize), {
      totalCount: 77,
      hasNextPage: true,
      endCursor: "after-50",
    });
    renderWithProviders(<StaffPage />, {
      mocks: [
        companySettingsAnswer(policy, { staffCount: 530, mfaEnabledCount: 412 }),
        staffAnswer({ first: staffPageSize, after: null, filter: {} }, firstPage),
        staffAnswer({ first: staffPageSize, after: "after-25", filter: {} }, secondPage),
      ],
    });

    expect(await screen.findByText("Showing 1–25 of 77")).toBeTruthy();
    expect(screen.getByText("412 of 530 staff use MFA")).toBeTruthy();
    const firstRow = rowOf("Person 001");
    expect(within(firstRow).getByText("MFA off")).toBeTruthy();
    expect(within(firstRow).queryByRole("button", { name: /Reset MFA/ })).toBeNull();
    const secondRow = rowOf("Person 002");
    expect(within(secondRow).getByText("MFA on")).toBeTruthy();
    expect(
      within(secondRow).getByRole("button", { name: "Reset MFA for Person 002" }),
    ).toBeTruthy();

    await user.click(screen.getByRole("button", { name: "Next page" }));
    expect(await screen.findByText("Showing 26–50 of 77")).toBeTruthy();
    expect(rowOf("Person 026")).toBeTruthy();

    await user.click(screen.getByRole("button", { name: "Previous page" }));
    expect(await screen.findByText("Showing 1–25 of 77")).toBeTruthy();
    expect(rowOf("Person 001")).toBeTruthy();
  }, 20_000);

  it("waits for typing to pause, then asks for the whole search with the filters", async () => {
    const user = userEvent.setup();
    const requestedFilters: unknown[] = [];
    const anyStaffAnswer: MockLink.MockedResponse = {
      request: {
        query: StaffPageDocument,
        variables: (variables) => {
          requestedFilters.push(variables["filter"]);
          return true;
        },
      },
      result: (variables) => ({
        data: {
          staff: makeStaffConnection(
            variables["filter"]?.search === "bob"
              ? [makeStaffMember(7, { name: "Bob Brown", email: "bob@acme.test" })]
              : pageOfStaff(1, 3),
          ),
        },
      }),
      maxUsageCount: 10,
    };
    renderWithProviders(<StaffPage />, { mocks: [companySettingsAnswer(policy), anyStaffAnswer] });
    await screen.findByText("Showing 1–3 of 3");

    await user.click(screen.getByRole("radio", { name: "MFA off" }));
    await screen.findByText("Showing 1–3 of 3");
    await user.type(screen.getByLabelText("Search staff"), "bob");

    expect(await screen.findByText("Bob Brown")).toBeTruthy();
    expect(requestedFilters).toEqual([
      {},
      { mfaEnabled: false },
      { search: "bob", mfaEnabled: false },
    ]);
  });
});
