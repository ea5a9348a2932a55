import { describe, expect, it } from "vitest";

import {
  hashRecoveryCode,
  recoveryCodeLookupKey,
  recoveryCodeLookupKeyLengthInBytes,
  verifyRecoveryCodeHash,
} from "./recovery-code-hash.js";
import { generateRecoveryCodes, normalizeRecoveryCode } from "./recovery-codes.js";

function newNormalizedCode(): string {
  const [code = ""] = generateRecoveryCodes(1);
  const normalized = normalizeRecoveryCode(code);
  if (normalized === null) throw new Error("A generated recovery code must normalize.");
  return normalized;
}

describe("hashRecoveryCode", () => {
  it("verifies the code it hashed, also when typed upper-case with spaces", async () => {
    const normalized = newNormalizedCode();

    const { hash } = await hashRecoveryCode(normalized);
    const typed = normalizeRecoveryCode(
      ` ${normalized.slice(0, 5).toUpperCase()} ${normalized.slice(5)}`,
    );

    expect(typed).toBe(normalized);
    await expect(verifyRecoveryCodeHash(hash, typed ?? "")).resolves.toBe(true);
  });

  /** Pins down a hash that accepts codes other than the one it was made from. */
  it("does not verify a different code", async () => {
    const normalized = newNormalizedCode();
    const other = newNormalizedCode();

    const { hash } = await hashRecoveryCode(normalized);

    expect(other).not.toBe(normalized);
    await expect(verifyRecoveryCodeHash(hash, other)).resolves.toBe(false);
  });

  /** Pins down unsalted or fast hashes that a stolen dump could be searched with (ASVS 6.5.2). */
  it("stores a salted argon2id hash, so the same code hashes differently each time", async () => {
    const normalized = newNormalizedCode();

    const first = await hashRecoveryCode(normalized);
    const second = await hashRecoveryCode(normalized);

    expect(first.hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(first.hash).not.toBe(second.hash);
    expect(first.hash).not.toContain(normalized);
    await expect(verifyRecoveryCodeHash(second.hash, normalized)).resolves.toBe(true);
  });

  /** Pins down a lookup index long enough to invert offline for every user at once. */
  it("derives a one-byte lookup key that depends only on the code", async () => {
    const normalized = newNormalizedCode();

    const { lookupKey } = await hashRecoveryCode(normalized);

    expect(lookupKey).toHaveLength(recoveryCodeLookupKeyLengthInBytes);
    expect(recoveryCodeLookupKeyLengthInBytes).toBe(1);
    expect(lookupKey.equals(recoveryCodeLookupKey(normalized))).toBe(true);
  });

  it("refuses input that did not come from normalizeRecoveryCode", async () => {
    await expect(hashRecoveryCode("ABCDE-FGHIJ")).rejects.toThrow(RangeError);
  });
});

describe("verifyRecoveryCodeHash", () => {
  it.each([
    ["an empty hash", ""],
    ["a hash that is not argon2", "not-a-hash"],
    ["a truncated argon2 hash", "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA"],
  ])("returns false for %s instead of throwing", async (_, storedHash) => {
    await expect(verifyRecoveryCodeHash(storedHash, newNormalizedCode())).resolves.toBe(false);
  });

  it("returns false for a code that is not normalized, even when it is the right one", async () => {
    const normalized = newNormalizedCode();
    const { hash } = await hashRecoveryCode(normalized);

    await expect(verifyRecoveryCodeHash(hash, normalized)).resolves.toBe(true);
    await expect(verifyRecoveryCodeHash(hash, normalized.toUpperCase())).resolves.toBe(false);
  });
});
