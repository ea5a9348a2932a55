import type { Request, Response } from "express";
import { parse as parseCookieHeader } from "cookie";

import type { Services } from "../app/services.js";
import { readCookie, sessionCookie } from "../auth/cookies.js";
import type { RequestContext } from "../graphql/context.js";

export async function buildRequestContext(
  services: Services,
  req: Request,
  res: Response,
): Promise<RequestContext> {
  const cookies = parseCookieHeader(req.headers.cookie ?? "");
  const sessionToken = readCookie(cookies, sessionCookie, services.config.cookieSecure);
  const session = await services.sessions.resolve(sessionToken);
  let setupRequired: Promise<boolean> | undefined;

  return {
    services,
    session,
    cookies,
    client: { ipAddress: req.ip ?? null, userAgent: req.get("user-agent") ?? null },
    req,
    res,
    // Read at most once per request, and only when a restricted field asks.
    isMfaSetupRequired: () => {
      if (!session) return Promise.resolve(false);
      setupRequired ??= services.policy.isSetupRequired(session.userId);
      return setupRequired;
    },
  };
}
