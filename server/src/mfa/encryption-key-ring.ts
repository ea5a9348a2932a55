import { ConfigError } from "../config/config.js";

export const encryptionKeyLengthInBytes = 32;

/** Key ids travel inside every sealed value, so they stay short and separator-free. */
const keyIdPattern = /^[A-Za-z0-9_-]{1,32}$/;
const base64KeyPattern = /^[A-Za-z0-9+/]{43}=?$/;

export interface EncryptionKeyRing {
  /** Encrypts everything new; the other keys only decrypt rows sealed before a rotation. */
  activeKeyId: string;
  keys: ReadonlyMap<string, Buffer>;
}

const formatHint =
  'expected comma-separated "id:key" entries such as "k2:<new>,k1:<old>", where the first is ' +
  "the active key and each key is 32 random bytes in base64 (openssl rand -base64 32)";

/**
 * Parses MFA_ENCRYPTION_KEYS. Messages name the entry and what is wrong with it but never echo
 * key material, because start-up errors end up in logs.
 */
export function parseEncryptionKeyRing(
  text: string,
  variableName = "MFA_ENCRYPTION_KEYS",
): EncryptionKeyRing {
  if (text.trim() === "") throw new ConfigError(`${variableName} is empty; ${formatHint}.`);

  const entries = text.split(",").map((entry) => entry.trim());

  const keys = new Map<string, Buffer>();
  for (const [index, entry] of entries.entries()) {
    const position = `${variableName} entry ${index + 1}`;
    const separatorIndex = entry.indexOf(":");
    if (separatorIndex === -1) {
      throw new ConfigError(`${position} has no "id:" prefix; ${formatHint}.`);
    }

    const keyId = entry.slice(0, separatorIndex).trim();
    const encodedKey = entry.slice(separatorIndex + 1).trim();
    if (!keyIdPattern.test(keyId)) {
      throw new ConfigError(
        `${position} has an invalid key id; use 1 to 32 letters, digits, "_" or "-".`,
      );
    }
    if (keys.has(keyId)) {
      throw new ConfigError(`${position} repeats key id "${keyId}"; each id must be unique.`);
    }

    const key = decodeKey(encodedKey);
    if (key === null) {
      throw new ConfigError(
        `${position} ("${keyId}") is not ${encryptionKeyLengthInBytes} bytes of standard ` +
          "base64; generate one with: openssl rand -base64 32",
      );
    }
    keys.set(keyId, key);
  }

  const [activeKeyId] = keys.keys();
  if (activeKeyId === undefined) throw new ConfigError(`${variableName} is empty; ${formatHint}.`);
  return { activeKeyId, keys };
}

/** Buffer.from skips characters it does not understand, so the text is checked first. */
function decodeKey(encodedKey: string): Buffer | null {
  if (!base64KeyPattern.test(encodedKey)) return null;

  const key = Buffer.from(encodedKey, "base64");
  const isCanonical = key.toString("base64") === encodedKey.padEnd(44, "=");
  return key.length === encryptionKeyLengthInBytes && isCanonical ? key : null;
}
