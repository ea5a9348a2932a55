import type { Request, Response } from "express";
import { parse as parseCookieHeader } from "cookie";

import type { TokenPrincipal } from "../access-tokens/access-token.service.js";
import type { Services } from "../app/services.js";
import { readCookie, sessionCookie } from "../auth/cookies.js";
import type { ActiveSession } from "../auth/session-store.js";
import type { RequestContext } from "../graphql/context.js";

export async function buildRequestContext(
  services: Services,
  req: Request,
  res: Response,
): Promise<RequestContext> {
  const cookies = parseCookieHeader(req.headers.cookie ?? "");
  const bearer = /^Bearer (.+)$/i.exec(req.get("authorization") ?? "")?.[1]?.trim();
  const hasAuthorization = req.get("authorization") !== undefined;

  // A request with an Authorization header is judged by it alone, never by cookies beside it.
  const accessToken = bearer ? await services.accessTokens.resolve(bearer) : null;
  const session = hasAuthorization
    ? accessToken && tokenSession(accessToken)
    : await services.sessions.resolve(
        readCookie(cookies, sessionCookie, services.config.cookieSecure),
      );
  let setupRequired: Promise<boolean> | undefined;

  return {
    services,
    session,
    cookies,
    client: { ipAddress: req.ip ?? null, userAgent: req.get("user-agent") ?? null },
    req,
    res,
    accessToken,
    isAccessTokenRejected: hasAuthorization && !accessToken,
    // Read at most once per request, and only when a restricted field asks.
    isMfaSetupRequired: () => {
      if (!session) return Promise.resolve(false);
      setupRequired ??= services.policy.isSetupRequired(session.userId);
      return setupRequired;
    },
  };
}

/**
 * Tokens act as their user for queries. Their "session" never counts as a recent sign-in, and
 * mutations are refused before any resolver sees it.
 */
function tokenSession(principal: TokenPrincipal): ActiveSession {
  return {
    id: `token:${principal.tokenId}`,
    userId: principal.userId,
    authenticatedAt: new Date(0),
  };
}
