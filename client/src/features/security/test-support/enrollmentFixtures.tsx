import type { MockLink } from "@apollo/client/testing";
import { screen } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { vi } from "vitest";

import { renderWithProviders } from "../../../../test/renderWithProviders";
import { EnableMfaDocument, StartMfaEnrollmentDocument } from "../../../gql/graphql";
import { EnableMfaFlow } from "../EnableMfaFlow";
import { makeEnabledSettings, makeRecoveryCodes } from "./securityFixtures";

export const enrollment = {
  __typename: "MfaEnrollment",
  manualEntryKey: "JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP",
  otpauthUri: "otpauth://totp/3%20Clicks%20Cloud:alice%40acme.test?secret=JBSWY3DPEHPK3PXP",
  qrCodeDataUrl: "data:image/png;base64,iVBORw0KGgo=",
  expiresAt: "2026-03-02T09:45:00.000Z",
};

export const recoveryCodes = makeRecoveryCodes("reco");

export const startAnswer: MockLink.MockedResponse = {
  request: { query: StartMfaEnrollmentDocument },
  result: { data: { startMfaEnrollment: enrollment } },
};

export function enableAnswering(
  answer: Pick<MockLink.MockedResponse, "result">,
  code = "123456",
): MockLink.MockedResponse {
  return { request: { query: EnableMfaDocument, variables: { input: { code } } }, ...answer };
}

export const enabledResult = {
  data: {
    enableMfa: {
      __typename: "EnableMfaPayload",
      recoveryCodes,
      securitySettings: makeEnabledSettings(),
    },
  },
};

export function renderFlow(mocks: MockLink.MockedResponse[]) {
  const user = userEvent.setup();
  const onFinished = vi.fn();
  renderWithProviders(<EnableMfaFlow onFinished={onFinished} />, { mocks });
  return { user, onFinished };
}

export async function enterCode(user: ReturnType<typeof userEvent.setup>, code: string) {
  await user.click(await screen.findByRole("button", { name: "Continue" }));
  await user.type(screen.getByLabelText("Authenticator code"), code);
  await user.click(screen.getByRole("button", { name: "Turn on MFA" }));
}
