import type { RequestContext } from "../graphql/context.js";
import { ReauthenticationRequiredError, UnauthenticatedError } from "../graphql/errors.js";
import type { ActiveSession } from "./session-store.js";

export function requireSession(context: RequestContext): ActiveSession {
  if (!context.session) throw new UnauthenticatedError();
  return context.session;
}

/**
 * Sensitive changes need proof of the password within the last 15 minutes, so a browser left
 * signed in cannot be used to take over the account's second factor.
 */
export function requireRecentAuthentication(context: RequestContext): ActiveSession {
  const session = requireSession(context);
  if (!context.services.sessions.isRecentlyAuthenticated(session)) {
    throw new ReauthenticationRequiredError();
  }
  return session;
}
