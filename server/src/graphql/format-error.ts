import type { GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";

import { ErrorCode, isKnownErrorCode } from "@app/shared";

import type { Logger } from "../logging/logger.js";

/**
 * Expected errors carry a contract code and pass through without a stack trace. Anything else is
 * a bug or an outage: it is logged once here, and the caller sees a generic internal error with
 * no SQL, hostname or stack.
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;

    if (isKnownErrorCode(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }

    const cause = unwrapResolverError(error);
    logger.error(
      {
        err:
          cause instanceof Error
            ? { name: cause.name, message: cause.message, stack: cause.stack }
            : cause,
        path: formatted.path,
      },
      "A GraphQL operation failed unexpectedly.",
    );
    return {
      message: "Something went wrong on our side. Please try again.",
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
