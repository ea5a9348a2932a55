import { hashOpaqueToken, isWellFormedToken } from "../auth/opaque-token.js";
import { readCookie, trustedDeviceCookie } from "../auth/cookies.js";
import type { RequestContext } from "../graphql/context.js";
import { mfaSetupDeadline } from "./mfa-policy.js";
import { canDisableMfa } from "./mfa-state.js";
import type { SecuritySettings } from "./mfa.types.js";

interface SettingsRow {
  user_created_at: Date;
  mfa_required: boolean;
  mfa_self_service_disable_allowed: boolean;
  mfa_grace_period_days: number;
  mfa_required_since: Date | null;
  mfa_enabled_at: Date | null;
  recovery_codes_remaining: number;
  recovery_codes_generated_at: Date | null;
  trusted_devices: TrustedDeviceJson[];
}

/** json_agg hands timestamps back as ISO strings and bytea as hex. */
interface TrustedDeviceJson {
  id: string;
  label: string;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string;
  tokenHashHex: string;
}

/**
 * Settings > Security loads on every visit, so everything it shows comes from one statement:
 * the person, the company's policy, the authenticator, the recovery-code tally and the live
 * trusted browsers, instead of a round trip for each.
 */
const settingsQuery = `
  SELECT u.created_at AS user_created_at,
         c.mfa_required, c.mfa_self_service_disable_allowed, c.mfa_grace_period_days,
         c.mfa_required_since,
         t.enabled_at AS mfa_enabled_at,
         codes.remaining AS recovery_codes_remaining,
         codes.generated_at AS recovery_codes_generated_at,
         devices.list AS trusted_devices
    FROM users u
    JOIN companies c ON c.id = u.company_id
    LEFT JOIN totp_authenticators t ON t.user_id = u.id
    CROSS JOIN LATERAL (
      SELECT count(*) FILTER (WHERE used_at IS NULL)::int AS remaining,
             max(created_at) AS generated_at
        FROM recovery_codes WHERE user_id = u.id
    ) codes
    CROSS JOIN LATERAL (
      SELECT coalesce(json_agg(json_build_object(
               'id', d.id, 'label', d.label, 'createdAt', d.created_at,
               'lastUsedAt', d.last_used_at, 'expiresAt', d.expires_at,
               'tokenHashHex', encode(d.token_hash, 'hex')
             ) ORDER BY d.created_at DESC), '[]'::json) AS list
        FROM trusted_devices d
       WHERE d.user_id = u.id AND d.expires_at > $2
    ) devices
   WHERE u.id = $1`;

export async function loadSecuritySettings(
  context: RequestContext,
  userId: string,
): Promise<SecuritySettings> {
  const { services, cookies } = context;
  const rows: SettingsRow[] = await services.dataSource.query(settingsQuery, [
    userId,
    services.clock.now(),
  ]);
  const row = rows[0];
  if (!row) throw new Error("The signed-in person no longer exists.");

  const currentToken = readCookie(cookies, trustedDeviceCookie, services.config.cookieSecure);
  const currentHashHex = isWellFormedToken(currentToken)
    ? hashOpaqueToken(currentToken).toString("hex")
    : null;
  const isEnabled = row.mfa_enabled_at !== null;
  const company = {
    mfaRequired: row.mfa_required,
    mfaSelfServiceDisableAllowed: row.mfa_self_service_disable_allowed,
  };

  return {
    mfaEnabled: isEnabled,
    mfaEnabledAt: row.mfa_enabled_at,
    mfaRequired: row.mfa_required,
    mfaSetupDeadline: mfaSetupDeadline({
      mfaRequired: row.mfa_required,
      gracePeriodDays: row.mfa_grace_period_days,
      requiredSince: row.mfa_required_since,
      userCreatedAt: row.user_created_at,
      hasAuthenticator: isEnabled,
    }),
    canDisableMfa: canDisableMfa(company),
    recoveryCodesRemaining: isEnabled ? row.recovery_codes_remaining : 0,
    recoveryCodesGeneratedAt: isEnabled ? row.recovery_codes_generated_at : null,
    trustedDevices: isEnabled
      ? row.trusted_devices.map((device) => ({
          id: device.id,
          label: device.label,
          createdAt: new Date(device.createdAt),
          lastUsedAt: device.lastUsedAt === null ? null : new Date(device.lastUsedAt),
          expiresAt: new Date(device.expiresAt),
          current: device.tokenHashHex === currentHashHex,
        }))
      : [],
  };
}
