import type { MockLink } from "@apollo/client/testing";
import type { ErrorCode } from "@app/shared";
import { GraphQLError } from "graphql";

import { SecurityPageDocument, type SecuritySettings_AllFragment } from "../../../gql/graphql";

type TrustedDevice = SecuritySettings_AllFragment["trustedDevices"][number];

export const enabledAt = "2026-03-02T09:30:00.000Z";

export function makeTrustedDevice(overrides: Partial<TrustedDevice> = {}) {
  return {
    __typename: "TrustedDevice" as const,
    id: "device-1",
    label: "Firefox on Windows",
    createdAt: "2026-03-04T08:00:00.000Z",
    lastUsedAt: "2026-03-10T08:00:00.000Z",
    expiresAt: "2026-04-03T08:00:00.000Z",
    current: false,
    ...overrides,
  };
}

export function makeSecuritySettings(overrides: Partial<SecuritySettings_AllFragment> = {}) {
  return {
    __typename: "SecuritySettings" as const,
    mfaEnabled: false,
    mfaEnabledAt: null,
    mfaRequired: false,
    mfaSetupDeadline: null,
    canDisableMfa: true,
    recoveryCodesRemaining: 0,
    recoveryCodesGeneratedAt: null,
    trustedDevices: [],
    ...overrides,
  };
}

export function makeEnabledSettings(overrides: Partial<SecuritySettings_AllFragment> = {}) {
  return makeSecuritySettings({
    mfaEnabled: true,
    mfaEnabledAt: enabledAt,
    recoveryCodesRemaining: 10,
    recoveryCodesGeneratedAt: enabledAt,
    ...overrides,
  });
}

/** Ten codes in the API's xxxxx-xxxxx shape, different for each prefix. */
export function makeRecoveryCodes(prefix: string): string[] {
  return Array.from({ length: 10 }, (_, index) => {
    return `${prefix.slice(0, 4).padEnd(4, "a")}${index}-k7m2p`;
  });
}

export function securityPageAnswer(
  securitySettings: ReturnType<typeof makeSecuritySettings>,
): MockLink.MockedResponse {
  return { request: { query: SecurityPageDocument }, result: { data: { securitySettings } } };
}

/** A GraphQL rejection whose message differs from ours: screens must choose text by code. */
export function rejectedWith(code: ErrorCode, extensions: Record<string, unknown> = {}) {
  const error = new GraphQLError("server wording", { extensions: { code, ...extensions } });
  return { result: { errors: [error] } };
}
