import { randomBytes } from "node:crypto";

import { describe, expect, it } from "vitest";

import { decodeBase32, encodeBase32 } from "./base32.js";

/** RFC 4648 §10, with the padding removed as the Key URI Format wants. */
const rfc4648Vectors: [string, string][] = [
  ["", ""],
  ["f", "MY"],
  ["fo", "MZXQ"],
  ["foo", "MZXW6"],
  ["foob", "MZXW6YQ"],
  ["fooba", "MZXW6YTB"],
  ["foobar", "MZXW6YTBOI"],
];

describe("base32", () => {
  it.each(rfc4648Vectors)("encodes %j as the RFC 4648 value %j without padding", (text, code) => {
    expect(encodeBase32(Buffer.from(text, "ascii"))).toBe(code);
  });

  it.each(rfc4648Vectors)("decodes %j back from %j", (text, code) => {
    expect(decodeBase32(code)?.toString("ascii")).toBe(text);
  });

  it("encodes the RFC 6238 SHA-1 seed as the value authenticator apps are given", () => {
    const seed = Buffer.from("12345678901234567890", "ascii");

    expect(encodeBase32(seed)).toBe("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
  });

  it("decodes lower-case and padded input to the same bytes", () => {
    expect(decodeBase32("mzxw6ytboi")?.toString("ascii")).toBe("foobar");
    expect(decodeBase32("MZXW6YTBOI======")?.toString("ascii")).toBe("foobar");
  });

  it("round-trips random 20-byte secrets", () => {
    for (let round = 0; round < 200; round += 1) {
      const secret = randomBytes(20);

      expect(decodeBase32(encodeBase32(secret))?.equals(secret)).toBe(true);
    }
  });

  it.each(["MZXW0", "MZXW1", "MZXW8", "MZXW9", "MZ XW", "MZXW6!"])(
    "returns null for %j, which holds a character outside the alphabet",
    (text) => {
      expect(decodeBase32(text)).toBeNull();
    },
  );

  it.each(["M", "MZX", "MZXW6Y"])(
    "returns null for %j, whose length no byte string has",
    (text) => {
      expect(decodeBase32(text)).toBeNull();
    },
  );
});
