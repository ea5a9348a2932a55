import { BadUserInputError } from "../graphql/errors.js";
import { normalizeRecoveryCode } from "./recovery-codes.js";
import { normalizeTotpCode } from "./totp.js";

export type SubmittedCode =
  { kind: "totp"; code: string } | { kind: "recovery"; normalized: string };

/** For the set-up confirmation, where only the new authenticator's code can prove anything. */
export function parseAuthenticatorCode(input: string, field: string): string {
  const code = normalizeTotpCode(input);
  if (code === null) {
    throw new BadUserInputError(field, "Enter the 6-digit code from your authenticator app.");
  }
  return code;
}

/**
 * Sorts what was typed into an authenticator code or a recovery code by its shape. Input that
 * can be neither is refused as malformed before it touches the attempt budget: it cannot be
 * right, so refusing it costs an attacker nothing and spares the person an attempt.
 */
export function parseSubmittedCode(input: string, field: string): SubmittedCode {
  const totpCode = normalizeTotpCode(input);
  if (totpCode !== null) return { kind: "totp", code: totpCode };

  const recoveryCode = normalizeRecoveryCode(input);
  if (recoveryCode !== null) return { kind: "recovery", normalized: recoveryCode };

  throw new BadUserInputError(
    field,
    "Enter the 6-digit code from your authenticator app, or a recovery code.",
  );
}
