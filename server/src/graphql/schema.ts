import { DateTimeResolver } from "graphql-scalars";
import type { GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";

import { AuthResolver } from "../auth/auth.resolver.js";
import { MfaResolver } from "../mfa/mfa.resolver.js";

export const resolvers = [AuthResolver, MfaResolver] as const;

/**
 * Input shapes are checked by hand in each resolver so every rejection names its field with
 * BAD_USER_INPUT and never echoes the value back (type-graphql's validator would include it).
 */
export function createSchema(emitSchemaFile?: string): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    validate: false,
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
    emitSchemaFile: emitSchemaFile ? { path: emitSchemaFile, sortedSchema: false } : false,
  });
}
