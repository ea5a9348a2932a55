import { describe, expect, it } from "vitest";

import { decodeBase32 } from "./base32.js";
import { buildOtpauthUri } from "./otpauth-uri.js";
import { generateTotpSecret } from "./totp.js";

const rfc6238Seed = Buffer.from("12345678901234567890", "ascii");

/** Splits the label the way a strict Key URI Format reader does: on the one literal colon. */
function parseLabel(uri: string): { issuer: string; accountName: string } {
  const encodedLabel = new URL(uri).pathname.replace(/^\/+/, "");
  const parts = encodedLabel.split(":");
  expect(parts).toHaveLength(2);

  const [issuer = "", accountName = ""] = parts.map(decodeURIComponent);
  return { issuer, accountName };
}

describe("buildOtpauthUri", () => {
  it("writes the Key URI Format with every parameter the server relies on", () => {
    const uri = buildOtpauthUri({
      issuer: "3 Clicks Cloud",
      accountName: "alice@example.com",
      secret: rfc6238Seed,
    });

    expect(uri).toBe(
      "otpauth://totp/3%20Clicks%20Cloud:alice%40example.com" +
        "?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=3%20Clicks%20Cloud" +
        "&algorithm=SHA1&digits=6&period=30",
    );
  });

  it("carries a secret that parses back to the same 20 bytes", () => {
    const secret = generateTotpSecret();

    const uri = buildOtpauthUri({ issuer: "3 Clicks Cloud", accountName: "a@b.example", secret });
    const secretText = new URL(uri).searchParams.get("secret") ?? "";

    expect(secretText).toMatch(/^[A-Z2-7]{32}$/);
    expect(decodeBase32(secretText)?.equals(secret)).toBe(true);
  });

  /**
   * Pins down labels and parameters broken by reserved characters: an `&` splitting the query,
   * a colon shifting the issuer/account split, a `+` shown as a literal plus (Key URI Format).
   */
  it("percent-encodes space, @, &, : and non-ASCII so label and issuer parse back exactly", () => {
    const issuer = "R&D: Société Générale";
    const accountName = "jürgen:ops+mfa@exämple.com";

    const uri = buildOtpauthUri({ issuer, accountName, secret: generateTotpSecret() });
    const parameters = new URL(uri).searchParams;

    expect(uri).toMatch(/^[\x21-\x7e]+$/);
    expect(uri).toContain("/R%26D%3A%20Soci%C3%A9t%C3%A9%20G%C3%A9n%C3%A9rale:j%C3%BCrgen%3A");
    expect(uri).not.toContain(" ");
    expect(parseLabel(uri)).toEqual({ issuer, accountName });
    expect(parameters.get("issuer")).toBe(issuer);
    expect([...parameters.keys()]).toEqual(["secret", "issuer", "algorithm", "digits", "period"]);
  });

  it("refuses an empty issuer or account name", () => {
    const secret = generateTotpSecret();

    expect(() => buildOtpauthUri({ issuer: " ", accountName: "a@b.example", secret })).toThrow(
      RangeError,
    );
    expect(() => buildOtpauthUri({ issuer: "Acme", accountName: "", secret })).toThrow(RangeError);
  });
});
