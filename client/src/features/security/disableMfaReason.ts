interface DisablePolicy {
  canDisableMfa: boolean;
  mfaRequired: boolean;
}

/** Why Disable MFA is off, in words; null when it is allowed. */
export function disableMfaReason({ canDisableMfa, mfaRequired }: DisablePolicy): string | null {
  if (canDisableMfa) return null;

  return mfaRequired ? "Your company requires MFA" : "Your company does not allow turning MFA off";
}
