import type { DataSource, EntityManager } from "typeorm";

import { InvalidCodeError, TooManyAttemptsError } from "../graphql/errors.js";
import type { CodeAttemptBudget } from "./code-attempt-budget.js";
import type { MatchedCode } from "./code-verifier.js";

export interface GatedChange<TPrepared, TResult> {
  /** Finds whether the code is right; writes nothing. */
  evaluate(): Promise<MatchedCode | null>;
  /** Slow work (hashing) done only for a right code and outside the transaction. */
  prepare(): Promise<TPrepared>;
  /** The change itself, in the transaction that also spends the code. */
  apply(manager: EntityManager, prepared: TPrepared, code: MatchedCode): Promise<TResult>;
}

type Outcome<T> = { isAccepted: true; value: T } | { isAccepted: false };

/**
 * Every path that checks a code goes through here: reserve an attempt, evaluate the code, then
 * spend it and make the change in one transaction. A wrong or replayed code keeps the attempt
 * spent (INVALID_CODE); a fault gives it back; a success resets the budget.
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
      outcome = await this.evaluateAndApply(userId, change);
    } catch (error) {
      await this.budget.refund(userId);
      throw error;
    }

    if (!outcome.isAccepted) {
      await this.budget.recordFailure(userId);
      throw new InvalidCodeError();
    }
    return outcome.value;
  }

  private async evaluateAndApply<TPrepared, TResult>(
    userId: string,
    change: GatedChange<TPrepared, TResult>,
  ): Promise<Outcome<TResult>> {
    const code = await change.evaluate();
    if (!code) return { isAccepted: false };

    const prepared = await change.prepare();

    return this.dataSource.transaction(async (manager) => {
      // One MFA change per person at a time: a second one waits here and then sees the first's
      // result, which is what keeps exactly one recovery-code set after parallel regenerations.
      await manager.query("SELECT id FROM users WHERE id = $1 FOR UPDATE", [userId]);

      if (!(await code.spend(manager))) return { isAccepted: false };

      const value = await change.apply(manager, prepared, code);
      await this.budget.reset(manager, userId);
      return { isAccepted: true, value };
    });
  }
}
