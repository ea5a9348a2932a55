import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from "type-graphql";

import { requireRecentAuthentication, requireSession } from "../auth/guards.js";
import { runInTransaction } from "../database/run-in-transaction.js";
import type { RequestContext } from "../graphql/context.js";
import { BadUserInputError, NotFoundError } from "../graphql/errors.js";
import { enqueueNotification } from "../notifications/enqueue-notification.js";
import { NotificationKind } from "../notifications/notification-kind.js";
import { recordSecurityEvent } from "../security-events/record-security-event.js";
import { SecurityEventType } from "../security-events/security-event-type.js";
import { Role } from "../users/role.js";
import { UserEntity } from "../users/user.entity.js";
import { Viewer } from "../users/viewer.type.js";
import { AccessTokenEntity } from "./access-token.entity.js";
import {
  AccessToken,
  CreateAccessTokenInput,
  CreateAccessTokenPayload,
} from "./access-token.types.js";

const maximumLifetimeInDays = 365;
const nameMaxLength = 100;

@Resolver(() => Viewer)
export class AccessTokensResolver {
  @FieldResolver(() => [AccessToken], {
    description: "The signed-in person's personal access tokens, newest first.",
  })
  accessTokens(@Root() viewer: Viewer, @Ctx() context: RequestContext): Promise<AccessToken[]> {
    return context.services.accessTokens.list(viewer.id);
  }

  @Mutation(() => CreateAccessTokenPayload, {
    description:
      "Creates a read-only API token for the signed-in person; the secret is shown once.",
  })
  async createAccessToken(
    @Arg("input", () => CreateAccessTokenInput, { description: "Name and lifetime." })
    input: CreateAccessTokenInput,
    @Ctx() context: RequestContext,
  ): Promise<CreateAccessTokenPayload> {
    const session = requireRecentAuthentication(context);
    const name = input.name.trim();
    if (name.length === 0 || name.length > nameMaxLength) {
      throw new BadUserInputError("name", "Give the token a name of up to 100 characters.");
    }
    const isLifetimeValid =
      input.expiresInDays >= 1 && input.expiresInDays <= maximumLifetimeInDays;
    if (!isLifetimeValid) {
      throw new BadUserInputError("expiresInDays", "Tokens last 1 to 365 days.");
    }
    const { services, client } = context;

    return runInTransaction(services.dataSource, async (manager) => {
      const user = await manager.findOneByOrFail(UserEntity, { id: session.userId });
      const created = await services.accessTokens.create(
        manager,
        user.id,
        name,
        input.expiresInDays,
      );
      await recordSecurityEvent(manager, {
        type: SecurityEventType.ACCESS_TOKEN_CREATED,
        companyId: user.companyId,
        occurredAt: services.clock.now(),
        actorId: user.id,
        subjectId: user.id,
        reason: name,
        client,
      });
      await enqueueNotification(manager, {
        kind: NotificationKind.ACCESS_TOKEN_CREATED,
        userId: user.id,
        occurredAt: services.clock.now(),
        client,
        tokenName: name,
      });
      return created;
    });
  }

  @Mutation(() => Boolean, {
    description: "Revokes a token: its owner's, or any in the company for administrators.",
  })
  async revokeAccessToken(
    @Arg("id", () => ID, { description: "The token's id." }) id: string,
    @Ctx() context: RequestContext,
  ): Promise<boolean> {
    const session = requireSession(context);
    const { services, client } = context;

    await runInTransaction(services.dataSource, async (manager) => {
      const requester = await manager.findOneByOrFail(UserEntity, { id: session.userId });
      const token = await services.accessTokens.findRevocable(manager, id, {
        userId: requester.id,
        companyId: requester.companyId,
        isAdmin: requester.role === Role.ADMIN,
      });
      if (!token) throw new NotFoundError();

      await manager.delete(AccessTokenEntity, { id: token.id });
      await recordSecurityEvent(manager, {
        type: SecurityEventType.ACCESS_TOKEN_REVOKED,
        companyId: requester.companyId,
        occurredAt: services.clock.now(),
        actorId: requester.id,
        subjectId: token.ownerId,
        client,
      });
    });
    return true;
  }
}
