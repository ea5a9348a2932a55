import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from "graphql";

import { pageSizeDefault, pageSizeMax } from "@app/shared";

/**
 * Every limit is checked while validating, before any resolver runs, so an oversized document
 * costs parsing and nothing else (OWASP GraphQL Cheat Sheet: depth, amount, cost).
 */
export const documentLimits = {
  maxTokens: 2000,
  maxDepth: 10,
  maxAliases: 15,
  /** Each mutation is a change; aliasing them is how guessing gets batched into one request. */
  maxMutationAliases: 3,
  maxCost: 10_000,
};

type FragmentMap = Map<string, FragmentDefinitionNode>;

function refuse(context: ValidationContext, message: string): void {
  context.reportError(new GraphQLError(message, { extensions: { code: "BAD_REQUEST" } }));
}

function fragmentsOf(context: ValidationContext): FragmentMap {
  const fragments: FragmentMap = new Map();
  for (const definition of context.getDocument().definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition);
  }
  return fragments;
}

/** The paged lists, whose `first` defaults to a page of 25 when a document leaves it out. */
const pagedFields = new Set(["staff", "securityEvents"]);

/** A list field's cost counts its children once per possible item; variables count as the max. */
function pageSizeOf(field: FieldNode): number {
  const first = field.arguments?.find((argument) => argument.name.value === "first");
  if (!first) return pagedFields.has(field.name.value) ? pageSizeDefault : 1;
  if (first.value.kind !== Kind.INT) return pageSizeMax;
  return Math.min(Number(first.value.value), pageSizeMax);
}

interface Measure {
  depth: number;
  cost: number;
  aliases: number;
}

function measure(
  selectionSet: SelectionSetNode,
  fragments: FragmentMap,
  seen: Set<string>,
): Measure {
  let result: Measure = { depth: 0, cost: 0, aliases: 0 };

  for (const selection of selectionSet.selections) {
    let inner: Measure = { depth: 0, cost: 0, aliases: 0 };
    if (selection.kind === Kind.FIELD) {
      const child = selection.selectionSet
        ? measure(selection.selectionSet, fragments, seen)
        : inner;
      inner = {
        depth: child.depth + 1,
        cost: 1 + child.cost * pageSizeOf(selection),
        aliases: child.aliases + (selection.alias ? 1 : 0),
      };
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      inner = measure(selection.selectionSet, fragments, seen);
    } else {
      const fragment = fragments.get(selection.name.value);
      // A fragment spread twice is measured once per path but never recursively into itself.
      if (fragment && !seen.has(fragment.name.value)) {
        inner = measure(fragment.selectionSet, fragments, new Set([...seen, fragment.name.value]));
      }
    }
    result = {
      depth: Math.max(result.depth, inner.depth),
      cost: result.cost + inner.cost,
      aliases: result.aliases + inner.aliases,
    };
  }
  return result;
}

export function documentLimitsRule(context: ValidationContext): ASTVisitor {
  const fragments = fragmentsOf(context);

  return {
    OperationDefinition(operation: OperationDefinitionNode) {
      const { depth, cost, aliases } = measure(operation.selectionSet, fragments, new Set());
      const aliasLimit =
        operation.operation === "mutation"
          ? documentLimits.maxMutationAliases
          : documentLimits.maxAliases;

      if (depth > documentLimits.maxDepth) {
        refuse(
          context,
          `The query is ${depth} levels deep; the limit is ${documentLimits.maxDepth}.`,
        );
      }
      if (aliases > aliasLimit) {
        refuse(context, `The operation uses ${aliases} aliases; the limit is ${aliasLimit}.`);
      }
      if (cost > documentLimits.maxCost) {
        refuse(context, `The query would cost ${cost}; the limit is ${documentLimits.maxCost}.`);
      }
    },
  };
}
