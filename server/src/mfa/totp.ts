import { randomBytes, timingSafeEqual } from "node:crypto";

import { totpDigits, totpPeriodInSeconds } from "@app/shared";

import { computeHotp } from "./hotp.js";

/** 160 bits: the length RFC 4226 §4 R6 recommends and the one authenticator apps assume. */
export const totpSecretLengthInBytes = 20;

/** Steps either side of the current one that still verify (RFC 6238 §5.2 network delay). */
export const acceptedStepDrift = 1;

/** Long enough for any pasted, space-grouped code; anything longer is refused unread. */
const maximumCodeInputLength = 32;

/** The OS CSPRNG, never Math.random (RFC 4226 §7.5, NIST SP 800-63B §5.1.4.1). */
export function generateTotpSecret(): Buffer {
  return randomBytes(totpSecretLengthInBytes);
}

/** Accepts epoch seconds or a Date so callers pass the server clock explicitly (RFC 6238 §4.2). */
export function timeStepAt(time: Date | number): number {
  const epochInSeconds = typeof time === "number" ? time : time.getTime() / 1000;
  if (!Number.isFinite(epochInSeconds) || epochInSeconds < 0) {
    throw new RangeError("TOTP time must be a finite, non-negative instant.");
  }

  return Math.floor(epochInSeconds / totpPeriodInSeconds);
}

export function computeTotp(secret: Uint8Array, timeStep: number): string {
  return computeHotp(secret, timeStep, totpDigits);
}

/**
 * Spaces are the only tolerated decoration (apps show "123 456"). Anything else, including
 * non-ASCII digits and numbers instead of strings, is not a code: a number would lose its
 * leading zeros before it got here.
 */
export function normalizeTotpCode(code: unknown): string | null {
  if (typeof code !== "string" || code.length > maximumCodeInputLength) return null;

  const digitsOnly = code.replace(/\s/g, "");
  return /^[0-9]{6}$/.test(digitsOnly) ? digitsOnly : null;
}

/**
 * Returns the time step the code belongs to, or null. A step at or before `lastAcceptedStep` is
 * never compared, which makes every code single-use once the caller stores the returned step
 * as the new ledger value (RFC 6238 §5.2; the ledger is monotonic so step k-1 also dies).
 */
export function matchTotpCode(
  secret: Uint8Array,
  code: string,
  now: Date | number,
  lastAcceptedStep: number | null,
): number | null {
  // A corrupt ledger value (NaN, a bigint string) would make `step <= ledger` false for every
  // step and silently disable replay protection, so it is treated as a programmer error.
  if (lastAcceptedStep !== null && !Number.isSafeInteger(lastAcceptedStep)) {
    throw new TypeError("lastAcceptedStep must be a safe integer or null.");
  }
  const currentStep = timeStepAt(now);

  const normalizedCode = normalizeTotpCode(code);
  if (normalizedCode === null) return null;
  const submitted = Buffer.from(normalizedCode, "ascii");

  // Every candidate is compared even after a match so the response time does not reveal
  // which step matched.
  let matchedStep: number | null = null;
  for (let offset = -acceptedStepDrift; offset <= acceptedStepDrift; offset += 1) {
    const candidateStep = currentStep + offset;
    if (candidateStep < 0) continue;
    if (lastAcceptedStep !== null && candidateStep <= lastAcceptedStep) continue;

    const expected = Buffer.from(computeTotp(secret, candidateStep), "ascii");
    const isMatch = expected.length === submitted.length && timingSafeEqual(expected, submitted);
    if (isMatch && matchedStep === null) matchedStep = candidateStep;
  }
  return matchedStep;
}
