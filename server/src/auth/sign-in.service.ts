import type { DataSource } from "typeorm";

import { normalizeEmail } from "@app/shared";

import type { Clock } from "../clock/clock.js";
import type { Logger } from "../logging/logger.js";
import { UserEntity } from "../users/user.entity.js";
import { PasswordLockout } from "./password-lockout.js";
import { getDecoyHash, hashPassword, needsRehash, verifyPassword } from "./password-hasher.js";
import type { ClientInfo, SessionStore } from "./session-store.js";

export type SignInOutcome =
  { kind: "signed-in"; user: UserEntity; sessionToken: string } | { kind: "rejected" };

export class SignInService {
  private readonly lockout: PasswordLockout;

  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionStore,
    clock: Clock,
    private readonly logger: Logger,
  ) {
    this.lockout = new PasswordLockout(dataSource, clock);
  }

  /**
   * Unknown email, wrong password and locked account all end in the same "rejected" after the
   * same argon2 work, so neither the answer nor its timing tells an attacker which it was.
   */
  async signIn(emailInput: string, password: string, client: ClientInfo): Promise<SignInOutcome> {
    const email = normalizeEmail(emailInput);
    const found = await this.dataSource.manager.findOneBy(UserEntity, { email });

    const user = await this.checkPassword(found, password);
    if (!user) return { kind: "rejected" };

    await this.lockout.recordSuccess(user.id);
    await this.upgradeHashIfNeeded(user, password);
    const { token } = await this.sessions.create(user.id, client);
    return { kind: "signed-in", user, sessionToken: token };
  }

  /** Re-authentication spends the same lockout as sign-in, so a stolen session cannot guess. */
  async confirmPassword(userId: string, password: string): Promise<boolean> {
    const found = await this.dataSource.manager.findOneBy(UserEntity, { id: userId });

    const user = await this.checkPassword(found, password);
    if (!user) return false;

    await this.lockout.recordSuccess(user.id);
    return true;
  }

  /** Returns the user when the password is right and the account not locked, else null. */
  private async checkPassword(
    user: UserEntity | null,
    password: string,
  ): Promise<UserEntity | null> {
    if (!user || this.lockout.isLocked(user.passwordLockedUntil)) {
      await verifyPassword(await getDecoyHash(), password);
      return null;
    }

    if (await verifyPassword(user.passwordHash, password)) return user;

    const didLock = await this.lockout.recordFailure(user.id);
    if (didLock) {
      this.logger.warn({ userId: user.id }, "Password sign-in locked after repeated failures.");
    }
    return null;
  }

  private async upgradeHashIfNeeded(user: UserEntity, password: string): Promise<void> {
    if (!needsRehash(user.passwordHash)) return;

    const passwordHash = await hashPassword(password);
    await this.dataSource.manager.update(UserEntity, { id: user.id }, { passwordHash });
  }
}
