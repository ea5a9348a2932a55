import type { EntityManager } from "typeorm";

import { hashRecoveryCode, type RecoveryCodeHash } from "./recovery-code-hash.js";
import { RecoveryCodeEntity } from "./recovery-code.entity.js";
import { generateRecoveryCodes, normalizeRecoveryCode } from "./recovery-codes.js";

export interface PreparedRecoveryCodes {
  /** Shown once, formatted `xxxxx-xxxxx`; never stored. */
  displayCodes: string[];
  hashes: RecoveryCodeHash[];
}

export async function prepareRecoveryCodes(): Promise<PreparedRecoveryCodes> {
  const displayCodes = generateRecoveryCodes();
  const hashes = await Promise.all(
    displayCodes.map((code) => hashRecoveryCode(normalizeRecoveryCode(code) ?? "")),
  );
  return { displayCodes, hashes };
}

/** Voids any earlier set in the same transaction, so two sets are never valid at once. */
export async function replaceRecoveryCodes(
  manager: EntityManager,
  userId: string,
  prepared: PreparedRecoveryCodes,
  now: Date,
): Promise<void> {
  await manager.delete(RecoveryCodeEntity, { userId });
  await manager.insert(
    RecoveryCodeEntity,
    prepared.hashes.map((hash) => ({
      userId,
      lookupKey: hash.lookupKey,
      codeHash: hash.hash,
      createdAt: now,
      usedAt: null,
    })),
  );
}
