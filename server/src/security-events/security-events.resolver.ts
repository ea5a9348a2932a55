import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";

import { isUuid, pageSizeDefault } from "@app/shared";

import { requireSession } from "../auth/guards.js";
import type { RequestContext } from "../graphql/context.js";
import { BadUserInputError } from "../graphql/errors.js";
import { assertPageSize } from "../graphql/pagination.js";
import { Role } from "../users/role.js";
import { UserEntity } from "../users/user.entity.js";
import { querySecurityEvents } from "./security-event-query.js";
import { SecurityEventConnection, SecurityEventFilter } from "./security-event.types.js";

@Resolver()
export class SecurityEventsResolver {
  @Query(() => SecurityEventConnection, {
    description:
      "The security log, newest first: the whole company for administrators, only their own " +
      "events for members.",
  })
  async securityEvents(
    @Arg("first", () => Int, { defaultValue: pageSizeDefault, description: "Page size, 1-100." })
    first: number,
    @Arg("after", () => String, { nullable: true, description: "The previous page's endCursor." })
    after: string | null,
    @Arg("filter", () => SecurityEventFilter, { nullable: true, description: "Narrows the log." })
    filter: SecurityEventFilter | null,
    @Ctx() context: RequestContext,
  ): Promise<SecurityEventConnection> {
    const session = requireSession(context);
    assertPageSize(first);
    if (filter?.userId && !isUuid(filter.userId)) {
      throw new BadUserInputError("userId", "That is not a person's id.");
    }
    const { dataSource } = context.services;
    const viewer = await dataSource.manager.findOneByOrFail(UserEntity, { id: session.userId });

    const scope = {
      companyId: viewer.companyId,
      onlyUserId: viewer.role === Role.ADMIN ? null : viewer.id,
    };
    return querySecurityEvents(dataSource, scope, first, after, {
      userId: filter?.userId ?? null,
      types: filter?.types ?? null,
    });
  }
}
