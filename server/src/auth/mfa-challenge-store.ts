import type { DataSource, EntityManager } from "typeorm";

import { mfaChallengeAttemptLimit, mfaChallengeLifetimeInSeconds } from "@app/shared";

import { addSeconds, type Clock } from "../clock/clock.js";
import { queryReturningRows } from "../database/returning-rows.js";
import { MfaChallengeEntity } from "./mfa-challenge.entity.js";
import { generateOpaqueToken, hashOpaqueToken, isWellFormedToken } from "./opaque-token.js";

/** Pending second steps: 10 minutes each, and dead after 5 wrong codes. */
export class MfaChallengeStore {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async create(userId: string): Promise<string> {
    const token = generateOpaqueToken();
    const now = this.clock.now();

    await this.dataSource.manager.insert(MfaChallengeEntity, {
      tokenHash: hashOpaqueToken(token),
      userId,
      createdAt: now,
      expiresAt: addSeconds(now, mfaChallengeLifetimeInSeconds),
      failedAttempts: 0,
    });
    return token;
  }

  async resolve(token: string | undefined): Promise<MfaChallengeEntity | null> {
    if (!isWellFormedToken(token)) return null;

    const challenge = await this.dataSource.manager.findOneBy(MfaChallengeEntity, {
      tokenHash: hashOpaqueToken(token),
    });
    if (!challenge) return null;

    const isAlive =
      this.clock.now() < challenge.expiresAt && challenge.failedAttempts < mfaChallengeAttemptLimit;
    return isAlive ? challenge : null;
  }

  /** The limit-th wrong code deletes the challenge, so even the right code needs a new sign-in. */
  async recordFailure(challengeId: string): Promise<void> {
    const rows = await queryReturningRows<{ failed_attempts: number }>(
      this.dataSource,
      `UPDATE mfa_challenges SET failed_attempts = failed_attempts + 1
        WHERE id = $1 RETURNING failed_attempts`,
      [challengeId],
    );
    if ((rows[0]?.failed_attempts ?? 0) >= mfaChallengeAttemptLimit) {
      await this.dataSource.manager.delete(MfaChallengeEntity, { id: challengeId });
    }
  }

  /** Single use: of two requests racing with one challenge, only one can take it. */
  async consume(manager: EntityManager, challengeId: string): Promise<boolean> {
    const rows = await queryReturningRows(
      manager,
      "DELETE FROM mfa_challenges WHERE id = $1 RETURNING id",
      [challengeId],
    );
    return rows.length === 1;
  }

  async revoke(token: string | undefined): Promise<void> {
    if (!isWellFormedToken(token)) return;
    await this.dataSource.manager.delete(MfaChallengeEntity, { tokenHash: hashOpaqueToken(token) });
  }
}
