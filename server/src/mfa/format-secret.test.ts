import { describe, expect, it } from "vitest";

import { decodeBase32 } from "./base32.js";
import { formatSecretForManualEntry } from "./format-secret.js";
import { generateTotpSecret } from "./totp.js";

describe("formatSecretForManualEntry", () => {
  it("shows the RFC 6238 seed as eight groups of four base32 characters", () => {
    const seed = Buffer.from("12345678901234567890", "ascii");

    expect(formatSecretForManualEntry(seed)).toBe("GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ");
  });

  it("decodes back to the same secret once the spaces are removed", () => {
    const secret = generateTotpSecret();

    const formatted = formatSecretForManualEntry(secret);

    expect(formatted).toMatch(/^[A-Z2-7]{4}( [A-Z2-7]{4}){7}$/);
    expect(decodeBase32(formatted.replaceAll(" ", ""))?.equals(secret)).toBe(true);
  });

  it("leaves a shorter last group when the length is not a multiple of four", () => {
    expect(formatSecretForManualEntry(Buffer.from("foobar", "ascii"))).toBe("MZXW 6YTB OI");
  });
});
