import type { DataSource, EntityManager } from "typeorm";

import type { Clock } from "../clock/clock.js";
import { queryReturningRows } from "../database/returning-rows.js";
import type { Logger } from "../logging/logger.js";
import {
  hashRecoveryCode,
  recoveryCodeLookupKey,
  verifyRecoveryCodeHash,
} from "./recovery-code-hash.js";
import type { SecretBox } from "./secret-box.js";
import type { SubmittedCode } from "./submitted-code.js";
import { TotpAuthenticatorEntity } from "./totp-authenticator.entity.js";
import { matchTotpCode } from "./totp.js";

interface Spendable {
  /** True when the code was still unspent and is now spent; false means someone was faster. */
  spend(manager: EntityManager): Promise<boolean>;
}

/** The authenticator's columns a code check needs. */
export type AuthenticatorToCheck = Pick<
  TotpAuthenticatorEntity,
  "id" | "secretCiphertext" | "lastAcceptedTimeStep"
>;

/** A code found to be right, not yet spent. Spending is the caller's transaction's business. */
export type MatchedCode =
  (Spendable & { kind: "totp"; timeStep: number }) | (Spendable & { kind: "recovery" });

/**
 * Answers "is this code right for this person" without writing anything, so that a code is
 * spent only when the whole operation that needed it succeeds.
 */
export class CodeVerifier {
  private decoyRecoveryHash: Promise<string> | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly secretBox: SecretBox,
    private readonly logger: Logger,
  ) {}

  /**
   * `known.authenticator` is the row the caller has already read, as the code step does with its
   * challenge. A stale row is safe: spending the code checks the replay ledger again.
   */
  async match(
    userId: string,
    submitted: SubmittedCode,
    known?: { authenticator: AuthenticatorToCheck | null },
  ): Promise<MatchedCode | null> {
    switch (submitted.kind) {
      case "totp": {
        const authenticator = known
          ? known.authenticator
          : await this.dataSource.manager.findOneBy(TotpAuthenticatorEntity, { userId });
        if (!authenticator) return null;
        return this.matchAuthenticatorCode(authenticator, userId, submitted.code);
      }
      case "recovery":
        return this.matchRecoveryCode(userId, submitted.normalized);
      default: {
        const unreachable: never = submitted;
        return unreachable;
      }
    }
  }

  /** Opens a sealed secret; a tampered row or a missing key fails closed and is reported. */
  openSecret(sealed: string, userId: string): Buffer | null {
    const secret = this.secretBox.open(sealed, userId);
    if (secret === null) {
      this.logger.error(
        { userId },
        "An MFA secret could not be decrypted. Check MFA_ENCRYPTION_KEYS still lists the key " +
          "it was sealed with; the row may also have been altered.",
      );
    }
    return secret;
  }

  private matchAuthenticatorCode(
    authenticator: AuthenticatorToCheck,
    userId: string,
    code: string,
  ): MatchedCode | null {
    const secret = this.openSecret(authenticator.secretCiphertext, userId);
    if (secret === null) return null;

    const now = this.clock.now();
    const timeStep = matchTotpCode(secret, code, now, authenticator.lastAcceptedTimeStep);
    if (timeStep === null) return null;

    return {
      kind: "totp",
      timeStep,
      // The replay ledger: only one request can move the step forward past this value.
      spend: async (manager) => {
        const result = await manager
          .createQueryBuilder()
          .update(TotpAuthenticatorEntity)
          .set({ lastAcceptedTimeStep: timeStep })
          .where("id = :id", { id: authenticator.id })
          .andWhere("(last_accepted_time_step IS NULL OR last_accepted_time_step < :timeStep)", {
            timeStep,
          })
          .execute();
        return result.affected === 1;
      },
    };
  }

  private async matchRecoveryCode(userId: string, normalized: string): Promise<MatchedCode | null> {
    const candidates: { id: string; code_hash: string }[] = await this.dataSource.query(
      `SELECT id, code_hash FROM recovery_codes
        WHERE user_id = $1 AND lookup_key = $2 AND used_at IS NULL
        LIMIT 1`,
      [userId, recoveryCodeLookupKey(normalized)],
    );
    const candidate = candidates[0];

    // One argon2 run whether or not a row matched, so timing does not reveal lookup-key hits.
    if (!candidate) {
      await verifyRecoveryCodeHash(await this.getDecoyRecoveryHash(), normalized);
      return null;
    }
    if (!(await verifyRecoveryCodeHash(candidate.code_hash, normalized))) return null;

    return {
      kind: "recovery",
      spend: async (manager) => {
        const used = await queryReturningRows(
          manager,
          `UPDATE recovery_codes SET used_at = $2 WHERE id = $1 AND used_at IS NULL RETURNING id`,
          [candidate.id, this.clock.now()],
        );
        return used.length === 1;
      },
    };
  }

  private getDecoyRecoveryHash(): Promise<string> {
    this.decoyRecoveryHash ??= hashRecoveryCode("aaaaaaaaaa").then((result) => result.hash);
    return this.decoyRecoveryHash;
  }
}
