import { randomBytes } from "node:crypto";

import type { DataSource, EntityManager } from "typeorm";

import { isUuid } from "@app/shared";

import { hashOpaqueToken } from "../auth/opaque-token.js";
import { addSeconds, type Clock } from "../clock/clock.js";
import { AccessTokenEntity } from "./access-token.entity.js";
import type { AccessToken } from "./access-token.types.js";

/** A recognisable prefix lets secret scanners and people spot a leaked token at a glance. */
export const accessTokenPrefix = "3cc_pat_";
const tokenShape = /^3cc_pat_[A-Za-z0-9_-]{43}$/;
const lastUsedResolutionInSeconds = 60;

export interface TokenPrincipal {
  tokenId: string;
  userId: string;
}

function toAccessToken(entity: AccessTokenEntity): AccessToken {
  const { id, name, createdAt, lastUsedAt, expiresAt } = entity;
  return { id, name, createdAt, lastUsedAt, expiresAt };
}

export class AccessTokenService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async create(manager: EntityManager, userId: string, name: string, expiresInDays: number) {
    const token = `${accessTokenPrefix}${randomBytes(32).toString("base64url")}`;
    const now = this.clock.now();
    const entity = manager.create(AccessTokenEntity, {
      userId,
      name,
      tokenHash: hashOpaqueToken(token),
      createdAt: now,
      lastUsedAt: null,
      expiresAt: addSeconds(now, expiresInDays * 24 * 60 * 60),
    });

    await manager.insert(AccessTokenEntity, entity);
    return { token, accessToken: toAccessToken(entity) };
  }

  /** Null for anything that is not a live token: malformed, unknown, revoked or expired. */
  async resolve(token: string): Promise<TokenPrincipal | null> {
    if (!tokenShape.test(token)) return null;

    const entity = await this.dataSource.manager.findOneBy(AccessTokenEntity, {
      tokenHash: hashOpaqueToken(token),
    });
    const now = this.clock.now();
    if (!entity || now >= entity.expiresAt) return null;

    const isStale =
      !entity.lastUsedAt || now >= addSeconds(entity.lastUsedAt, lastUsedResolutionInSeconds);
    if (isStale) {
      await this.dataSource.manager.update(
        AccessTokenEntity,
        { id: entity.id },
        { lastUsedAt: now },
      );
    }
    return { tokenId: entity.id, userId: entity.userId };
  }

  async list(userId: string): Promise<AccessToken[]> {
    const entities = await this.dataSource.manager.find(AccessTokenEntity, {
      where: { userId },
      order: { createdAt: "DESC" },
    });
    return entities.map(toAccessToken);
  }

  /** The owner, or an administrator of the owner's company, may revoke a token. */
  async findRevocable(
    manager: EntityManager,
    tokenId: string,
    requester: { userId: string; companyId: string; isAdmin: boolean },
  ): Promise<{ id: string; ownerId: string } | null> {
    if (!isUuid(tokenId)) return null;

    const rows: { id: string; user_id: string }[] = await manager.query(
      `SELECT t.id, t.user_id FROM access_tokens t JOIN users u ON u.id = t.user_id
        WHERE t.id = $1 AND (t.user_id = $2 OR ($3 AND u.company_id = $4))`,
      [tokenId, requester.userId, requester.isAdmin, requester.companyId],
    );
    const row = rows[0];
    return row ? { id: row.id, ownerId: row.user_id } : null;
  }
}
