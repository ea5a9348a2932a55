import { Arg, Ctx, Mutation, Resolver } from "type-graphql";

import { runInTransaction } from "../database/run-in-transaction.js";
import type { RequestContext } from "../graphql/context.js";
import { InvalidCredentialsError } from "../graphql/errors.js";
import { enqueueNotification } from "../notifications/enqueue-notification.js";
import { NotificationKind } from "../notifications/notification-kind.js";
import { recordSecurityEvent } from "../security-events/record-security-event.js";
import { SecurityEventType } from "../security-events/security-event-type.js";
import { TrustedDeviceEntity } from "../trusted-devices/trusted-device.entity.js";
import { UserEntity } from "../users/user.entity.js";
import { assertNewPasswordShape, assertPasswordShape } from "./auth.input-checks.js";
import { ChangePasswordInput } from "./auth.types.js";
import { requireSession } from "./guards.js";
import { hashPassword } from "./password-hasher.js";

@Resolver()
export class ChangePasswordResolver {
  /**
   * A new password means the old one may be known to someone else, so every other session and
   * every trusted browser ends with it; this browser stays signed in.
   */
  @Mutation(() => Boolean, {
    description: "Settings > Profile: changes the password, ending other sessions and trust.",
  })
  async changePassword(
    @Arg("input", () => ChangePasswordInput, { description: "The current and new password." })
    input: ChangePasswordInput,
    @Ctx() context: RequestContext,
  ): Promise<boolean> {
    const session = requireSession(context);
    assertPasswordShape(input.currentPassword, "currentPassword");
    assertNewPasswordShape(input.newPassword, "newPassword");
    const { services, client } = context;

    const isConfirmed = await services.signIn.confirmPassword(
      session.userId,
      input.currentPassword,
      client,
    );
    if (!isConfirmed) throw new InvalidCredentialsError();

    const passwordHash = await hashPassword(input.newPassword);
    await runInTransaction(services.dataSource, async (manager) => {
      const user = await manager.findOneByOrFail(UserEntity, { id: session.userId });
      await manager.update(UserEntity, { id: user.id }, { passwordHash });
      await manager.query("DELETE FROM sessions WHERE user_id = $1 AND id <> $2", [
        user.id,
        session.id,
      ]);
      await manager.delete(TrustedDeviceEntity, { userId: user.id });
      await recordSecurityEvent(manager, {
        type: SecurityEventType.PASSWORD_CHANGED,
        companyId: user.companyId,
        occurredAt: services.clock.now(),
        actorId: user.id,
        subjectId: user.id,
        client,
      });
      await enqueueNotification(manager, {
        kind: NotificationKind.PASSWORD_CHANGED,
        userId: user.id,
        occurredAt: services.clock.now(),
        client,
      });
    });
    await services.sessions.markReauthenticated(session.id);
    return true;
  }
}
