import type { DataSource } from "typeorm";

import {
  reauthenticationWindowInSeconds,
  sessionAbsoluteTimeoutInSeconds,
  sessionIdleTimeoutInSeconds,
} from "@app/shared";

import { addSeconds, type Clock } from "../clock/clock.js";
import { generateOpaqueToken, hashOpaqueToken, isWellFormedToken } from "./opaque-token.js";
import { SessionEntity } from "./session.entity.js";

export interface ClientInfo {
  ipAddress: string | null;
  userAgent: string | null;
  /** The browser-id cookie, set only on the sign-in paths that remember browsers. */
  browserId?: string;
}

export interface ActiveSession {
  id: string;
  userId: string;
  authenticatedAt: Date;
}

/** Writing last_seen_at on every request would turn every read into a write; a minute is plenty. */
const lastSeenResolutionInSeconds = 60;

/**
 * A session as it is first stored: a fresh token, of which only the hash is kept, and expiry
 * counted from now. A brand-new token every time, so a planted cookie can never be promoted
 * (session fixation).
 */
export function newSessionRow(
  userId: string,
  client: ClientInfo,
  now: Date,
  passwordProvenAt: Date,
): { token: string; row: Omit<SessionEntity, "id"> } {
  const token = generateOpaqueToken();

  return {
    token,
    row: {
      tokenHash: hashOpaqueToken(token),
      userId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: addSeconds(now, sessionAbsoluteTimeoutInSeconds),
      authenticatedAt: passwordProvenAt,
      ipAddress: client.ipAddress?.slice(0, 64) ?? null,
      userAgent: client.userAgent?.slice(0, 512) ?? null,
    },
  };
}

export class SessionStore {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Idle and absolute expiry are both decided here, on the server, from the stored times. */
  async resolve(token: string | undefined): Promise<ActiveSession | null> {
    if (!isWellFormedToken(token)) return null;

    const session = await this.dataSource.manager.findOneBy(SessionEntity, {
      tokenHash: hashOpaqueToken(token),
    });
    if (!session) return null;

    const now = this.clock.now();
    const idleDeadline = addSeconds(session.lastSeenAt, sessionIdleTimeoutInSeconds);
    if (now >= session.expiresAt || now >= idleDeadline) {
      await this.dataSource.manager.delete(SessionEntity, { id: session.id });
      return null;
    }

    if (now >= addSeconds(session.lastSeenAt, lastSeenResolutionInSeconds)) {
      await this.dataSource.manager.update(SessionEntity, { id: session.id }, { lastSeenAt: now });
    }
    return { id: session.id, userId: session.userId, authenticatedAt: session.authenticatedAt };
  }

  /**
   * Swaps the session's token for a new one, keeping its timestamps: the absolute expiry and the
   * re-authentication window must not grow just because the id changed.
   */
  async rotate(sessionId: string, client: ClientInfo): Promise<string> {
    const token = generateOpaqueToken();
    const result = await this.dataSource.manager.update(
      SessionEntity,
      { id: sessionId },
      {
        tokenHash: hashOpaqueToken(token),
        ipAddress: client.ipAddress?.slice(0, 64) ?? null,
        userAgent: client.userAgent?.slice(0, 512) ?? null,
      },
    );
    if (result.affected !== 1) throw new Error("The session to rotate no longer exists.");
    return token;
  }

  async markReauthenticated(sessionId: string): Promise<void> {
    await this.dataSource.manager.update(
      SessionEntity,
      { id: sessionId },
      { authenticatedAt: this.clock.now() },
    );
  }

  isRecentlyAuthenticated(session: ActiveSession): boolean {
    const windowEnd = addSeconds(session.authenticatedAt, reauthenticationWindowInSeconds);
    return this.clock.now() < windowEnd;
  }

  async revoke(sessionId: string): Promise<void> {
    await this.dataSource.manager.delete(SessionEntity, { id: sessionId });
  }
}
