import type { DataSource, EntityManager } from "typeorm";

import { runInTransaction } from "../database/run-in-transaction.js";
import { InvalidCodeError, TooManyAttemptsError } from "../graphql/errors.js";
import type { CodeAttemptBudget, GrantedAttempt } from "./code-attempt-budget.js";
import type { MatchedCode } from "./code-verifier.js";

export interface GatedChange<TPrepared, TResult> {
  /** Finds whether the code is right; writes nothing. */
  evaluate(): Promise<MatchedCode | null>;
  /** Slow work (hashing) done only for a right code and outside the transaction. */
  prepare(): Promise<TPrepared>;
  /** The change itself, in the transaction that also spends the code. */
  apply(manager: EntityManager, prepared: TPrepared, code: MatchedCode): Promise<TResult>;
}

/** Thrown inside the transaction only to roll it back; it never leaves the gate. */
class CodeSpentMeanwhile extends Error {}

type Outcome<T> = { isAccepted: true; value: T } | { isAccepted: false };

/**
 * Every path that checks a code goes through here: reserve an attempt, evaluate the code, then
 * spend it and make the change in one transaction. A wrong or replayed code keeps the attempt
 * spent (INVALID_CODE); a fault gives it back; a success resets the budget. A database fault at
 * any point leaves no attempt spent: before the reservation nothing was written, after it the
 * refund removes it or, when the database cannot be reached, its lease runs out.
 */
export class CodeGate {
  constructor(
    private readonly dataSource: DataSource,
    private readonly budget: CodeAttemptBudget,
  ) {}

  async run<TPrepared, TResult>(
    userId: string,
    change: GatedChange<TPrepared, TResult>,
  ): Promise<TResult> {
    const reservation = await this.budget.reserve(userId);
    if (!reservation.granted) throw new TooManyAttemptsError(reservation.retryAfterSeconds);

    let outcome: Outcome<TResult>;
    try {
      outcome = await this.evaluateAndApply(reservation, change);
    } catch (error) {
      // The original fault is what the caller must see; an unreachable refund lapses by itself.
      await this.budget.refund(reservation).catch(() => undefined);
      throw error;
    }

    if (!outcome.isAccepted) {
      await this.budget.recordFailure(reservation);
      throw new InvalidCodeError();
    }
    return outcome.value;
  }

  private async evaluateAndApply<TPrepared, TResult>(
    attempt: GrantedAttempt,
    change: GatedChange<TPrepared, TResult>,
  ): Promise<Outcome<TResult>> {
    const code = await change.evaluate();
    if (!code) return { isAccepted: false };

    const prepared = await change.prepare();

    try {
      return await runInTransaction(this.dataSource, async (manager) => {
        // One MFA change per person at a time: settling the attempt first takes the person's row
        // lock, so a second change waits here and then sees the first's result, which is what
        // keeps exactly one recovery-code set after parallel regenerations. A code spent
        // meanwhile rolls the settlement back with everything else.
        await this.budget.recordSuccess(manager, attempt);
        if (!(await code.spend(manager))) throw new CodeSpentMeanwhile();

        return { isAccepted: true, value: await change.apply(manager, prepared, code) };
      });
    } catch (error) {
      if (error instanceof CodeSpentMeanwhile) return { isAccepted: false };
      throw error;
    }
  }
}
