import argon2 from "argon2";

/**
 * argon2id at OWASP's minimum recommendation (19 MiB, 2 passes, 1 lane). Raising these later is
 * safe: `needsRehash` tells sign-in to upgrade a stored hash once the password is known again.
 */
export const passwordHashOptions = {
  type: argon2.argon2id,
  memoryCost: 19 * 1024,
  timeCost: 2,
  parallelism: 1,
} as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, passwordHashOptions);
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    // A malformed stored hash is a data problem, never a reason to let someone in.
    return false;
  }
}

export function needsRehash(hash: string): boolean {
  return argon2.needsRehash(hash, passwordHashOptions);
}

/**
 * A hash of a random password, made once per process. Unknown emails and locked accounts are
 * verified against it so every failed sign-in costs the same argon2 work as a real one.
 */
let decoyHash: Promise<string> | undefined;

export function getDecoyHash(): Promise<string> {
  decoyHash ??= hashPassword(crypto.randomUUID());
  return decoyHash;
}
