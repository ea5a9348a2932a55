import {
  isAcceptablePasswordLength,
  isPlausibleEmail,
  meetsPasswordPolicy,
  normalizeEmail,
  passwordMaxLength,
  passwordMinLength,
} from "@app/shared";

import { BadUserInputError } from "../graphql/errors.js";

/** Shape checks only; whether the credentials are right is the sign-in service's business. */
export function assertEmailShape(email: string): void {
  if (!isPlausibleEmail(normalizeEmail(email))) {
    throw new BadUserInputError("email", "Enter an email address like name@example.com.");
  }
}

export function assertPasswordShape(password: string, field = "password"): void {
  if (!isAcceptablePasswordLength(password)) {
    throw new BadUserInputError(field, "Enter a password of at most 128 characters.");
  }
}

/** Only length is enforced, as NIST SP 800-63B §3.1.1.2 advises against composition rules. */
export function assertNewPasswordShape(password: string, field: string): void {
  if (!meetsPasswordPolicy(password)) {
    throw new BadUserInputError(
      field,
      `Choose a password of ${passwordMinLength} to ${passwordMaxLength} characters.`,
    );
  }
}
