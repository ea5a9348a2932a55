import { createHash } from "node:crypto";

import argon2 from "argon2";

/**
 * Why a one-byte lookup key next to an argon2id hash:
 * - Redeeming must cost at most one slow hash, or each guess would cost up to ten argon2 runs
 *   and the endpoint would become a CPU amplifier. The lookup key picks the one row to verify;
 *   `generateRecoveryCodes` keeps the keys distinct within a set, so (user, unused, lookup key)
 *   names at most one row. When no row matches, callers should still verify a decoy hash so the
 *   response time does not tell a guess that hit a lookup key from one that missed.
 * - The lookup key is an unsalted hash, so whatever it stores is exposed to offline search in a
 *   database dump: a full SHA-256 of a 50-bit code falls for every user at once in about a day
 *   on one GPU. One byte only has to tell ten codes apart, and leaves 42 bits that each need a
 *   salted, memory-hard argon2id guess.
 * A keyed HMAC with a server pepper was the alternative; it would protect the codes only as
 * long as the pepper stayed secret, and rotating it would orphan every stored lookup key.
 */
export const recoveryCodeLookupKeyLengthInBytes = 1;

/**
 * argon2id at OWASP's minimum (19 MiB, 2 passes, 1 lane), as for passwords: memory-hard enough
 * that 2^42 guesses per code are out of reach, yet cheap enough that hashing a set of ten on
 * enrolment and one verification per redeem stay well under a second.
 */
export const recoveryCodeHashOptions = {
  type: argon2.argon2id,
  memoryCost: 19 * 1024,
  timeCost: 2,
  parallelism: 1,
} as const;

export interface RecoveryCodeHash {
  lookupKey: Buffer;
  hash: string;
}

const normalizedCodePattern = /^[a-z2-7]{10}$/;

/** Domain-separated so this digest can never be confused with another SHA-256 in the schema. */
export function recoveryCodeLookupKey(normalized: string): Buffer {
  return createHash("sha256")
    .update(`recovery-code-lookup:${normalized}`, "utf8")
    .digest()
    .subarray(0, recoveryCodeLookupKeyLengthInBytes);
}

/** Takes only the output of `normalizeRecoveryCode`; anything else is a caller bug. */
export async function hashRecoveryCode(normalized: string): Promise<RecoveryCodeHash> {
  if (!normalizedCodePattern.test(normalized)) {
    throw new RangeError("hashRecoveryCode takes a normalized recovery code.");
  }

  return {
    lookupKey: recoveryCodeLookupKey(normalized),
    hash: await argon2.hash(normalized, recoveryCodeHashOptions),
  };
}

/** argon2 compares in constant time; a malformed stored hash verifies nothing. */
export async function verifyRecoveryCodeHash(hash: string, normalized: string): Promise<boolean> {
  if (!normalizedCodePattern.test(normalized)) return false;

  try {
    return await argon2.verify(hash, normalized);
  } catch {
    return false;
  }
}
