import {
  isAcceptablePasswordLength,
  meetsPasswordPolicy,
  passwordMaxLength,
  passwordMinLength,
} from "@app/shared";

/** What the person has typed into the Change password form. */
export interface PasswordChangeDraft {
  currentPassword: string;
  newPassword: string;
  confirmation: string;
}

export type PasswordChangeField = keyof PasswordChangeDraft;

export type PasswordChangeFieldErrors = Partial<Record<PasswordChangeField, string>>;

/** In the order the fields appear, so the first one with a problem can take focus. */
export const passwordChangeFields = [
  "currentPassword",
  "newPassword",
  "confirmation",
] as const satisfies readonly PasswordChangeField[];

export const emptyPasswordChangeDraft: PasswordChangeDraft = {
  currentPassword: "",
  newPassword: "",
  confirmation: "",
};

export const passwordChangeMessages = {
  currentMissing: "Enter your current password.",
  currentTooLong: `Passwords are at most ${passwordMaxLength} characters long.`,
  newOutsidePolicy: `Choose a password of ${passwordMinLength} to ${passwordMaxLength} characters.`,
  confirmationMissing: "Enter the new password again.",
  confirmationDifferent: "This does not match the new password. Enter it again.",
} as const;

/**
 * Catches typing mistakes before a round trip. The API applies the password policy itself, so
 * these checks are a convenience, never the rule.
 */
export function checkPasswordChange(draft: PasswordChangeDraft): PasswordChangeFieldErrors {
  const errors: PasswordChangeFieldErrors = {};

  if (draft.currentPassword === "") errors.currentPassword = passwordChangeMessages.currentMissing;
  else if (!isAcceptablePasswordLength(draft.currentPassword)) {
    errors.currentPassword = passwordChangeMessages.currentTooLong;
  }

  if (!meetsPasswordPolicy(draft.newPassword)) {
    errors.newPassword = passwordChangeMessages.newOutsidePolicy;
  }

  if (draft.confirmation === "") {
    errors.confirmation = passwordChangeMessages.confirmationMissing;
  } else if (draft.confirmation !== draft.newPassword) {
    errors.confirmation = passwordChangeMessages.confirmationDifferent;
  }

  return errors;
}

export function firstFieldWithError(errors: PasswordChangeFieldErrors): PasswordChangeField | null {
  return passwordChangeFields.find((field) => errors[field] !== undefined) ?? null;
}
