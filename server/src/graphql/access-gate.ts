import type { MiddlewareFn } from "type-graphql";

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
 * Checked on every root field, so the rules hold for fields added later without extra code.
 * Access tokens read only, and a token of someone who must enrol reads nothing at all.
 */
export const accessGate: MiddlewareFn<RequestContext> = async ({ info, context }, next) => {
  const rootName = info.parentType.name;
  if (rootName !== "Query" && rootName !== "Mutation") return next();

  if (context.isAccessTokenRejected) throw new UnauthenticatedError();
  if (context.accessToken) {
    if (rootName === "Mutation") {
      throw new ForbiddenError("Access tokens can read but not change anything.");
    }
    if (await context.isMfaSetupRequired()) throw new MfaSetupRequiredError();
    return next();
  }

  if (!fieldsOpenDuringSetup.has(`${rootName}.${info.fieldName}`)) {
    if (await context.isMfaSetupRequired()) throw new MfaSetupRequiredError();
  }
  return next();
};
