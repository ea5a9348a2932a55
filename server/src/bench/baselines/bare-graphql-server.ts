import { createServer } from "node:http";

import { buildSchema, execute, parse, type DocumentNode } from "graphql";

/**
 * The floor under any GraphQL server: graphql-js over node:http, documents parsed once and
 * cached, no validation, context or middleware. Ours is measured against it.
 */
const schema = buildSchema("type Query { hello: String }");
const documents = new Map<string, DocumentNode>();
const port = Number(process.env.PORT ?? 0);

createServer((request, response) => {
  if (request.method !== "POST") {
    response.writeHead(200).end("ok");
    return;
  }

  const chunks: Buffer[] = [];
  request.on("data", (chunk: Buffer) => chunks.push(chunk));
  request.on("end", () => {
    const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { query: string };
    let document = documents.get(body.query);
    if (!document) {
      document = parse(body.query);
      documents.set(body.query, document);
    }

    void Promise.resolve(execute({ schema, document })).then((result) => {
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify(result));
    });
  });
}).listen(port, "127.0.0.1");
