import { describe, expect, it } from "vitest";

import { emailMaxLength, passwordMaxLength, passwordMinLength } from "./limits.js";
import { isPlausibleEmail, meetsPasswordPolicy, normalizeEmail } from "./validators.js";

describe("email validation", () => {
  it("accepts an ordinary address after normalising case and spaces", () => {
    expect(isPlausibleEmail(normalizeEmail("  Alice@Acme.TEST "))).toBe(true);
    expect(normalizeEmail("  Alice@Acme.TEST ")).toBe("alice@acme.test");
  });

  it("rejects addresses without a domain or with spaces inside", () => {
    expect(isPlausibleEmail("alice")).toBe(false);
    expect(isPlausibleEmail("alice@localhost")).toBe(false);
    expect(isPlausibleEmail("al ice@acme.test")).toBe(false);
  });

  it("rejects an address one character over the RFC 5321 limit", () => {
    const local = "a".repeat(emailMaxLength - "@acme.test".length);

    expect(isPlausibleEmail(`${local}@acme.test`)).toBe(true);
    expect(isPlausibleEmail(`${local}a@acme.test`)).toBe(false);
  });
});

describe("the password policy", () => {
  it("accepts the shortest and longest allowed passwords and nothing beyond them", () => {
    expect(meetsPasswordPolicy("a".repeat(passwordMinLength))).toBe(true);
    expect(meetsPasswordPolicy("a".repeat(passwordMaxLength))).toBe(true);
    expect(meetsPasswordPolicy("a".repeat(passwordMinLength - 1))).toBe(false);
    expect(meetsPasswordPolicy("a".repeat(passwordMaxLength + 1))).toBe(false);
  });
});
