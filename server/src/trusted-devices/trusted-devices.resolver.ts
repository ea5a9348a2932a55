import { Arg, Ctx, ID, Mutation, Resolver } from "type-graphql";

import { requireRecentAuthentication, requireSession } from "../auth/guards.js";
import { runInTransaction } from "../database/run-in-transaction.js";
import type { RequestContext } from "../graphql/context.js";
import { NotFoundError } from "../graphql/errors.js";
import { SecuritySettings } from "../mfa/mfa.types.js";
import { loadSecuritySettings } from "../mfa/security-settings.js";
import { recordSecurityEvent } from "../security-events/record-security-event.js";
import { SecurityEventType } from "../security-events/security-event-type.js";
import { UserEntity } from "../users/user.entity.js";

@Resolver()
export class TrustedDevicesResolver {
  @Mutation(() => SecuritySettings, {
    description: "Stops one trusted browser from skipping the code step.",
  })
  async revokeTrustedDevice(
    @Arg("id", () => ID, { description: "The trusted browser's id." }) id: string,
    @Ctx() context: RequestContext,
  ): Promise<SecuritySettings> {
    const session = requireSession(context);
    const { services } = context;

    await runInTransaction(services.dataSource, async (manager) => {
      const isRevoked = await services.trustedDevices.revoke(manager, session.userId, id);
      if (!isRevoked) throw new NotFoundError();
      await this.recordRevocation(context, session.userId, manager);
    });
    return loadSecuritySettings(context, session.userId);
  }

  @Mutation(() => SecuritySettings, {
    description: "Stops every trusted browser from skipping the code step.",
  })
  async revokeAllTrustedDevices(@Ctx() context: RequestContext): Promise<SecuritySettings> {
    const session = requireRecentAuthentication(context);
    const { services } = context;

    await runInTransaction(services.dataSource, async (manager) => {
      const count = await services.trustedDevices.revokeAll(manager, session.userId);
      if (count > 0) await this.recordRevocation(context, session.userId, manager, "All browsers");
    });
    return loadSecuritySettings(context, session.userId);
  }

  private async recordRevocation(
    context: RequestContext,
    userId: string,
    manager: Parameters<typeof recordSecurityEvent>[0],
    reason: string | null = null,
  ): Promise<void> {
    const user = await manager.findOneByOrFail(UserEntity, { id: userId });
    await recordSecurityEvent(manager, {
      type: SecurityEventType.TRUSTED_DEVICE_REVOKED,
      companyId: user.companyId,
      occurredAt: context.services.clock.now(),
      actorId: userId,
      subjectId: userId,
      reason,
      client: context.client,
    });
  }
}
