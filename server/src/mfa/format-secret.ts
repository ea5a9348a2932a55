import { encodeBase32 } from "./base32.js";

const groupLengthInCharacters = 4;

/**
 * For people who cannot scan the QR code: groups of four are easier to copy by eye, and
 * authenticator apps ignore the spaces when the key is typed in.
 */
export function formatSecretForManualEntry(secret: Uint8Array): string {
  const encoded = encodeBase32(secret);
  const groups: string[] = [];
  for (let start = 0; start < encoded.length; start += groupLengthInCharacters) {
    groups.push(encoded.slice(start, start + groupLengthInCharacters));
  }
  return groups.join(" ");
}
