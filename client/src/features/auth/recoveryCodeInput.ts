/**
 * The API's reading of a recovery code: ten base32 characters, with case, spaces and hyphens
 * ignored. Checking here saves a round trip for an obvious typo, nothing more.
 */
export function isPlausibleRecoveryCode(input: string): boolean {
  return /^[a-z2-7]{10}$/i.test(input.replace(/[\s-]/g, ""));
}
