import type { DataSource } from "typeorm";

import { mfaChallengeAttemptLimit, mfaChallengeLifetimeInSeconds } from "@app/shared";

import { addSeconds, type Clock } from "../clock/clock.js";
import { queryReturningRows } from "../database/returning-rows.js";
import type { AuthenticatorToCheck } from "../mfa/code-verifier.js";
import { personColumns } from "../users/person-columns.js";
import type { UserEntity } from "../users/user.entity.js";
import { MfaChallengeEntity } from "./mfa-challenge.entity.js";
import { generateOpaqueToken, hashOpaqueToken, isWellFormedToken } from "./opaque-token.js";

interface ChallengeColumns {
  challenge_id: string;
  challenge_created_at: Date;
  challenge_expires_at: Date;
  challenge_failed_attempts: number;
  authenticator_id: string | null;
  authenticator_secret_ciphertext: string | null;
  /** bigint, which the driver hands back as a string. */
  authenticator_last_accepted_time_step: string | number | null;
}

/** A right password waiting for its code. */
export interface PendingSignIn {
  challenge: Pick<MfaChallengeEntity, "id" | "createdAt">;
  /** Loaded with the company. */
  user: UserEntity;
  /** Null when the person has no authenticator; a recovery code can still answer. */
  authenticator: AuthenticatorToCheck | null;
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
   * The live challenge behind a cookie with the person it belongs to, their company and their
   * authenticator, in one read: the code step needs all of them before it can do anything else.
   */
  async resolve(token: string | undefined): Promise<PendingSignIn | null> {
    if (!isWellFormedToken(token)) return null;

    const manager = this.dataSource.manager;
    const person = personColumns(manager);
    const rows: (ChallengeColumns & Record<string, unknown>)[] = await manager.query(
      `SELECT ${person.selectList},
              ch.id AS challenge_id, ch.created_at AS challenge_created_at,
              ch.expires_at AS challenge_expires_at,
              ch.failed_attempts AS challenge_failed_attempts,
              a.id AS authenticator_id, a.secret_ciphertext AS authenticator_secret_ciphertext,
              a.last_accepted_time_step AS authenticator_last_accepted_time_step
         FROM mfa_challenges ch
         JOIN users u ON u.id = ch.user_id
         JOIN companies c ON c.id = u.company_id
         LEFT JOIN totp_authenticators a ON a.user_id = u.id
        WHERE ch.token_hash = $1`,
      [hashOpaqueToken(token)],
    );
    const columns = rows[0];
    if (!columns) return null;

    const isAlive =
      this.clock.now() < columns.challenge_expires_at &&
      columns.challenge_failed_attempts < mfaChallengeAttemptLimit;
    if (!isAlive) return null;

    return {
      user: person.toUser(columns),
      challenge: { id: columns.challenge_id, createdAt: columns.challenge_created_at },
      authenticator: authenticatorOf(columns),
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

  async revoke(token: string | undefined): Promise<void> {
    if (!isWellFormedToken(token)) return;
    await this.dataSource.manager.delete(MfaChallengeEntity, { tokenHash: hashOpaqueToken(token) });
  }
}

function authenticatorOf(columns: ChallengeColumns): AuthenticatorToCheck | null {
  const {
    authenticator_id: id,
    authenticator_secret_ciphertext: secretCiphertext,
    authenticator_last_accepted_time_step: lastStep,
  } = columns;
  if (id === null || secretCiphertext === null) return null;

  return {
    id,
    secretCiphertext,
    lastAcceptedTimeStep: lastStep === null ? null : Number(lastStep),
  };
}
