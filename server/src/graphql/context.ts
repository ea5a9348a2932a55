import type { Request, Response } from "express";

import type { Services } from "../app/services.js";
import type { TokenPrincipal } from "../access-tokens/access-token.service.js";
import type { ActiveSession, ClientInfo } from "../auth/session-store.js";

/** Everything a resolver may use for one request. Built fresh per request. */
export interface RequestContext {
  services: Services;
  session: ActiveSession | null;
  client: ClientInfo;
  cookies: Record<string, string | undefined>;
  req: Request;
  res: Response;
  /** Set when the request carried a valid `Authorization: Bearer` access token. */
  accessToken: TokenPrincipal | null;
  /** A bearer token was sent but is malformed, unknown, revoked or expired. */
  isAccessTokenRejected: boolean;
  /** The company requires MFA, its grace period is over, and this person has none yet. */
  isMfaSetupRequired(): Promise<boolean>;
}
