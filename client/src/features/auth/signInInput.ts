import {
  isAcceptablePasswordLength,
  isPlausibleEmail,
  normalizeEmail,
  passwordMaxLength,
} from "@app/shared";

export interface SignInFieldErrors {
  email?: string;
  password?: string;
}

export const signInFieldMessages = {
  emailMissing: "Enter your email address.",
  emailMalformed: "Enter an email address like name@company.com.",
  passwordMissing: "Enter your password.",
  passwordTooLong: `Passwords are at most ${passwordMaxLength} characters long.`,
} as const;

/** The same shape checks the API makes, so most typing mistakes never cost a round trip. */
export function validateSignInInput(email: string, password: string): SignInFieldErrors {
  const errors: SignInFieldErrors = {};

  if (email.trim() === "") errors.email = signInFieldMessages.emailMissing;
  else if (!isPlausibleEmail(normalizeEmail(email))) {
    errors.email = signInFieldMessages.emailMalformed;
  }

  if (password === "") errors.password = signInFieldMessages.passwordMissing;
  else if (!isAcceptablePasswordLength(password)) {
    errors.password = signInFieldMessages.passwordTooLong;
  }

  return errors;
}
