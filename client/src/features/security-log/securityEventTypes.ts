import type { MantineColor } from "@mantine/core";

import type { SecurityEventType } from "../../gql/graphql";
import { assertNever } from "../../lib/assertNever";

/** What happened, in words an administrator reads at a glance. */
export function describeSecurityEventType(type: SecurityEventType): string {
  switch (type) {
    case "SIGN_IN_SUCCEEDED":
      return "Signed in";
    case "SIGN_IN_FAILED":
      return "Sign-in failed";
    case "MFA_CHALLENGE_FAILED":
      return "Wrong MFA code at sign-in";
    case "MFA_ENABLED":
      return "MFA turned on";
    case "MFA_DISABLED":
      return "MFA turned off";
    case "RECOVERY_CODES_REGENERATED":
      return "New recovery codes created";
    case "RECOVERY_CODE_USED":
      return "Recovery code used";
    case "TRUSTED_DEVICE_ADDED":
      return "Browser trusted";
    case "TRUSTED_DEVICE_REVOKED":
      return "Trusted browser removed";
    case "MFA_RESET_BY_ADMIN":
      return "MFA reset by administrator";
    case "MFA_POLICY_CHANGED":
      return "Company MFA policy changed";
    case "ACCOUNT_LOCKED":
      return "Account locked after wrong passwords";
    case "ACCESS_TOKEN_CREATED":
      return "Access token created";
    case "ACCESS_TOKEN_REVOKED":
      return "Access token revoked";
    case "PASSWORD_CHANGED":
      return "Password changed";
    default:
      return assertNever(type);
  }
}

/** Failures stand out in red, changes that weaken protection in orange, the rest stay calm. */
export function securityEventColor(type: SecurityEventType): MantineColor {
  switch (type) {
    case "SIGN_IN_FAILED":
    case "MFA_CHALLENGE_FAILED":
    case "ACCOUNT_LOCKED":
      return "red";
    case "MFA_DISABLED":
    case "MFA_RESET_BY_ADMIN":
    case "RECOVERY_CODE_USED":
      return "orange";
    case "MFA_ENABLED":
      return "teal";
    case "SIGN_IN_SUCCEEDED":
    case "RECOVERY_CODES_REGENERATED":
    case "TRUSTED_DEVICE_ADDED":
    case "TRUSTED_DEVICE_REVOKED":
    case "MFA_POLICY_CHANGED":
    case "ACCESS_TOKEN_CREATED":
    case "ACCESS_TOKEN_REVOKED":
    case "PASSWORD_CHANGED":
      return "gray";
    default:
      return assertNever(type);
  }
}

type SecurityEventGroup = "MFA" | "Sign-in and password" | "Browsers and access tokens";

/**
 * Where each type sits in the filter. Keyed by type, so the compiler rejects this table when the
 * schema gains a type the filter does not offer.
 */
const groupByType: Record<SecurityEventType, SecurityEventGroup> = {
  MFA_RESET_BY_ADMIN: "MFA",
  MFA_POLICY_CHANGED: "MFA",
  MFA_ENABLED: "MFA",
  MFA_DISABLED: "MFA",
  MFA_CHALLENGE_FAILED: "MFA",
  RECOVERY_CODE_USED: "MFA",
  RECOVERY_CODES_REGENERATED: "MFA",
  SIGN_IN_SUCCEEDED: "Sign-in and password",
  SIGN_IN_FAILED: "Sign-in and password",
  ACCOUNT_LOCKED: "Sign-in and password",
  PASSWORD_CHANGED: "Sign-in and password",
  TRUSTED_DEVICE_ADDED: "Browsers and access tokens",
  TRUSTED_DEVICE_REVOKED: "Browsers and access tokens",
  ACCESS_TOKEN_CREATED: "Browsers and access tokens",
  ACCESS_TOKEN_REVOKED: "Browsers and access tokens",
};

const groupOrder: readonly SecurityEventGroup[] = [
  "MFA",
  "Sign-in and password",
  "Browsers and access tokens",
];

export function isSecurityEventType(value: string): value is SecurityEventType {
  return Object.hasOwn(groupByType, value);
}

const allTypes = Object.keys(groupByType).filter(isSecurityEventType);

/** Grouped options for a MultiSelect. */
export const securityEventTypeOptions = groupOrder.map((group) => ({
  group,
  items: allTypes
    .filter((type) => groupByType[type] === group)
    .map((type) => ({ value: type, label: describeSecurityEventType(type) })),
}));
