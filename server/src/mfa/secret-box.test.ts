import { randomBytes } from "node:crypto";

import { describe, expect, it } from "vitest";

import { encodeBase32 } from "./base32.js";
import { parseEncryptionKeyRing } from "./encryption-key-ring.js";
import { SecretBox } from "./secret-box.js";
import { generateTotpSecret } from "./totp.js";

const ownerId = "0b7c1e52-7a43-4d8e-9a39-2f1f8c3b6d10";
const otherOwnerId = "5d2e9f04-1c6b-4a7e-8f21-9b3c0d4e5a61";

function newKeyEntry(keyId: string): string {
  return `${keyId}:${randomBytes(32).toString("base64")}`;
}

function makeBox(keyRingText: string): SecretBox {
  return new SecretBox(parseEncryptionKeyRing(keyRingText));
}

/** Flips one bit of the given base64url part of a sealed value. */
function flipBitInPart(sealed: string, partIndex: number): string {
  const parts = sealed.split(".");
  const bytes = Buffer.from(parts[partIndex] ?? "", "base64url");
  bytes[0] = (bytes[0] ?? 0) ^ 0x01;
  parts[partIndex] = bytes.toString("base64url");
  return parts.join(".");
}

function replacePart(sealed: string, partIndex: number, value: string): string {
  const parts = sealed.split(".");
  parts[partIndex] = value;
  return parts.join(".");
}

describe("SecretBox", () => {
  it("opens what it sealed for the same owner", () => {
    const box = makeBox(newKeyEntry("k1"));
    const secret = generateTotpSecret();

    const sealed = box.seal(secret, ownerId);

    expect(sealed).toMatch(/^v1\.k1\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{22}$/);
    expect(box.open(sealed, ownerId)?.equals(secret)).toBe(true);
  });

  /** Pins down a database dump revealing seeds (ASVS 4.0.3 2.8.2, checklist B18). */
  it("stores neither the base32 nor the hex form of the secret", () => {
    const box = makeBox(newKeyEntry("k1"));
    const secret = generateTotpSecret();

    const sealed = box.seal(secret, ownerId);

    expect(sealed).not.toContain(encodeBase32(secret).slice(0, 8));
    expect(sealed.toLowerCase()).not.toContain(secret.toString("hex").slice(0, 8));
    expect(sealed).not.toContain(secret.toString("base64url").slice(0, 8));
  });

  /** Pins down IV reuse, which would break GCM confidentiality and integrity. */
  it("uses a fresh IV every time, so sealing one secret twice gives different values", () => {
    const box = makeBox(newKeyEntry("k1"));
    const secret = generateTotpSecret();

    const first = box.seal(secret, ownerId);
    const second = box.seal(secret, ownerId);

    expect(first.split(".")[2]).not.toBe(second.split(".")[2]);
    expect(box.open(first, ownerId)?.equals(secret)).toBe(true);
    expect(box.open(second, ownerId)?.equals(secret)).toBe(true);
  });

  /** Pins down tampered rows being accepted instead of failing closed (checklist B18). */
  it.each([
    ["IV", 2],
    ["ciphertext", 3],
    ["authentication tag", 4],
  ])("returns null when one bit of the %s is flipped", (_, partIndex) => {
    const box = makeBox(newKeyEntry("k1"));
    const sealed = box.seal(generateTotpSecret(), ownerId);

    const tampered = flipBitInPart(sealed, partIndex);

    expect(tampered).not.toBe(sealed);
    expect(box.open(sealed, ownerId)).not.toBeNull();
    expect(box.open(tampered, ownerId)).toBeNull();
  });

  it("returns null when the key id is changed to another configured key", () => {
    const box = makeBox(`${newKeyEntry("k1")},${newKeyEntry("k2")}`);
    const sealed = box.seal(generateTotpSecret(), ownerId);

    const relabelled = replacePart(sealed, 1, "k2");

    expect(box.open(sealed, ownerId)).not.toBeNull();
    expect(box.open(relabelled, ownerId)).toBeNull();
  });

  /** Pins down a GCM tag cut short, which Node would otherwise accept at reduced strength. */
  it("returns null when the authentication tag is truncated", () => {
    const box = makeBox(newKeyEntry("k1"));
    const sealed = box.seal(generateTotpSecret(), ownerId);

    const tag = Buffer.from(sealed.split(".")[4] ?? "", "base64url");
    const truncated = replacePart(sealed, 4, tag.subarray(0, 12).toString("base64url"));

    expect(box.open(truncated, ownerId)).toBeNull();
  });

  /** Pins down a sealed secret copied into another user's row being usable there. */
  it("returns null when opened for a different owner", () => {
    const box = makeBox(newKeyEntry("k1"));
    const sealed = box.seal(generateTotpSecret(), ownerId);

    expect(box.open(sealed, ownerId)).not.toBeNull();
    expect(box.open(sealed, otherOwnerId)).toBeNull();
    expect(box.open(sealed, "")).toBeNull();
  });

  /** Pins down a removed or mistyped key crashing verification instead of failing closed. */
  it("returns null when the key that sealed a value is no longer configured", () => {
    const oldBox = makeBox(newKeyEntry("k1"));
    const sealed = oldBox.seal(generateTotpSecret(), ownerId);

    const boxWithoutOldKey = makeBox(newKeyEntry("k2"));

    expect(boxWithoutOldKey.open(sealed, ownerId)).toBeNull();
  });

  it("keeps opening old values after a rotation and seals new ones with the new key", () => {
    const oldEntry = newKeyEntry("k1");
    const secret = generateTotpSecret();
    const sealedBefore = makeBox(oldEntry).seal(secret, ownerId);

    const rotatedBox = makeBox(`${newKeyEntry("k2")},${oldEntry}`);
    const sealedAfter = rotatedBox.seal(secret, ownerId);

    expect(rotatedBox.open(sealedBefore, ownerId)?.equals(secret)).toBe(true);
    expect(sealedAfter.startsWith("v1.k2.")).toBe(true);
    expect(rotatedBox.open(sealedAfter, ownerId)?.equals(secret)).toBe(true);
    expect(makeBox(oldEntry).open(sealedAfter, ownerId)).toBeNull();
  });

  it.each([
    ["an empty string", () => ""],
    ["another format version", (sealed: string) => sealed.replace(/^v1\./, "v2.")],
    ["a missing part", (sealed: string) => sealed.split(".").slice(0, 4).join(".")],
    ["an extra part", (sealed: string) => `${sealed}.AAAA`],
    ["a stray character", (sealed: string) => replacePart(sealed, 3, "*")],
    ["non-canonical base64url", (sealed: string) => `${sealed}=`],
    ["an oversized value", (sealed: string) => `${sealed}${"A".repeat(10_000)}`],
    ["a number", () => 42 as unknown as string],
  ])("returns null without throwing for %s", (_, mutate) => {
    const box = makeBox(newKeyEntry("k1"));
    const sealed = box.seal(generateTotpSecret(), ownerId);

    const malformed = mutate(sealed);

    expect(box.open(sealed, ownerId)).not.toBeNull();
    expect(() => box.open(malformed, ownerId)).not.toThrow();
    expect(box.open(malformed, ownerId)).toBeNull();
  });

  it("refuses to seal without an owner, since the value could not be bound to anyone", () => {
    const box = makeBox(newKeyEntry("k1"));

    expect(() => box.seal(generateTotpSecret(), "")).toThrow(RangeError);
  });
});
