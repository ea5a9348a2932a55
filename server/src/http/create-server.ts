import http from "node:http";
import type { AddressInfo } from "node:net";

import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import type { GraphQLSchema } from "graphql";

import type { Services } from "../app/services.js";
import type { RequestContext } from "../graphql/context.js";
import { documentLimits, documentLimitsRule } from "../graphql/document-limits.js";
import { createErrorFormatter } from "../graphql/format-error.js";
import { introspectionGate } from "../graphql/introspection-gate.js";
import { nulCharacterGuard } from "../graphql/nul-character-guard.js";
import { createBodyErrorHandler } from "./body-errors.js";
import { createCorsMiddleware } from "./cors.js";
import { createHealthRoutes } from "./health.routes.js";
import { buildRequestContext } from "./request-context.js";

/** Large enough for any real operation, small enough that a flood of bytes is refused early. */
const bodyLimit = "256kb";

export interface RunningServer {
  url: string;
  port: number;
  /** Stops taking requests, lets in-flight ones finish, then returns. */
  stop(): Promise<void>;
}

export async function startHttpServer(
  services: Services,
  schema: GraphQLSchema,
  port: number,
  host?: string,
): Promise<RunningServer> {
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<RequestContext>({
    schema,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    // Apollo turns introspection off whenever NODE_ENV=production; our own gate decides instead,
    // keeping it for signed-in callers and tokens.
    introspection: true,
    includeStacktraceInErrorResponses: false,
    // main.ts owns SIGTERM: it drains this server and then closes the database. Apollo's own
    // handler would stop and re-raise the signal in parallel, and the embedded database's
    // process could be left waiting for a close that never came.
    stopOnTerminationSignals: false,
    // Suggestions ("Did you mean …?") would map the schema for anyone guessing field names.
    hideSchemaDetailsFromClientErrors: services.config.isProduction,
    parseOptions: { maxTokens: documentLimits.maxTokens },
    validationRules: [documentLimitsRule],
    formatError: createErrorFormatter(services.logger),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // Every response is no-store (below), so computing cache hints per field is pure cost.
      ApolloServerPluginCacheControlDisabled(),
      introspectionGate(services.config.isProduction),
      nulCharacterGuard,
    ],
  });
  await apollo.start();

  app.disable("x-powered-by");
  // Behind the SPA's dev proxy or nginx the client address arrives in X-Forwarded-For.
  app.set("trust proxy", "loopback, linklocal, uniquelocal");
  app.use(createHealthRoutes(services.dataSource));
  app.use(
    "/graphql",
    createCorsMiddleware(services.config.corsOrigins),
    (_req, res, next) => {
      // Responses may carry personal data or, later, one-time secrets: never cache them.
      res.setHeader("Cache-Control", "no-store");
      next();
    },
    express.json({ limit: bodyLimit }),
    expressMiddleware(apollo, {
      context: ({ req, res }) => buildRequestContext(services, req, res),
    }),
  );
  app.use(createBodyErrorHandler(services.logger));

  await new Promise<void>((resolve) => httpServer.listen(port, host, resolve));
  const address = httpServer.address() as AddressInfo;

  let stopping: Promise<void> | undefined;
  return {
    port: address.port,
    url: `http://${host ?? "localhost"}:${address.port}`,
    // A second signal while draining must wait for the same drain, not start another.
    stop: () => (stopping ??= apollo.stop()),
  };
}
