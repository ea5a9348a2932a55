import type { ErrorRequestHandler } from "express";

import { ErrorCode, RequestErrorCode } from "@app/shared";

import type { Logger } from "../logging/logger.js";

interface HttpError {
  status?: number;
  type?: string;
}

/**
 * Failures before GraphQL runs (a body that is not JSON, or too large) answer in GraphQL's error
 * shape with a contract code instead of Express's HTML page.
 */
export function createBodyErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error: HttpError, _req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }

    const status = typeof error.status === "number" && error.status < 500 ? error.status : 500;
    if (status === 500) {
      logger.error({ err: error }, "An HTTP request failed before reaching GraphQL.");
    }

    const message =
      status === 413
        ? "The request body is too large."
        : status === 500
          ? "Something went wrong on our side. Please try again."
          : "The request body must be valid JSON.";
    const code = status === 500 ? ErrorCode.INTERNAL_SERVER_ERROR : RequestErrorCode.BAD_REQUEST;
    res.status(status).json({ errors: [{ message, extensions: { code } }] });
  };
}
