import { randomInt } from "node:crypto";
import { setTimeout as delay } from "node:timers/promises";

import type { DataSource, EntityManager } from "typeorm";

/** serialization_failure and deadlock_detected: PostgreSQL asks for the whole transaction again. */
const retryableStates = new Set(["40001", "40P01"]);

export const maxTransactionAttempts = 4;

const baseBackoffInMilliseconds = 10;

/**
 * Raised when conflicts outlast every attempt. It carries no SQL, so the error formatter turns it
 * into the generic "please try again" answer.
 */
export class TransactionConflictError extends Error {
  constructor(attempts: number) {
    super(`A database transaction kept conflicting with others and gave up after ${attempts}.`);
    this.name = "TransactionConflictError";
  }
}

export function isRetryableTransactionFailure(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;

  const { code, driverError } = error as { code?: unknown; driverError?: { code?: unknown } };
  const state = code ?? driverError?.code;
  return typeof state === "string" && retryableStates.has(state);
}

/**
 * Runs `work` in a transaction, and runs all of it again when PostgreSQL reports a serialization
 * failure or a deadlock (PostgreSQL docs §13.5): the rolled-back attempt left nothing behind, so
 * a retry can never consume a code twice. `work` must therefore keep its effects inside the
 * manager it is given. The jitter keeps two colliding requests from colliding again in step.
 */
export async function runInTransaction<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await dataSource.transaction(work);
    } catch (error) {
      if (!isRetryableTransactionFailure(error)) throw error;
      if (attempt >= maxTransactionAttempts) throw new TransactionConflictError(attempt);

      await delay(randomInt(baseBackoffInMilliseconds * 2 ** attempt + 1));
    }
  }
}
