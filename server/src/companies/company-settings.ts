import type { DataSource } from "typeorm";

import { CompanyEntity } from "./company.entity.js";
import type { CompanySettings } from "./company.types.js";

export async function loadCompanySettings(
  dataSource: DataSource,
  companyId: string,
): Promise<CompanySettings> {
  const company = await dataSource.manager.findOneByOrFail(CompanyEntity, { id: companyId });
  // The totals the staff list keeps, so this page costs the same in a company of any size.
  const counts: { staff: number; enabled: number }[] = await dataSource.query(
    `SELECT coalesce(sum(staff_count), 0)::int AS staff,
            coalesce(sum(staff_count) FILTER (WHERE mfa_enabled), 0)::int AS enabled
       FROM company_staff_counts WHERE company_id = $1`,
    [companyId],
  );

  return {
    company: { id: company.id, name: company.name },
    mfaPolicy: {
      required: company.mfaRequired,
      allowSelfServiceDisable: company.mfaSelfServiceDisableAllowed,
      gracePeriodDays: company.mfaGracePeriodDays,
    },
    staffCount: counts[0]?.staff ?? 0,
    mfaEnabledCount: counts[0]?.enabled ?? 0,
  };
}
