import { Arg, Ctx, Int, Mutation, Query, Resolver } from "type-graphql";

import { pageSizeDefault } from "@app/shared";

import { requireRecentAuthentication } from "../auth/guards.js";
import { requireAdmin } from "../auth/require-admin.js";
import type { RequestContext } from "../graphql/context.js";
import { BadUserInputError, NotFoundError } from "../graphql/errors.js";
import { assertPageSize } from "../graphql/pagination.js";
import { resetStaffMfa } from "./reset-staff-mfa.js";
import { loadStaffMember, queryStaff } from "./staff-query.js";
import { ResetStaffMfaInput, StaffConnection, StaffFilter, StaffMember } from "./staff.types.js";

const reasonMaxLength = 500;

@Resolver()
export class StaffResolver {
  @Query(() => StaffConnection, {
    description: "Site Settings > Company > Staff: everyone and their MFA state. Administrators.",
  })
  async staff(
    @Arg("first", () => Int, { defaultValue: pageSizeDefault, description: "Page size, 1-100." })
    first: number,
    @Arg("after", () => String, { nullable: true, description: "The previous page's endCursor." })
    after: string | null,
    @Arg("filter", () => StaffFilter, { nullable: true, description: "Narrows the list." })
    filter: StaffFilter | null,
    @Ctx() context: RequestContext,
  ): Promise<StaffConnection> {
    const admin = await requireAdmin(context);
    assertPageSize(first);

    return queryStaff(context.services.dataSource, admin.companyId, first, after, filter);
  }

  @Mutation(() => StaffMember, {
    description:
      "Removes a person's authenticator, recovery codes, trusted browsers, sessions and code " +
      "lockout, so they can set MFA up again. Administrators, with a recent sign-in.",
  })
  async resetStaffMfa(
    @Arg("input", () => ResetStaffMfaInput, { description: "Who, and why." })
    input: ResetStaffMfaInput,
    @Ctx() context: RequestContext,
  ): Promise<StaffMember> {
    const admin = await requireAdmin(context);
    requireRecentAuthentication(context);
    const reason = input.reason.trim();
    if (reason.length === 0 || reason.length > reasonMaxLength) {
      throw new BadUserInputError("reason", "Give a reason of up to 500 characters.");
    }
    const { services, client } = context;

    await resetStaffMfa(services.dataSource, services.clock, services.codeBudget, {
      adminId: admin.userId,
      companyId: admin.companyId,
      userId: input.userId,
      reason,
      client,
    });
    const member = await loadStaffMember(services.dataSource, admin.companyId, input.userId);
    if (!member) throw new NotFoundError();
    return member;
  }
}
