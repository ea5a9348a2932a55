import { describe, expect, it } from "vitest";

import { readMfaEnforcement } from "./mfaEnforcement";

const now = new Date("2030-06-01T12:00:00Z");

describe("readMfaEnforcement", () => {
  it("asks nothing of people whose company does not require MFA", () => {
    const facts = { mfaEnabled: false, mfaRequired: false, mfaSetupDeadline: null };

    expect(readMfaEnforcement(facts, now)).toEqual({ kind: "none" });
  });

  it("asks nothing of people who already have MFA", () => {
    const facts = { mfaEnabled: true, mfaRequired: true, mfaSetupDeadline: null };

    expect(readMfaEnforcement(facts, now)).toEqual({ kind: "none" });
  });

  it("reports the grace period while the deadline is still ahead", () => {
    const facts = {
      mfaEnabled: false,
      mfaRequired: true,
      mfaSetupDeadline: "2030-06-01T12:00:01Z",
    };

    expect(readMfaEnforcement(facts, now)).toEqual({
      kind: "gracePeriod",
      deadline: new Date("2030-06-01T12:00:01Z"),
    });
  });

  it("requires set-up from the deadline itself onwards", () => {
    const facts = { mfaEnabled: false, mfaRequired: true, mfaSetupDeadline: now.toISOString() };

    expect(readMfaEnforcement(facts, now)).toEqual({ kind: "setupRequired" });
  });
});
