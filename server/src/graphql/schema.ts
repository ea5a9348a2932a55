import { DateTimeResolver } from "graphql-scalars";
import type { GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";

import { AccessTokensResolver } from "../access-tokens/access-tokens.resolver.js";
import { AuthResolver } from "../auth/auth.resolver.js";
import { ChangePasswordResolver } from "../auth/change-password.resolver.js";
import { CompanyResolver } from "../companies/company.resolver.js";
import { MfaResolver } from "../mfa/mfa.resolver.js";
import { NotificationsResolver } from "../notifications/notifications.resolver.js";
import { SecurityEventsResolver } from "../security-events/security-events.resolver.js";
import { StaffResolver } from "../staff/staff.resolver.js";
import { TrustedDevicesResolver } from "../trusted-devices/trusted-devices.resolver.js";
import { guardRootFields } from "./access-gate.js";

export const resolvers = [
  AuthResolver,
  ChangePasswordResolver,
  MfaResolver,
  TrustedDevicesResolver,
  CompanyResolver,
  StaffResolver,
  SecurityEventsResolver,
  AccessTokensResolver,
  NotificationsResolver,
] as const;

/**
 * Input shapes are checked by hand in each resolver so every rejection names its field with
 * BAD_USER_INPUT and never echoes the value back (type-graphql's validator would include it).
 */
export async function createSchema(emitSchemaFile?: string): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    validate: false,
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
    emitSchemaFile: emitSchemaFile ? { path: emitSchemaFile, sortedSchema: false } : false,
  });
  return guardRootFields(schema);
}
