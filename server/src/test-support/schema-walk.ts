import type {
  GraphQLField,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLObjectType,
  GraphQLSchema,
} from "graphql";

// type-graphql builds the schema with graphql's CommonJS copy, so graphql's instanceof-based
// predicates from the ES module copy cannot be used on it; these read the same facts.
function kindOf(type: unknown): string {
  return (type as { constructor: { name: string } }).constructor.name;
}

function unwrap(type: GraphQLInputType): GraphQLInputType {
  let current = type;
  while ("ofType" in current && current.ofType) current = current.ofType as GraphQLInputType;
  return current;
}

/** A value that passes GraphQL validation for any input type, so resolvers actually run. */
function sampleValue(type: GraphQLInputType): string {
  const named = unwrap(type) as GraphQLNamedType;
  switch (kindOf(named)) {
    case "GraphQLInputObjectType": {
      const fields = (
        named as unknown as { getFields(): Record<string, { type: GraphQLInputType }> }
      ).getFields();
      const entries = Object.entries(fields).map(
        ([name, field]) => `${name}: ${sampleValue(field.type)}`,
      );
      return `{ ${entries.join(", ")} }`;
    }
    case "GraphQLEnumType":
      return (named as unknown as { getValues(): { name: string }[] }).getValues()[0]?.name ?? "";
    default:
      return (
        { Int: "1", Boolean: "false", ID: '"00000000-0000-4000-8000-000000000000"' }[named.name] ??
        '"123456"'
      );
  }
}

function selectionFor(field: GraphQLField<unknown, unknown>): string {
  let type: unknown = field.type;
  while (typeof type === "object" && type !== null && "ofType" in type) type = type.ofType;
  const kind = kindOf(type);
  return kind === "GraphQLObjectType" || kind === "GraphQLInterfaceType" ? " { __typename }" : "";
}

export interface RootFieldOperation {
  name: string;
  document: string;
}

/** One runnable document per root field of the schema, with every argument filled in. */
export function rootFieldOperations(schema: GraphQLSchema): RootFieldOperation[] {
  const roots: [string, GraphQLObjectType | null | undefined][] = [
    ["query", schema.getQueryType()],
    ["mutation", schema.getMutationType()],
  ];

  return roots.flatMap(([operation, root]) =>
    Object.values(root?.getFields() ?? {}).map((field) => {
      const args = field.args.map((arg) => `${arg.name}: ${sampleValue(arg.type)}`);
      const argumentList = args.length > 0 ? `(${args.join(", ")})` : "";
      return {
        name: `${root?.name}.${field.name}`,
        document: `${operation} { ${field.name}${argumentList}${selectionFor(field)} }`,
      };
    }),
  );
}
