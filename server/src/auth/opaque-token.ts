import { createHash, randomBytes } from "node:crypto";

/** 256 bits from the OS CSPRNG, base64url so it travels in a cookie without escaping. */
export function generateOpaqueToken(): string {
  return randomBytes(32).toString("base64url");
}

/**
 * Tokens carry 256 bits of entropy, so a plain SHA-256 is enough to make a stolen table useless;
 * a slow hash would only cost every request.
 */
export function hashOpaqueToken(token: string): Buffer {
  return createHash("sha256").update(token, "utf8").digest();
}

/** Rejects anything that cannot be one of our tokens before it reaches the database. */
export function isWellFormedToken(token: string | undefined): token is string {
  return typeof token === "string" && /^[A-Za-z0-9_-]{43}$/.test(token);
}
