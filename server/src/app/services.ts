import type { DataSource } from "typeorm";

import { AccessTokenService } from "../access-tokens/access-token.service.js";
import { MfaChallengeStore } from "../auth/mfa-challenge-store.js";
import { MfaVerificationService } from "../auth/mfa-verification.service.js";
import { SessionStore } from "../auth/session-store.js";
import { SignInService } from "../auth/sign-in.service.js";
import type { Clock } from "../clock/clock.js";
import type { AppConfig } from "../config/config.js";
import type { Logger } from "../logging/logger.js";
import { CodeAttemptBudget } from "../mfa/code-attempt-budget.js";
import { CodeGate } from "../mfa/code-gate.js";
import { CodeVerifier } from "../mfa/code-verifier.js";
import { parseEncryptionKeyRing } from "../mfa/encryption-key-ring.js";
import { MfaEnrollmentService } from "../mfa/mfa-enrollment.service.js";
import { MfaManagementService } from "../mfa/mfa-management.service.js";
import { MfaPolicy } from "../mfa/mfa-policy.js";
import { SecretBox } from "../mfa/secret-box.js";
import { TrustedDeviceService } from "../trusted-devices/trusted-device.service.js";

/** The long-lived collaborators of one server process, wired once at start-up. */
export interface Services {
  config: AppConfig;
  dataSource: DataSource;
  clock: Clock;
  logger: Logger;
  sessions: SessionStore;
  challenges: MfaChallengeStore;
  signIn: SignInService;
  mfaVerification: MfaVerificationService;
  policy: MfaPolicy;
  trustedDevices: TrustedDeviceService;
  codeBudget: CodeAttemptBudget;
  codeVerifier: CodeVerifier;
  mfaEnrollment: MfaEnrollmentService;
  mfaManagement: MfaManagementService;
  secretBox: SecretBox;
  accessTokens: AccessTokenService;
}

export interface ServiceDependencies {
  config: AppConfig;
  dataSource: DataSource;
  clock: Clock;
  logger: Logger;
  /** The MFA_ENCRYPTION_KEYS text, already resolved to the local key file where unset. */
  encryptionKeys: string;
}

export function createServices(dependencies: ServiceDependencies): Services {
  const { config, dataSource, clock, logger } = dependencies;
  const sessions = new SessionStore(dataSource, clock);
  const challenges = new MfaChallengeStore(dataSource, clock);
  const trustedDevices = new TrustedDeviceService(dataSource, clock);
  const policy = new MfaPolicy(dataSource, clock);
  const secretBox = new SecretBox(parseEncryptionKeyRing(dependencies.encryptionKeys));
  const codeBudget = new CodeAttemptBudget(dataSource, clock);
  const codeVerifier = new CodeVerifier(dataSource, clock, secretBox, logger);
  const gate = new CodeGate(dataSource, codeBudget);
  const signInDeps = { dataSource, clock, challenges, trustedDevices };

  return {
    config,
    dataSource,
    clock,
    logger,
    sessions,
    challenges,
    signIn: new SignInService({ ...signInDeps, logger }),
    mfaVerification: new MfaVerificationService({ ...signInDeps, verifier: codeVerifier, gate }),
    policy,
    trustedDevices,
    codeBudget,
    codeVerifier,
    mfaEnrollment: new MfaEnrollmentService(
      dataSource,
      clock,
      secretBox,
      codeVerifier,
      gate,
      config.totpIssuer,
    ),
    mfaManagement: new MfaManagementService(dataSource, clock, codeVerifier, gate),
    secretBox,
    accessTokens: new AccessTokenService(dataSource, clock),
  };
}
