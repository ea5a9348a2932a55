import { emailMaxLength, passwordMaxLength, passwordMinLength } from "./limits.js";

/**
 * Deliberately loose: one "@" with something on both sides and a dot in the domain. Stricter
 * patterns reject real addresses; the mailbox itself is the only true validator.
 */
const emailShape = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function normalizeEmail(input: string): string {
  return input.trim().toLowerCase();
}

export function isPlausibleEmail(input: string): boolean {
  return input.length <= emailMaxLength && emailShape.test(input);
}

export function isAcceptablePasswordLength(input: string): boolean {
  return input.length > 0 && input.length <= passwordMaxLength;
}

/** The password policy for a new password: length only, as NIST SP 800-63B advises. */
export function meetsPasswordPolicy(input: string): boolean {
  return input.length >= passwordMinLength && input.length <= passwordMaxLength;
}

const uuidShape = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs; anything else cannot name an object, so it never reaches the database. */
export function isUuid(input: string): boolean {
  return uuidShape.test(input);
}
