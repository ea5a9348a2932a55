import { Arg, Ctx, Int, Mutation, Query, Resolver } from "type-graphql";

import { requireSession } from "../auth/guards.js";
import { runInTransaction } from "../database/run-in-transaction.js";
import type { RequestContext } from "../graphql/context.js";
import { TooManyAttemptsError } from "../graphql/errors.js";
import { assertPageSize } from "../graphql/pagination.js";
import { UserEntity } from "../users/user.entity.js";
import { enqueueNotification } from "./enqueue-notification.js";
import { isMandatoryKind, NotificationKind } from "./notification-kind.js";
import { loadNotification, queryNotifications } from "./notification-query.js";
import { claimTestSlot, loadPreferences, savePreferences } from "./notification-preferences.js";
import {
  Notification,
  NotificationConnection,
  NotificationPreferencesInput,
  NotificationSettings,
} from "./notifications.types.js";

const notificationPageSizeDefault = 20;
const testMessageIntervalInSeconds = 60;

@Resolver()
export class NotificationsResolver {
  @Query(() => NotificationSettings, {
    description: "Settings > Notifications for the signed-in person.",
  })
  async notificationSettings(@Ctx() context: RequestContext): Promise<NotificationSettings> {
    const session = requireSession(context);
    return loadNotificationSettings(context, session.userId);
  }

  @Query(() => NotificationConnection, {
    description: "The signed-in person's own security notices, newest first.",
  })
  async notifications(
    @Arg("first", () => Int, {
      defaultValue: notificationPageSizeDefault,
      description: "Page size, 1-100.",
    })
    first: number,
    @Arg("after", () => String, { nullable: true, description: "The previous page's endCursor." })
    after: string | null,
    @Ctx() context: RequestContext,
  ): Promise<NotificationConnection> {
    const session = requireSession(context);
    assertPageSize(first);

    return queryNotifications(context.services.dataSource, session.userId, first, after);
  }

  @Mutation(() => NotificationSettings, {
    description: "Turns the optional notices on or off. Mandatory ones cannot be turned off.",
  })
  async updateNotificationPreferences(
    @Arg("input", () => NotificationPreferencesInput, { description: "The optional notices." })
    input: NotificationPreferencesInput,
    @Ctx() context: RequestContext,
  ): Promise<NotificationSettings> {
    const session = requireSession(context);

    await savePreferences(context.services.dataSource.manager, session.userId, {
      newBrowserSignIn: input.newBrowserSignIn,
    });
    return loadNotificationSettings(context, session.userId);
  }

  @Mutation(() => Notification, {
    description:
      "Queues a test message to the person's address; at most one a minute " +
      "(TOO_MANY_ATTEMPTS with extensions.retryAfterSeconds otherwise).",
  })
  async sendTestNotification(@Ctx() context: RequestContext): Promise<Notification> {
    const session = requireSession(context);
    const { services, client } = context;
    const now = services.clock.now();

    const queued = await runInTransaction(services.dataSource, async (manager) => {
      const slot = await claimTestSlot(manager, session.userId, now, testMessageIntervalInSeconds);
      if (!slot.isGranted) return slot;

      const message = await enqueueNotification(manager, {
        kind: NotificationKind.TEST_MESSAGE,
        userId: session.userId,
        occurredAt: now,
        client,
      });
      if (!message) throw new Error("A test message is never switched off, yet none was queued.");
      return { isGranted: true as const, messageId: message.id };
    });
    if (!queued.isGranted) {
      throw new TooManyAttemptsError(
        queued.retryAfterSeconds,
        "A test message was sent less than a minute ago. Try again shortly.",
      );
    }

    const notification = await loadNotification(services.dataSource, queued.messageId);
    if (!notification) throw new Error("The queued test message could not be read back.");
    return notification;
  }
}

async function loadNotificationSettings(
  { services }: RequestContext,
  userId: string,
): Promise<NotificationSettings> {
  const manager = services.dataSource.manager;
  const user = await manager.findOneByOrFail(UserEntity, { id: userId });
  const stored = await loadPreferences(manager, userId);

  return {
    email: user.email,
    emailDeliveryConfigured: services.config.smtpUrl !== undefined,
    preferences: Object.values(NotificationKind).map((kind) => ({
      kind,
      mandatory: isMandatoryKind(kind),
      enabled: kind === NotificationKind.NEW_BROWSER_SIGN_IN ? stored.newBrowserSignIn : true,
    })),
  };
}
