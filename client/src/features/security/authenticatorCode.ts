import { totpDigits } from "@app/shared";

const authenticatorCodePattern = new RegExp(`^\\d{${totpDigits}}$`);

/**
 * Apps show codes as "123 456" and people paste them that way. Only whitespace goes: the code
 * stays a string, so a leading zero is kept.
 */
export function stripWhitespace(input: string): string {
  return input.replace(/\s+/g, "");
}

export function isAuthenticatorCode(code: string): boolean {
  return authenticatorCodePattern.test(code);
}
