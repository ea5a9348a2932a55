import { randomBytes } from "node:crypto";

import { describe, expect, it } from "vitest";

import { ConfigError } from "../config/config.js";
import { parseEncryptionKeyRing } from "./encryption-key-ring.js";

function newKeyText(): string {
  return randomBytes(32).toString("base64");
}

function captureError(action: () => unknown): Error {
  try {
    action();
  } catch (error) {
    if (error instanceof Error) return error;
  }
  throw new Error("Expected the action to throw an Error.");
}

describe("parseEncryptionKeyRing", () => {
  it("makes the first entry the active key and keeps the others for decryption", () => {
    const newKey = newKeyText();
    const oldKey = newKeyText();

    const ring = parseEncryptionKeyRing(`k2:${newKey}, k1:${oldKey}`);

    expect(ring.activeKeyId).toBe("k2");
    expect([...ring.keys.keys()]).toEqual(["k2", "k1"]);
    expect(ring.keys.get("k2")?.equals(Buffer.from(newKey, "base64"))).toBe(true);
    expect(ring.keys.get("k1")?.equals(Buffer.from(oldKey, "base64"))).toBe(true);
  });

  it("accepts a key written without its trailing padding", () => {
    const key = newKeyText();

    const ring = parseEncryptionKeyRing(`k1:${key.replace(/=$/, "")}`);

    expect(ring.keys.get("k1")?.equals(Buffer.from(key, "base64"))).toBe(true);
  });

  it.each([
    ["an empty value", () => "", /is empty/],
    ["an entry with no id", () => newKeyText(), /entry 1 has no "id:" prefix/],
    ["a trailing comma", () => `k1:${newKeyText()},`, /entry 2 has no "id:" prefix/],
    ["an id with a dot", () => `k.1:${newKeyText()}`, /entry 1 has an invalid key id/],
    ["a repeated id", () => `k1:${newKeyText()},k1:${newKeyText()}`, /repeats key id "k1"/],
    ["a 16-byte key", () => `k1:${randomBytes(16).toString("base64")}`, /is not 32 bytes/],
    ["a 48-byte key", () => `k1:${randomBytes(48).toString("base64")}`, /is not 32 bytes/],
    ["a hex key", () => `k1:${randomBytes(32).toString("hex")}`, /is not 32 bytes/],
    ["a key with a stray character", () => `k1:${newKeyText().slice(1)}!`, /is not 32 bytes/],
  ])("refuses %s with a ConfigError that names the problem", (_, makeText, message) => {
    const error = captureError(() => parseEncryptionKeyRing(makeText()));

    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toMatch(message);
    expect(error.message).toContain("MFA_ENCRYPTION_KEYS");
  });

  /** Pins down key material leaking into start-up logs through a configuration error. */
  it("never repeats key material in its error messages", () => {
    const goodKey = newKeyText();
    const shortKey = randomBytes(16).toString("base64");

    const error = captureError(() => parseEncryptionKeyRing(`k1:${goodKey},k2:${shortKey}`));

    expect(error.message).toMatch(/entry 2 \("k2"\)/);
    expect(error.message).not.toContain(goodKey.slice(0, 12));
    expect(error.message).not.toContain(shortKey.slice(0, 12));
  });
});
