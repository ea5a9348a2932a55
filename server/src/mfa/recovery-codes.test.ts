import { afterEach, describe, expect, it, vi } from "vitest";

import { recoveryCodeCount } from "@app/shared";

import { recoveryCodeLookupKey } from "./recovery-code-hash.js";
import {
  formatRecoveryCode,
  generateRecoveryCodes,
  normalizeRecoveryCode,
} from "./recovery-codes.js";

const displayPattern = /^[a-z2-7]{5}-[a-z2-7]{5}$/;

afterEach(() => {
  vi.restoreAllMocks();
});

describe("generateRecoveryCodes", () => {
  it("returns ten lower-case codes shown as xxxxx-xxxxx", () => {
    const codes = generateRecoveryCodes();

    expect(codes).toHaveLength(recoveryCodeCount);
    expect(codes.every((code) => displayPattern.test(code))).toBe(true);
  });

  /** Pins down a weak or repeating generator (NIST SP 800-63B §5.1.2.1). */
  it("produces 10,000 distinct codes across 1,000 sets without touching Math.random", () => {
    const mathRandom = vi.spyOn(Math, "random");

    const codes = Array.from({ length: 1000 }, () => generateRecoveryCodes()).flat();

    expect(new Set(codes).size).toBe(10_000);
    expect(mathRandom).not.toHaveBeenCalled();
  });

  /** Pins down modulo bias or a truncated alphabet quietly shrinking the 50 bits per code. */
  it("uses all 32 RFC 4648 characters at about the same rate and nothing else", () => {
    const counts = new Map<string, number>();

    for (const code of Array.from({ length: 500 }, () => generateRecoveryCodes()).flat()) {
      for (const character of code.replace("-", "")) {
        counts.set(character, (counts.get(character) ?? 0) + 1);
      }
    }

    // 50,000 characters: about 1,562 each; 1,300–1,830 is more than six standard deviations.
    expect([...counts.keys()].sort().join("")).toBe("234567abcdefghijklmnopqrstuvwxyz");
    for (const count of counts.values()) {
      expect(count).toBeGreaterThan(1300);
      expect(count).toBeLessThan(1830);
    }
  });

  /** Pins down a redeem that would need more than one argon2 verification per guess. */
  it("gives every code in a set its own lookup key", () => {
    for (let round = 0; round < 200; round += 1) {
      const codes = generateRecoveryCodes();

      const lookupKeys = codes.map((code) =>
        recoveryCodeLookupKey(normalizeRecoveryCode(code) ?? "").toString("hex"),
      );

      expect(new Set(lookupKeys).size).toBe(codes.length);
    }
  });
});

describe("normalizeRecoveryCode", () => {
  it.each([
    ["abcde-fghij", "abcdefghij"],
    ["ABCDE-FGHIJ", "abcdefghij"],
    [" abcde fghij ", "abcdefghij"],
    ["ab-cd-ef-gh-ij", "abcdefghij"],
    ["\tA2B3C\n4D5E6", "a2b3c4d5e6"],
    ["abcdefghij", "abcdefghij"],
  ])("reads %j as %j", (input, normalized) => {
    expect(normalizeRecoveryCode(input)).toBe(normalized);
  });

  it.each([
    ["too short", "abcde-fghi"],
    ["too long", "abcde-fghijk"],
    ["a zero", "abcde-fghi0"],
    ["a one", "abcde-fghi1"],
    ["an eight", "abcde-fghi8"],
    ["a nine", "abcde-fghi9"],
    ["punctuation", "abcde_fghij"],
    ["a Kelvin sign that lower-cases to k", "abcde-fghi\u212a"],
    ["nothing", ""],
    ["a huge padded string", `${" ".repeat(10_000)}abcdefghij`],
  ])("returns null for input with %s", (_, input) => {
    expect(normalizeRecoveryCode(input)).toBeNull();
  });

  it.each([1234567890, null, undefined, ["abcdefghij"]])(
    "returns null for the non-string %j",
    (value) => {
      expect(normalizeRecoveryCode(value)).toBeNull();
    },
  );

  it("turns every generated code back into the form it was formatted from", () => {
    for (const code of generateRecoveryCodes()) {
      const normalized = normalizeRecoveryCode(code.toUpperCase());

      expect(normalized).not.toBeNull();
      expect(formatRecoveryCode(normalized ?? "")).toBe(code);
    }
  });
});
