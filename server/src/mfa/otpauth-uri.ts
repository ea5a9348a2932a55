import { totpDigits, totpPeriodInSeconds } from "@app/shared";

import { encodeBase32 } from "./base32.js";

export interface OtpauthUriInput {
  issuer: string;
  accountName: string;
  secret: Uint8Array;
}

/**
 * Key URI Format: `otpauth://totp/<issuer>:<account>?secret=…&issuer=…`. encodeURIComponent
 * turns a colon inside either part into %3A, so the single literal colon in the label is the
 * issuer/account separator; it also writes spaces as %20, never `+`, which some apps display
 * literally. Algorithm, digits and period are spelled out even though they are the defaults,
 * because apps that ignore them must still land on exactly what the server verifies.
 */
export function buildOtpauthUri({ issuer, accountName, secret }: OtpauthUriInput): string {
  if (issuer.trim() === "" || accountName.trim() === "") {
    throw new RangeError("An otpauth URI needs a non-empty issuer and account name.");
  }

  const label = `${encodeURIComponent(issuer)}:${encodeURIComponent(accountName)}`;
  const parameters = [
    `secret=${encodeBase32(secret)}`,
    `issuer=${encodeURIComponent(issuer)}`,
    "algorithm=SHA1",
    `digits=${totpDigits}`,
    `period=${totpPeriodInSeconds}`,
  ];
  return `otpauth://totp/${label}?${parameters.join("&")}`;
}
