import type { GraphQLFormattedError } from "graphql";
import { ApolloServerErrorCode, unwrapResolverError } from "@apollo/server/errors";

import { ErrorCode, isKnownErrorCode, RequestErrorCode } from "@app/shared";

import type { Logger } from "../logging/logger.js";

/**
 * Expected errors carry a contract code and pass through without a stack trace. Anything else is
 * a bug or an outage: it is logged once here, and the caller sees a generic internal error with
 * no SQL, hostname or stack.
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;

    const refusal = refusalBeforeExecution(formatted);
    if (refusal) return refusal;

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

/**
 * Apollo names an operation that is not in the document with a code the contract does not list,
 * and graphql-js stops coercing variables after 50 errors with a message but no code. Both are
 * the client's mistake, refused before execution, not failures on our side.
 */
const variableErrorLimitMessage =
  "Too many errors processing variables, error limit reached. Execution aborted.";

function refusalBeforeExecution(formatted: GraphQLFormattedError): GraphQLFormattedError | null {
  if (formatted.extensions?.code === ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE) {
    return { message: formatted.message, extensions: { code: RequestErrorCode.BAD_REQUEST } };
  }
  if (formatted.message === variableErrorLimitMessage) {
    return { message: formatted.message, extensions: { code: ErrorCode.BAD_USER_INPUT } };
  }
  return null;
}
