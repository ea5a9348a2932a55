import type { ApolloServerPlugin } from "@apollo/server";
import { Kind, visit, type ASTNode, type DocumentNode } from "graphql";

import type { RequestContext } from "./context.js";
import { BadUserInputError } from "./errors.js";

const nul = "\u0000";

function findInValue(value: unknown, field: string): string | null {
  if (typeof value === "string") return value.includes(nul) ? field : null;
  if (value === null || typeof value !== "object") return null;

  const entries = Array.isArray(value)
    ? value.map((item): [string, unknown] => [field, item])
    : Object.entries(value);
  for (const [key, item] of entries) {
    const found = findInValue(item, key);
    if (found !== null) return found;
  }
  return null;
}

function findInDocument(document: DocumentNode): string | null {
  let found: string | null = null;

  visit(document, {
    StringValue(node, _key, parent, _path, ancestors) {
      if (found !== null || !node.value.includes(nul)) return;
      const named = [...ancestors, parent]
        .reverse()
        .find(
          (ancestor): ancestor is ASTNode & { name: { value: string } } =>
            !Array.isArray(ancestor) &&
            ((ancestor as ASTNode).kind === Kind.ARGUMENT ||
              (ancestor as ASTNode).kind === Kind.OBJECT_FIELD),
        );
      found = named?.name.value ?? "input";
    },
  });
  return found;
}

/**
 * PostgreSQL text cannot hold U+0000, so a string carrying it fails in the driver wherever it
 * reaches a query, as an internal error. No field has a use for it: it is refused once, before
 * execution, for every argument present and future, naming the field it came in.
 */
export const nulCharacterGuard: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request, document }) {
        const field = findInValue(request.variables ?? {}, "variables") ?? findInDocument(document);
        if (field !== null) {
          throw new BadUserInputError(field, "Text may not contain the NUL character.");
        }
      },
    };
  },
};
