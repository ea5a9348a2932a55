/** RFC 4648 §6 alphabet: the one authenticator apps expect in the otpauth `secret` parameter. */
export const base32Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

const bitsPerCharacter = 5;

/** Upper-case and unpadded, because Key URI Format readers reject or mangle `=` padding. */
export function encodeBase32(bytes: Uint8Array): string {
  let output = "";
  let buffer = 0;
  let bufferedBits = 0;

  for (const byte of bytes) {
    buffer = ((buffer << 8) | byte) & 0xffff;
    bufferedBits += 8;
    while (bufferedBits >= bitsPerCharacter) {
      bufferedBits -= bitsPerCharacter;
      output += base32Alphabet[(buffer >> bufferedBits) & 0x1f];
    }
  }

  if (bufferedBits > 0) {
    output += base32Alphabet[(buffer << (bitsPerCharacter - bufferedBits)) & 0x1f];
  }
  return output;
}

/**
 * Case-insensitive, optional trailing padding. Returns null instead of guessing when a character
 * is outside the alphabet or the length cannot come from whole bytes (RFC 4648 §6 lengths).
 */
export function decodeBase32(text: string): Buffer | null {
  const unpadded = text.replace(/=+$/, "").toUpperCase();
  if (!/^[A-Z2-7]*$/.test(unpadded)) return null;
  if ([1, 3, 6].includes(unpadded.length % 8)) return null;

  const bytes: number[] = [];
  let buffer = 0;
  let bufferedBits = 0;
  for (const character of unpadded) {
    buffer = ((buffer << bitsPerCharacter) | base32Alphabet.indexOf(character)) & 0xffff;
    bufferedBits += bitsPerCharacter;
    if (bufferedBits >= 8) {
      bufferedBits -= 8;
      bytes.push((buffer >> bufferedBits) & 0xff);
    }
  }
  return Buffer.from(bytes);
}
