import { describe, expect, it } from "vitest";

import { mfaSetupDeadline, type PolicyFacts } from "./mfa-policy.js";

const dayInMilliseconds = 24 * 60 * 60 * 1000;
const enforcedAt = new Date("2026-06-01T09:00:00Z");

function facts(overrides: Partial<PolicyFacts>): PolicyFacts {
  return {
    mfaRequired: true,
    gracePeriodDays: 0,
    requiredSince: enforcedAt,
    userCreatedAt: new Date("2025-01-01T00:00:00Z"),
    hasAuthenticator: false,
    ...overrides,
  };
}

describe("the MFA set-up deadline", () => {
  it("is the moment enforcement began when there is no grace period", () => {
    expect(mfaSetupDeadline(facts({}))).toEqual(enforcedAt);
  });

  it("adds the grace period to when enforcement began", () => {
    expect(mfaSetupDeadline(facts({ gracePeriodDays: 14 }))).toEqual(
      new Date(enforcedAt.getTime() + 14 * dayInMilliseconds),
    );
  });

  it("gives a newcomer the whole grace period from when they joined", () => {
    const joinedAt = new Date("2026-07-01T00:00:00Z");

    expect(mfaSetupDeadline(facts({ gracePeriodDays: 7, userCreatedAt: joinedAt }))).toEqual(
      new Date(joinedAt.getTime() + 7 * dayInMilliseconds),
    );
  });

  it("does not exist when MFA is optional or already on", () => {
    expect(mfaSetupDeadline(facts({ mfaRequired: false }))).toBeNull();
    expect(mfaSetupDeadline(facts({ hasAuthenticator: true }))).toBeNull();
  });
});
