import type { DataSource, EntityManager } from "typeorm";

import { isUuid, trustedDeviceLifetimeInDays } from "@app/shared";

import { generateOpaqueToken, hashOpaqueToken, isWellFormedToken } from "../auth/opaque-token.js";
import { addSeconds, type Clock } from "../clock/clock.js";
import { describeUserAgent } from "./device-label.js";
import { TrustedDeviceEntity } from "./trusted-device.entity.js";

const lifetimeInSeconds = trustedDeviceLifetimeInDays * 24 * 60 * 60;

export class TrustedDeviceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async trust(manager: EntityManager, userId: string, userAgent: string | null) {
    const token = generateOpaqueToken();
    const now = this.clock.now();
    const device = manager.create(TrustedDeviceEntity, {
      tokenHash: hashOpaqueToken(token),
      userId,
      label: describeUserAgent(userAgent),
      createdAt: now,
      lastUsedAt: null,
      expiresAt: addSeconds(now, lifetimeInSeconds),
    });

    await manager.insert(TrustedDeviceEntity, device);
    return { token, device };
  }

  /**
   * Uses a browser's trust for this person only, and swaps its token, so a copied cookie works
   * at most once before the real browser's next sign-in exposes the copy. Null means the cookie
   * proves nothing for this person.
   */
  async redeem(token: string | undefined, userId: string): Promise<string | null> {
    if (!isWellFormedToken(token)) return null;

    const nextToken = generateOpaqueToken();
    const now = this.clock.now();
    const result = await this.dataSource.manager
      .createQueryBuilder()
      .update(TrustedDeviceEntity)
      .set({ tokenHash: hashOpaqueToken(nextToken), lastUsedAt: now })
      .where("token_hash = :tokenHash", { tokenHash: hashOpaqueToken(token) })
      .andWhere("user_id = :userId", { userId })
      .andWhere("expires_at > :now", { now })
      .execute();
    return result.affected === 1 ? nextToken : null;
  }

  async revoke(manager: EntityManager, userId: string, deviceId: string): Promise<boolean> {
    if (!isUuid(deviceId)) return false;

    const result = await manager.delete(TrustedDeviceEntity, { id: deviceId, userId });
    return result.affected === 1;
  }

  async revokeAll(manager: EntityManager, userId: string): Promise<number> {
    const result = await manager.delete(TrustedDeviceEntity, { userId });
    return result.affected ?? 0;
  }
}
