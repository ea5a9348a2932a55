import { Arg, Ctx, Mutation, Query, Resolver } from "type-graphql";

import { requireRecentAuthentication } from "../auth/guards.js";
import { requireAdmin } from "../auth/require-admin.js";
import type { RequestContext } from "../graphql/context.js";
import { runInTransaction } from "../database/run-in-transaction.js";
import { BadUserInputError, MfaSetupRequiredError } from "../graphql/errors.js";
import { recordSecurityEvent } from "../security-events/record-security-event.js";
import { SecurityEventType } from "../security-events/security-event-type.js";
import { CompanyEntity } from "./company.entity.js";
import { loadCompanySettings } from "./company-settings.js";
import { CompanySettings, MfaPolicyInput } from "./company.types.js";
import { describePolicyChange } from "./describe-policy-change.js";

const maximumGracePeriodDays = 90;

@Resolver()
export class CompanyResolver {
  @Query(() => CompanySettings, {
    description: "Site Settings > Company > General Settings. Administrators only.",
  })
  async companySettings(@Ctx() context: RequestContext): Promise<CompanySettings> {
    const admin = await requireAdmin(context);
    return loadCompanySettings(context.services.dataSource, admin.companyId);
  }

  @Mutation(() => CompanySettings, {
    description: "Changes the company's MFA policy. Administrators, with a recent sign-in.",
  })
  async updateMfaPolicy(
    @Arg("input", () => MfaPolicyInput, { description: "The new policy." }) input: MfaPolicyInput,
    @Ctx() context: RequestContext,
  ): Promise<CompanySettings> {
    const admin = await requireAdmin(context);
    requireRecentAuthentication(context);
    const gracePeriodDays = input.gracePeriodDays;
    const isGraceInRange = gracePeriodDays >= 0 && gracePeriodDays <= maximumGracePeriodDays;
    if (!isGraceInRange) {
      throw new BadUserInputError("gracePeriodDays", "The grace period must be 0 to 90 days.");
    }
    const { services, client } = context;

    // Whoever turns enforcement on must be able to meet it, or they would lock themselves out.
    const facts = await services.policy.loadFacts(admin.userId);
    if (input.required && !facts?.hasAuthenticator) throw new MfaSetupRequiredError();

    await runInTransaction(services.dataSource, async (manager) => {
      const company = await manager.findOneByOrFail(CompanyEntity, { id: admin.companyId });
      const now = services.clock.now();
      const change = describePolicyChange(company, input);
      await manager.update(
        CompanyEntity,
        { id: company.id },
        {
          mfaRequired: input.required,
          mfaSelfServiceDisableAllowed: input.allowSelfServiceDisable,
          mfaGracePeriodDays: gracePeriodDays,
          mfaRequiredSince: input.required ? (company.mfaRequiredSince ?? now) : null,
        },
      );
      if (change) {
        await recordSecurityEvent(manager, {
          type: SecurityEventType.MFA_POLICY_CHANGED,
          companyId: company.id,
          occurredAt: now,
          actorId: admin.userId,
          reason: change,
          client,
        });
      }
    });
    return loadCompanySettings(services.dataSource, admin.companyId);
  }
}
