import { randomBytes } from "node:crypto";

import { recoveryCodeCount } from "@app/shared";

import { base32Alphabet } from "./base32.js";
import { recoveryCodeLookupKey } from "./recovery-code-hash.js";

/** 10 base32 characters carry 50 bits (NIST SP 800-63B §5.1.2.1 asks for at least 20). */
export const recoveryCodeLength = 10;

const lowerCaseAlphabet = base32Alphabet.toLowerCase();

/** Generous enough for any pasted form with spaces and hyphens; longer input is refused unread. */
const maximumInputLength = 64;

/**
 * Returns codes for display, `xxxxx-xxxxx`. Within a set, every code has its own lookup key, so
 * redeeming one finds at most one candidate row and costs at most one argon2 verification.
 */
export function generateRecoveryCodes(count = recoveryCodeCount): string[] {
  const codes = new Map<string, string>();
  while (codes.size < count) {
    const code = generateNormalizedCode();
    const lookupKey = recoveryCodeLookupKey(code).toString("hex");
    if (!codes.has(lookupKey)) codes.set(lookupKey, code);
  }
  return [...codes.values()].map(formatRecoveryCode);
}

/**
 * Case, whitespace and hyphens are ignored so a code typed from paper or pasted from a password
 * manager still matches. Returns the 10 lower-case characters, or null for anything that cannot
 * be a code (including 0, 1, 8 and 9, which are outside the RFC 4648 alphabet).
 */
export function normalizeRecoveryCode(input: unknown): string | null {
  if (typeof input !== "string" || input.length > maximumInputLength) return null;

  // Checked before lower-casing, which maps some non-ASCII letters (the Kelvin sign) to ASCII.
  const stripped = input.replace(/[\s-]/g, "");
  return /^[A-Za-z2-7]{10}$/.test(stripped) ? stripped.toLowerCase() : null;
}

export function formatRecoveryCode(normalized: string): string {
  return `${normalized.slice(0, 5)}-${normalized.slice(5)}`;
}

/**
 * Each random byte is masked to 5 bits: 256 is a multiple of 32, so every character is exactly
 * uniform and the code keeps its full 50 bits (no modulo bias).
 */
function generateNormalizedCode(): string {
  let code = "";
  for (const byte of randomBytes(recoveryCodeLength)) {
    code += lowerCaseAlphabet[byte & 0x1f];
  }
  return code;
}
