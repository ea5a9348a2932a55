import { AccessTokenEntity } from "../access-tokens/access-token.entity.js";
import { MfaChallengeEntity } from "../auth/mfa-challenge.entity.js";
import { SessionEntity } from "../auth/session.entity.js";
import { CompanyEntity } from "../companies/company.entity.js";
import { MfaEnrollmentEntity } from "../mfa/mfa-enrollment.entity.js";
import { RecoveryCodeEntity } from "../mfa/recovery-code.entity.js";
import { TotpAuthenticatorEntity } from "../mfa/totp-authenticator.entity.js";
import { KnownBrowserEntity } from "../notifications/known-browser.entity.js";
import { NotificationOutboxEntity } from "../notifications/notification-outbox.entity.js";
import { NotificationPreferenceEntity } from "../notifications/notification-preference.entity.js";
import { SecurityEventEntity } from "../security-events/security-event.entity.js";
import { TrustedDeviceEntity } from "../trusted-devices/trusted-device.entity.js";
import { UserEntity } from "../users/user.entity.js";

export const entities = [
  CompanyEntity,
  UserEntity,
  SessionEntity,
  TotpAuthenticatorEntity,
  MfaEnrollmentEntity,
  RecoveryCodeEntity,
  SecurityEventEntity,
  MfaChallengeEntity,
  TrustedDeviceEntity,
  AccessTokenEntity,
  NotificationOutboxEntity,
  NotificationPreferenceEntity,
  KnownBrowserEntity,
];
