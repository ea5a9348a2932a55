import { createHmac } from "node:crypto";

/**
 * RFC 4226 §4 R6 asks for at least 128 bits of shared secret. Refusing shorter keys turns a
 * decryption or wiring bug (an empty secret) into an error instead of a code anyone can compute.
 */
export const minimumSecretLengthInBytes = 16;

/** RFC 4226 §5.4: the low nibble of the last byte picks where 31 bits are read from. */
export function truncateHmac(hmac: Uint8Array): number {
  const lastByte = hmac[hmac.length - 1];
  if (hmac.length < 20 || lastByte === undefined) {
    throw new RangeError("An HOTP HMAC must be at least 20 bytes long.");
  }

  const offset = lastByte & 0x0f;
  return Buffer.from(hmac).readUInt32BE(offset) & 0x7fffffff;
}

/** HMAC-SHA-1 HOTP (RFC 4226 §5.3) as a zero-padded string, since leading zeros are part of it. */
export function computeHotp(secret: Uint8Array, counter: number, digits = 6): string {
  if (secret.length < minimumSecretLengthInBytes) {
    throw new RangeError(`An HOTP secret must be at least ${minimumSecretLengthInBytes} bytes.`);
  }
  if (!Number.isSafeInteger(counter) || counter < 0) {
    throw new RangeError("An HOTP counter must be a non-negative safe integer.");
  }
  if (!Number.isInteger(digits) || digits < 6 || digits > 8) {
    throw new RangeError("HOTP codes have 6 to 8 digits (RFC 4226 §5.3).");
  }

  // RFC 4226 §5.1: the counter is an 8-byte big-endian value, so steps past 2^32 stay exact.
  const counterBytes = Buffer.alloc(8);
  counterBytes.writeBigUInt64BE(BigInt(counter));
  const hmac = createHmac("sha1", secret).update(counterBytes).digest();

  return (truncateHmac(hmac) % 10 ** digits).toString().padStart(digits, "0");
}
