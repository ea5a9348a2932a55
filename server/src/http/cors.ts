import type { RequestHandler } from "express";

/**
 * Only origins named in CORS_ORIGINS get CORS headers; everyone else is left to the browser's
 * same-origin rule. Credentials are allowed for those origins because the session is a cookie.
 */
export function createCorsMiddleware(allowedOrigins: readonly string[]): RequestHandler {
  const allowed = new Set(allowedOrigins);

  return (req, res, next) => {
    const origin = req.get("origin");
    if (!origin || !allowed.has(origin)) {
      next();
      return;
    }

    res.setHeader("Access-Control-Allow-Origin", origin);
    res.setHeader("Access-Control-Allow-Credentials", "true");
    res.vary("Origin");
    if (req.method !== "OPTIONS") {
      next();
      return;
    }
    res.setHeader("Access-Control-Allow-Methods", "POST");
    res.setHeader(
      "Access-Control-Allow-Headers",
      "content-type, authorization, apollo-require-preflight",
    );
    res.setHeader("Access-Control-Max-Age", "600");
    res.status(204).end();
  };
}
