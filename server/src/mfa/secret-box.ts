import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

import type { EncryptionKeyRing } from "./encryption-key-ring.js";

const formatVersion = "v1";
const ivLengthInBytes = 12;
const authTagLengthInBytes = 16;

/** The longest sealed value we could ever produce is far below this; it bounds parsing work. */
const maximumSealedLength = 4096;

const base64UrlPattern = /^[A-Za-z0-9_-]*$/;

/**
 * AES-256-GCM for TOTP secrets at rest (OWASP ASVS 4.0.3 2.8.2, 5.0 13.3.1). A sealed value reads
 * `v1.<keyId>.<iv>.<ciphertext>.<tag>` (base64url parts), so a database dump holds no usable
 * seed and every row names the key that can open it, which is what lets keys rotate.
 */
export class SecretBox {
  constructor(private readonly keyRing: EncryptionKeyRing) {}

  get activeKeyId(): string {
    return this.keyRing.activeKeyId;
  }

  seal(plaintext: Uint8Array, ownerId: string): string {
    if (ownerId === "") throw new RangeError("A sealed secret needs the id of its owner.");
    const keyId = this.keyRing.activeKeyId;
    const key = this.keyRing.keys.get(keyId);
    if (key === undefined) throw new RangeError(`The active key "${keyId}" is not in the ring.`);

    // A fresh random 96-bit IV per seal; GCM loses all security if an IV repeats under one key
    // (NIST SP 800-38D §8.2.2), and 2^32 seals per key is far beyond a secret per user.
    const iv = randomBytes(ivLengthInBytes);
    const cipher = createCipheriv("aes-256-gcm", key, iv, { authTagLength: authTagLengthInBytes });
    cipher.setAAD(additionalData(keyId, ownerId));
    const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    const tag = cipher.getAuthTag();

    return [formatVersion, keyId, iv, ciphertext, tag]
      .map((part) => (typeof part === "string" ? part : part.toString("base64url")))
      .join(".");
  }

  /**
   * Null for anything that does not authenticate: a flipped bit, a row copied to another owner,
   * a key id no longer configured or text that is not a sealed value. Callers treat null as
   * "cannot verify", so a broken key or row fails closed instead of crashing or letting anyone in.
   */
  open(sealed: string, ownerId: string): Buffer | null {
    const parts = parseSealed(sealed);
    if (parts === null || ownerId === "") return null;
    const key = this.keyRing.keys.get(parts.keyId);
    if (key === undefined) return null;

    try {
      const decipher = createDecipheriv("aes-256-gcm", key, parts.iv, {
        authTagLength: authTagLengthInBytes,
      });
      decipher.setAAD(additionalData(parts.keyId, ownerId));
      decipher.setAuthTag(parts.tag);
      return Buffer.concat([decipher.update(parts.ciphertext), decipher.final()]);
    } catch {
      return null;
    }
  }
}

/**
 * Binds each ciphertext to its format, key id and owner: GCM then refuses a value pasted into
 * another user's row, so an attacker with write access to one row cannot move a known secret.
 */
function additionalData(keyId: string, ownerId: string): Buffer {
  return Buffer.from(`mfa-secret|${formatVersion}|${keyId}|${ownerId}`, "utf8");
}

interface SealedParts {
  keyId: string;
  iv: Buffer;
  ciphertext: Buffer;
  tag: Buffer;
}

function parseSealed(sealed: unknown): SealedParts | null {
  if (typeof sealed !== "string" || sealed.length > maximumSealedLength) return null;
  const [version, keyId, ivText, ciphertextText, tagText, ...extra] = sealed.split(".");
  if (version !== formatVersion || extra.length > 0) return null;
  if (keyId === undefined || ivText === undefined) return null;
  if (ciphertextText === undefined || tagText === undefined) return null;

  const iv = decodeBase64Url(ivText);
  const ciphertext = decodeBase64Url(ciphertextText);
  const tag = decodeBase64Url(tagText);
  if (iv === null || ciphertext === null || tag === null) return null;
  if (iv.length !== ivLengthInBytes || tag.length !== authTagLengthInBytes) return null;
  return { keyId, iv, ciphertext, tag };
}

/** Strict: Buffer.from would skip stray characters, letting two texts name one ciphertext. */
function decodeBase64Url(text: string): Buffer | null {
  if (!base64UrlPattern.test(text)) return null;

  const bytes = Buffer.from(text, "base64url");
  return bytes.toString("base64url") === text ? bytes : null;
}
