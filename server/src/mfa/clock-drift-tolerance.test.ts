import { describe, expect, it } from "vitest";

import { totpPeriodInSeconds } from "@app/shared";

import { computeTotp, generateTotpSecret, matchTotpCode, timeStepAt } from "./totp.js";

/** Phases within a step, in seconds, so every way a 45-second skew can fall is tried. */
const phasesInSeconds = [0, 1, 14, 15, 16, 29];
const stepStartInSeconds = 1_750_000_020;

describe("a phone clock out of step with the server", () => {
  /**
   * RFC 6238 §6: only the documented tolerance of one step applies; a 45-second skew is
   * accepted exactly when it lands in a neighbouring step, and nothing is learnt per person
   * that would widen the window later (no drift is stored).
   */
  it.each([45, -45])("accepts a code %i s off only when it falls within one step", (skew) => {
    for (const phase of phasesInSeconds) {
      const secret = generateTotpSecret();
      const serverTime = stepStartInSeconds + phase;
      const phoneStep = timeStepAt(serverTime + skew);
      const isWithinOneStep = Math.abs(phoneStep - timeStepAt(serverTime)) <= 1;

      const matched = matchTotpCode(secret, computeTotp(secret, phoneStep), serverTime, null);

      expect(matched).toBe(isWithinOneStep ? phoneStep : null);
    }
  });

  it("never accepts a code from two steps away, however often the phone was right before", () => {
    const secret = generateTotpSecret();
    const serverTime = stepStartInSeconds;
    const currentStep = timeStepAt(serverTime);

    for (let earlier = 1; earlier <= 5; earlier += 1) {
      const pastServerTime = serverTime - earlier * totpPeriodInSeconds;
      const pastStep = timeStepAt(pastServerTime);
      expect(matchTotpCode(secret, computeTotp(secret, pastStep), pastServerTime, null)).toBe(
        pastStep,
      );
    }

    expect(matchTotpCode(secret, computeTotp(secret, currentStep + 2), serverTime, null)).toBe(
      null,
    );
    expect(matchTotpCode(secret, computeTotp(secret, currentStep - 2), serverTime, null)).toBe(
      null,
    );
  });
});
