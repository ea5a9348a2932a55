import type { DataSource, EntityManager } from "typeorm";

import { mfaChallengeAttemptLimit, mfaChallengeLifetimeInSeconds } from "@app/shared";

import { addSeconds, type Clock } from "../clock/clock.js";
import { queryReturningRows } from "../database/returning-rows.js";
import { UserEntity } from "../users/user.entity.js";
import { MfaChallengeEntity } from "./mfa-challenge.entity.js";
import { generateOpaqueToken, hashOpaqueToken, isWellFormedToken } from "./opaque-token.js";

interface ChallengeColumns {
  challenge_id: string;
  challenge_created_at: Date;
  challenge_expires_at: Date;
  challenge_failed_attempts: number;
}

/** A right password waiting for its code. */
export interface PendingSignIn {
  challenge: Pick<MfaChallengeEntity, "id" | "userId" | "createdAt">;
  /** Loaded with the company. */
  user: UserEntity;
}

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

  /**
   * The live challenge behind a cookie with the person it belongs to, loaded with their company,
   * in one read: the code step needs both before it can do anything else.
   */
  async resolve(token: string | undefined): Promise<PendingSignIn | null> {
    if (!isWellFormedToken(token)) return null;

    const { entities, raw } = await this.dataSource.manager
      .createQueryBuilder(UserEntity, "user")
      .innerJoinAndSelect("user.company", "company")
      .innerJoin(MfaChallengeEntity, "challenge", "challenge.user_id = user.id")
      .addSelect("challenge.id", "challenge_id")
      .addSelect("challenge.created_at", "challenge_created_at")
      .addSelect("challenge.expires_at", "challenge_expires_at")
      .addSelect("challenge.failed_attempts", "challenge_failed_attempts")
      .where("challenge.token_hash = :tokenHash", { tokenHash: hashOpaqueToken(token) })
      .getRawAndEntities<ChallengeColumns>();
    const user = entities[0];
    const columns = raw[0];
    if (!user || !columns) return null;

    const isAlive =
      this.clock.now() < columns.challenge_expires_at &&
      columns.challenge_failed_attempts < mfaChallengeAttemptLimit;
    if (!isAlive) return null;

    return {
      user,
      challenge: {
        id: columns.challenge_id,
        userId: user.id,
        createdAt: columns.challenge_created_at,
      },
    };
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
