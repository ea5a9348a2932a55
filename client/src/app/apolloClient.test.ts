import { ErrorCode } from "@app/shared";
import { parse } from "graphql";
import { afterEach, describe, expect, it, vi } from "vitest";

import { MfaEnforcementNoticeDocument } from "../gql/graphql";
import { createApolloClient } from "./apolloClient";

const enforcementAnswer = {
  data: {
    securitySettings: {
      __typename: "SecuritySettings",
      mfaEnabled: false,
      mfaRequired: true,
      mfaSetupDeadline: "2020-01-01T00:00:00Z",
    },
  },
};

const setupRequiredAnswer = {
  data: null,
  errors: [{ message: "server wording", extensions: { code: ErrorCode.MFA_SETUP_REQUIRED } }],
};

const StaffQuery = parse("query Staff { staffCount }");

function answerByOperation(): ReturnType<typeof vi.fn> {
  return vi.fn(async (_url: string, init: RequestInit) => {
    const { operationName } = JSON.parse(String(init.body)) as { operationName: string };
    const body = operationName === "MfaEnforcementNotice" ? enforcementAnswer : setupRequiredAnswer;
    return new Response(JSON.stringify(body), {
      headers: { "content-type": "application/json" },
    });
  });
}

function requestedOperations(fetchMock: ReturnType<typeof vi.fn>): string[] {
  return fetchMock.mock.calls.map(([, init]) => {
    return (JSON.parse(String((init as RequestInit).body)) as { operationName: string })
      .operationName;
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("createApolloClient", () => {
  it("asks the MFA rule again when any operation answers MFA_SETUP_REQUIRED", async () => {
    const fetchMock = answerByOperation();
    vi.stubGlobal("fetch", fetchMock);
    const client = createApolloClient();
    const watched = client.watchQuery({ query: MfaEnforcementNoticeDocument });
    const subscription = watched.subscribe({});
    // A refetch asked for while the first answer is still on its way is folded into it.
    await vi.waitFor(() => expect(watched.getCurrentResult().data).toBeTruthy());

    await expect(client.query({ query: StaffQuery })).rejects.toThrow();

    await vi.waitFor(() =>
      expect(requestedOperations(fetchMock)).toEqual([
        "MfaEnforcementNotice",
        "Staff",
        "MfaEnforcementNotice",
      ]),
    );
    subscription.unsubscribe();
  });
});
