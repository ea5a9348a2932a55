import { defaultFieldResolver, type GraphQLResolveInfo, type GraphQLSchema } from "graphql";

import type { RequestContext } from "./context.js";
import { ForbiddenError, MfaSetupRequiredError, UnauthenticatedError } from "./errors.js";

/**
 * What a session may still do while its company requires MFA and the person has none: enough
 * to set it up and nothing else. signIn is always open so a person can start over.
 */
const fieldsOpenDuringSetup = new Set([
  "Query.viewer",
  "Query.securitySettings",
  "Mutation.startMfaEnrollment",
  "Mutation.enableMfa",
  "Mutation.reauthenticate",
  "Mutation.signOut",
  "Mutation.signIn",
  "Mutation.verifyMfa",
]);

/**
 * Put in front of every root field's resolver once the schema is built, so the rules hold for
 * fields added later without extra code. Only root fields are wrapped: a type-graphql global
 * middleware would also run, and cost a promise chain, for every nested field of every answer.
 */
export function guardRootFields(schema: GraphQLSchema): GraphQLSchema {
  for (const rootType of [schema.getQueryType(), schema.getMutationType()]) {
    for (const field of Object.values(rootType?.getFields() ?? {})) {
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = async (source, args, context: RequestContext, info) => {
        await assertRootFieldAllowed(context, info);
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}

/** Access tokens read only, and a token of someone who must enrol reads nothing at all. */
async function assertRootFieldAllowed(
  context: RequestContext,
  info: GraphQLResolveInfo,
): Promise<void> {
  const rootName = info.parentType.name;

  if (context.isAccessTokenRejected) throw new UnauthenticatedError();
  if (context.accessToken) {
    if (rootName === "Mutation") {
      throw new ForbiddenError("Access tokens can read but not change anything.");
    }
    if (await context.isMfaSetupRequired()) throw new MfaSetupRequiredError();
    return;
  }

  if (!fieldsOpenDuringSetup.has(`${rootName}.${info.fieldName}`)) {
    if (await context.isMfaSetupRequired()) throw new MfaSetupRequiredError();
  }
}
