import argon2 from "argon2";

import { hashPassword } from "../../auth/password-hasher.js";

/**
 * The ceiling for password sign-in: raw argon2id verifications with the server's parameters and
 * thread pool, this many at a time, for this long. Prints verifications per second.
 */
const concurrency = Number(process.argv[2] ?? 4);
const durationInMs = Number(process.argv[3] ?? 5) * 1000;
const password = "bench-password-1";
const hash = await hashPassword(password);

let completed = 0;
const startedAt = performance.now();
const deadline = startedAt + durationInMs;

async function worker(): Promise<void> {
  while (performance.now() < deadline) {
    if (!(await argon2.verify(hash, password))) throw new Error("The baseline hash must verify.");
    completed++;
  }
}

await Promise.all(Array.from({ length: concurrency }, () => worker()));
const elapsedInSeconds = (performance.now() - startedAt) / 1000;
process.stdout.write(`${JSON.stringify({ perSecond: completed / elapsedInSeconds })}\n`);
