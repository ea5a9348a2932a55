import type { MiddlewareFn } from "type-graphql";

import type { RequestContext } from "./context.js";
import { MfaSetupRequiredError } from "./errors.js";

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

/** Checked on every root field, so the rule holds for fields added later without extra code. */
export const mfaSetupGate: MiddlewareFn<RequestContext> = async ({ info, context }, next) => {
  const rootName = info.parentType.name;
  const isRootField = rootName === "Query" || rootName === "Mutation";

  if (isRootField && !fieldsOpenDuringSetup.has(`${rootName}.${info.fieldName}`)) {
    if (await context.isMfaSetupRequired()) throw new MfaSetupRequiredError();
  }
  return next();
};
