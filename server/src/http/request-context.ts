import type { Request, Response } from "express";
import { parse as parseCookieHeader } from "cookie";

import type { Services } from "../app/services.js";
import { sessionCookieName } from "../auth/session-cookie.js";
import type { RequestContext } from "../graphql/context.js";

export async function buildRequestContext(
  services: Services,
  req: Request,
  res: Response,
): Promise<RequestContext> {
  const cookies = parseCookieHeader(req.headers.cookie ?? "");
  const sessionToken = cookies[sessionCookieName(services.config.cookieSecure)];
  const session = await services.sessions.resolve(sessionToken);

  return {
    services,
    session,
    cookies,
    client: { ipAddress: req.ip ?? null, userAgent: req.get("user-agent") ?? null },
    req,
    res,
  };
}
