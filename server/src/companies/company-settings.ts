import type { DataSource } from "typeorm";

import { CompanyEntity } from "./company.entity.js";
import type { CompanySettings } from "./company.types.js";

export async function loadCompanySettings(
  dataSource: DataSource,
  companyId: string,
): Promise<CompanySettings> {
  const company = await dataSource.manager.findOneByOrFail(CompanyEntity, { id: companyId });
  const counts: { staff: number; enabled: number }[] = await dataSource.query(
    `SELECT count(*)::int AS staff, count(t.id)::int AS enabled
       FROM users u LEFT JOIN totp_authenticators t ON t.user_id = u.id
      WHERE u.company_id = $1`,
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
