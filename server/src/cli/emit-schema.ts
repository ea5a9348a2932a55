import "reflect-metadata";

import path from "node:path";
import { fileURLToPath } from "node:url";

import { createSchema } from "../graphql/schema.js";

// The committed schema file is what the client's code generator and integrators read.
const schemaPath = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../schema.graphql",
);
await createSchema(schemaPath);
process.stdout.write(`Wrote ${schemaPath}\n`);
