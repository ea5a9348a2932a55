import { describe, expect, it } from "vitest";

import {
  describeSecurityEventType,
  isSecurityEventType,
  securityEventTypeOptions,
} from "./securityEventTypes";

describe("security event types", () => {
  it("describes events in words rather than codes", () => {
    expect(describeSecurityEventType("MFA_RESET_BY_ADMIN")).toBe("MFA reset by administrator");
    expect(describeSecurityEventType("MFA_POLICY_CHANGED")).toBe("Company MFA policy changed");
    expect(describeSecurityEventType("SIGN_IN_FAILED")).toBe("Sign-in failed");
    expect(describeSecurityEventType("RECOVERY_CODE_USED")).toBe("Recovery code used");
  });

  it("offers every type exactly once in the filter, each with its own wording", () => {
    const offered = securityEventTypeOptions.flatMap(({ items }) => items);
    const values = offered.map(({ value }) => value);
    const labels = offered.map(({ label }) => label);

    expect(values).toHaveLength(15);
    expect(new Set(values).size).toBe(values.length);
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels.every((label) => !/[A-Z]_[A-Z]/.test(label))).toBe(true);
  });

  it("recognises only the schema's type names", () => {
    expect(isSecurityEventType("MFA_ENABLED")).toBe(true);
    expect(isSecurityEventType("mfa_enabled")).toBe(false);
    expect(isSecurityEventType("toString")).toBe(false);
  });
});
