import fc from "fast-check";
import type {
  GraphQLEnumType,
  GraphQLField,
  GraphQLInputObjectType,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLObjectType,
  GraphQLOutputType,
} from "graphql";

// The schema is built by the test's own graphql copy, but vitest may still hand other modules a
// second copy; reading the constructor's name works whichever copy made the type.
function kindOf(type: unknown): string {
  return (type as { constructor: { name: string } }).constructor.name;
}

function innerOf<T>(type: T): T {
  return (type as unknown as { ofType: T }).ofType;
}

function namedOf(type: GraphQLInputType | GraphQLOutputType): GraphQLNamedType {
  let current: unknown = type;
  while (["GraphQLNonNull", "GraphQLList"].includes(kindOf(current))) current = innerOf(current);
  return current as GraphQLNamedType;
}

/** Ids and secrets of real rows, so some fuzzed values hit existing objects, not only misses. */
export interface KnownValues {
  emails: string[];
  password: string;
  ids: string[];
}

const nameShape = /^[_A-Za-z][_0-9A-Za-z]*$/;

/** Strings that broke parsers, drivers and templates somewhere before. */
const notoriousStrings = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\u0000123456",
  "\t\r\n\v\f",
  "\u0007\u001b[31m",
  "\u202eevil",
  "\ufeff123456",
  "\ud800",
  "😀",
  "👩‍👩‍👧‍👦".repeat(30),
  "١٢٣٤٥٦",
  "１２３４５６",
  "ǅ̸̢̛͔̻̥̦̯͂̈́ͩ",
  "' OR '1'='1",
  "'; DROP TABLE users; --",
  '" OR ""="',
  "1; SELECT pg_sleep(5)",
  "%",
  "_",
  "\\",
  "%' AND 1=1 --",
  '{"$gt": ""}',
  '{"__proto__": {"admin": true}}',
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "${7*7}{{7*7}}",
  "../../../../etc/passwd",
  "null",
  "undefined",
  "NaN",
  "-1",
  "1e309",
  "0x10",
  "123456",
  " 123 456 ",
  "000000",
  "abcde-fghij",
  "ABCDE FGHIJ",
  "2222222222",
  "3cc_pat_" + "A".repeat(43),
  "A".repeat(43),
  "not-a-uuid",
  "00000000-0000-0000-0000-000000000000",
  "ffffffff-ffff-ffff-ffff-ffffffffffff",
  "a@b.c",
  "@",
  "a@b@c.d",
  " ADMIN@EXAMPLE.TEST ",
];

/** Just over the limits the server enforces, and far over them. */
const hugeLengths = [7, 11, 65, 101, 129, 201, 255, 501, 513, 4_097, 70_000, 300_000];

const hugeString = fc
  .tuple(fc.constantFrom(...hugeLengths), fc.constantFrom("a", "7", "é", "😀", "\u0000", "'"))
  .map(([length, character]) => character.repeat(length));

const controlString = fc.string({
  unit: fc.integer({ min: 0, max: 31 }).map((code) => String.fromCharCode(code)),
  maxLength: 12,
});

const smallHostileString = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...notoriousStrings) },
  // PostgreSQL text cannot hold NUL at all, which makes it the most likely byte to reach a
  // driver error that input checks forgot.
  { weight: 2, arbitrary: fc.constantFrom("\u0000", "\u0000\u0000", "x\u0000") },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 24 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 24 }) },
  { weight: 1, arbitrary: controlString },
  { weight: 1, arbitrary: fc.uuid() },
);

/**
 * Values the server would accept for a field of that name, so that hostile fragments spliced
 * into them, or hostile values beside them, get past the shape checks to the code behind.
 */
function plausibleString(known: KnownValues, hint: string): fc.Arbitrary<string> {
  if (/email/i.test(hint)) return fc.constantFrom(...known.emails, "person@example.test");
  if (/password/i.test(hint)) return fc.constantFrom(known.password, "another long password");
  if (/code/i.test(hint)) {
    return fc.oneof(fc.stringMatching(/^[0-9]{6}$/), fc.constantFrom("abcde-fghij", "2222222222"));
  }
  if (/^id$|Id$/.test(hint)) return fc.oneof(fc.constantFrom(...known.ids), fc.uuid());
  if (/after|cursor/i.test(hint)) return cursorShaped(known);
  return fc.constantFrom(
    ...known.emails,
    ...known.ids,
    known.password,
    "123456",
    "abcde-fghij",
    "A reason for the log",
  );
}

function splicedString(known: KnownValues, hint: string): fc.Arbitrary<string> {
  return fc
    .tuple(plausibleString(known, hint), smallHostileString, fc.nat())
    .map(([value, fragment, position]) => {
      const at = position % (value.length + 1);
      return `${value.slice(0, at)}${fragment}${value.slice(at)}`;
    });
}

/** Cursors look opaque but decode to JSON; these decode to keys of every wrong shape. */
function cursorShaped(known: KnownValues): fc.Arbitrary<string> {
  const part = fc.oneof(
    smallHostileString,
    fc.constantFrom(...known.emails, ...known.ids),
    fc.uuid(),
    fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
  );
  return fc
    .oneof(
      { weight: 3, arbitrary: fc.tuple(part, part) },
      { weight: 1, arbitrary: fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 3 }) },
    )
    .map((key) => Buffer.from(JSON.stringify(key), "utf8").toString("base64url"));
}

function hostileString(known: KnownValues, hint = ""): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: smallHostileString },
    { weight: 4, arbitrary: splicedString(known, hint) },
    { weight: 4, arbitrary: plausibleString(known, hint) },
    { weight: 1, arbitrary: hugeString },
    { weight: 1, arbitrary: cursorShaped(known) },
    { weight: 1, arbitrary: fc.stringMatching(/^[0-9]{6}$/) },
    { weight: 1, arbitrary: fc.stringMatching(/^[a-z2-7]{5}-[a-z2-7]{5}$/) },
  );
}

const hostileNumber = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 1, max: 30 }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      0,
      -1,
      90,
      91,
      100,
      101,
      365,
      366,
      2 ** 31 - 1,
      2 ** 31,
      -(2 ** 31) - 1,
    ),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(Number.MAX_SAFE_INTEGER, 2 ** 53 + 2, 1.5, -0.5, 1e308, 5e-324),
  },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
);

function deeplyNested(inner: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.tuple(fc.integer({ min: 2, max: 300 }), inner).map(([depth, value]) => {
    let nested: unknown = value;
    for (let level = 0; level < depth; level += 1) nested = [nested];
    return nested;
  });
}

/** Anything JSON can carry, for positions that expect something else entirely. */
function wrongTyped(known: KnownValues): fc.Arbitrary<unknown> {
  return fc.oneof(
    hostileString(known),
    hostileNumber,
    fc.boolean(),
    fc.constant(null),
    fc.jsonValue({ maxDepth: 3 }),
    deeplyNested(fc.jsonValue({ maxDepth: 1 })),
  );
}

/** Field names clients have used to smuggle flags past input types. */
const smuggledFields = fc.dictionary(
  fc.constantFrom(
    "skipMfa",
    "mfaVerified",
    "trusted",
    "role",
    "userId",
    "companyId",
    "isAdmin",
    "__proto__",
    "constructor",
    "unknownField",
  ),
  fc.jsonValue({ maxDepth: 2 }),
  { maxKeys: 3 },
);

/**
 * Values shaped like the input type, filled with hostile content: right fields, wrong insides.
 * Now and then the shape itself is wrong (null where required, a field too many, wrong kind).
 */
export function valueFor(
  type: GraphQLInputType,
  known: KnownValues,
  hint: string,
  depth = 0,
): fc.Arbitrary<unknown> {
  const kind = kindOf(type);
  if (kind === "GraphQLNonNull") {
    return fc.oneof(
      { weight: 20, arbitrary: valueFor(innerOf(type), known, hint, depth) },
      { weight: 1, arbitrary: fc.constant(null) },
    );
  }

  let shaped: fc.Arbitrary<unknown>;
  if (kind === "GraphQLList") {
    const item = valueFor(innerOf(type), known, hint, depth + 1);
    shaped = fc.oneof(
      { weight: 4, arbitrary: fc.array(item, { maxLength: 4 }) },
      { weight: 1, arbitrary: item },
      { weight: 1, arbitrary: fc.array(item, { minLength: 500, maxLength: 2_000 }) },
      { weight: 1, arbitrary: deeplyNested(item) },
    );
  } else if (kind === "GraphQLInputObjectType") {
    shaped = inputObjectValue(type as GraphQLInputObjectType, known, depth);
  } else if (kind === "GraphQLEnumType") {
    const values = (type as GraphQLEnumType).getValues().map((value) => value.name);
    shaped = fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...values) },
      { weight: 1, arbitrary: fc.constantFrom(...values).map((value) => value.toLowerCase()) },
      { weight: 1, arbitrary: hostileString(known, hint) },
    );
  } else {
    shaped = scalarValue((type as GraphQLNamedType).name, known, hint);
  }

  return fc.oneof(
    { weight: 20, arbitrary: shaped },
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: depth > 2 ? 0 : 1, arbitrary: wrongTyped(known) },
  );
}

function scalarValue(name: string, known: KnownValues, hint: string): fc.Arbitrary<unknown> {
  switch (name) {
    case "Int":
    case "Float":
      return fc.oneof(
        { weight: 4, arbitrary: hostileNumber },
        { weight: 1, arbitrary: hostileNumber.map((number) => String(number)) },
      );
    case "Boolean":
      return fc.oneof(
        { weight: 4, arbitrary: fc.boolean() },
        { weight: 1, arbitrary: fc.constantFrom("true", "false", 0, 1) },
      );
    default:
      return hostileString(known, hint);
  }
}

function inputObjectValue(
  type: GraphQLInputObjectType,
  known: KnownValues,
  depth: number,
): fc.Arbitrary<unknown> {
  const fields = Object.values(type.getFields());
  const model = Object.fromEntries(
    fields.map((field) => [field.name, valueFor(field.type, known, field.name, depth + 1)]),
  );
  const required = fields
    .filter((field) => kindOf(field.type) === "GraphQLNonNull" && field.defaultValue === undefined)
    .map((field) => field.name);

  return fc
    .tuple(
      fc.oneof(
        { weight: 6, arbitrary: fc.record(model, { requiredKeys: required }) },
        { weight: 1, arbitrary: fc.record(model, { requiredKeys: [] }) },
      ),
      fc.option(smuggledFields, { freq: 10 }),
    )
    .map(([value, extra]) => (extra ? { ...extra, ...value } : value));
}

/** Every leaf, and objects a few levels down, so nested resolvers run on hostile data too. */
export function selectionFor(type: GraphQLOutputType, depth = 0): string {
  const named = namedOf(type);
  const kind = kindOf(named);
  if (kind !== "GraphQLObjectType" && kind !== "GraphQLInterfaceType") return "";
  if (depth >= 4) return "{ __typename }";

  const fields = Object.values((named as GraphQLObjectType).getFields())
    .filter((field) => field.args.every((arg) => kindOf(arg.type) !== "GraphQLNonNull"))
    .map((field) => `${field.name} ${selectionFor(field.type, depth + 1)}`.trim());
  return `{ ${fields.join(" ")} }`;
}

/** A GraphQL literal for a JSON value, with enum-typed strings written bare. */
export function printLiteral(value: unknown, type: GraphQLInputType | null): string {
  const named = type ? namedOf(type) : null;
  if (value === null || value === undefined) return "null";
  if (typeof value === "string") {
    const isEnum = named !== null && kindOf(named) === "GraphQLEnumType";
    return isEnum && nameShape.test(value) ? value : JSON.stringify(value);
  }
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "0";
  if (typeof value === "boolean") return String(value);

  const listItemType =
    type && kindOf(stripNonNull(type)) === "GraphQLList" ? innerOf(stripNonNull(type)) : null;
  if (Array.isArray(value)) {
    return `[${value.map((item) => printLiteral(item, listItemType ?? type)).join(", ")}]`;
  }

  const fieldTypes =
    named && kindOf(named) === "GraphQLInputObjectType"
      ? (named as GraphQLInputObjectType).getFields()
      : {};
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([key]) => nameShape.test(key))
    .map(([key, item]) => `${key}: ${printLiteral(item, fieldTypes[key]?.type ?? null)}`);
  return `{ ${entries.join(", ")} }`;
}

function stripNonNull(type: GraphQLInputType): GraphQLInputType {
  return kindOf(type) === "GraphQLNonNull" ? innerOf(type) : type;
}

export interface FuzzRequest {
  query: string;
  variables: Record<string, unknown>;
}

/**
 * One operation calling one root field: each argument passed as a variable, written inline as a
 * literal, or left out, with the variable's declared type sometimes loosened or wrong.
 */
export function operationFor(
  operation: "query" | "mutation",
  field: GraphQLField<unknown, unknown>,
  known: KnownValues,
): fc.Arbitrary<FuzzRequest> {
  const argumentArbitraries = field.args.map((arg) =>
    fc.record({
      arg: fc.constant(arg),
      value: valueFor(arg.type, known, arg.name),
      mode: fc.oneof(
        { weight: 6, arbitrary: fc.constant("variable") },
        { weight: 3, arbitrary: fc.constant("inline") },
        { weight: 1, arbitrary: fc.constant("omitted") },
      ),
      declared: fc.oneof(
        { weight: 10, arbitrary: fc.constant(String(arg.type)) },
        {
          weight: 1,
          arbitrary: fc.constantFrom(
            String(arg.type).replace(/!$/, ""),
            "String",
            "Int!",
            "[Boolean]",
            "UnknownType",
          ),
        },
      ),
    }),
  );

  return fc
    .tuple(fc.tuple(...argumentArbitraries), fc.option(fc.constantFrom("x", "__a", "signIn")))
    .map(([args, alias]) => {
      const declarations: string[] = [];
      const passed: string[] = [];
      const variables: Record<string, unknown> = {};

      for (const [index, { arg, value, mode, declared }] of args.entries()) {
        if (mode === "omitted") continue;
        if (mode === "inline") {
          passed.push(`${arg.name}: ${printLiteral(value, arg.type)}`);
          continue;
        }
        const variable = `v${index}`;
        declarations.push(`$${variable}: ${declared}`);
        passed.push(`${arg.name}: $${variable}`);
        if (value !== undefined) variables[variable] = value;
      }

      const header = declarations.length > 0 ? `(${declarations.join(", ")})` : "";
      const argumentList = passed.length > 0 ? `(${passed.join(", ")})` : "";
      const aliasPrefix = alias ? `${alias}: ` : "";
      const call = `${aliasPrefix}${field.name}${argumentList} ${selectionFor(field.type)}`;
      return { query: `${operation} Fuzz${header} { ${call} }`, variables };
    });
}

/** Ways to bend a valid document into an invalid or abusive one. */
const documentDamage = [
  (document: string) =>
    document.replace(/\{ /, "{ a1: __typename a2: __typename a3: __typename a4: __typename "),
  (document: string) => `${document.replace(/\{ (\w+)/, "{ ...F")} fragment F on Mutation { $1 }`,
  (document: string) => `${document} fragment F on Query { ...G } fragment G on Query { ...F }`,
  (document: string) => document.replace(/\{ (\w+)/, "{ ...Missing $1"),
  (document: string) => document.replace(/\{ (\w+)/, "{ $1 @skip(if: $nowhere)"),
  (document: string) => document.replace(/\{ (\w+)/, "{ $1 @include(if: true) @include(if: false)"),
  (document: string) => document.replace(/\{ (\w+)/, "{ $1 @unknownDirective(reason: 1)"),
  (document: string) => document.replace(/\{ (\w+)/, "{ $1(unknownArgument: 1, other: $x)"),
  (document: string) => document.replace(/ \{[^{}]*\}\s*\}$/, " }"),
  (document: string) => document.replace(/\{ (\w+)/, "{ $1 { passwordHash secretCiphertext } "),
  (document: string) => document.replace(/^(query|mutation)/, "subscription"),
  (document: string) => `${document} ${document}`,
  (document: string) => `${document} query Other { viewer { id } }`,
  (document: string) => `${"{ ".repeat(40)}${document}${" }".repeat(40)}`,
  (document: string) => document.replace(/\{ /, `{ ${"__typename ".repeat(2_100)}`),
  (document: string) => document.replaceAll("{", "{ viewer { company { id } } "),
  (document: string) => `${document}\u0000`,
  (document: string) => `"""${document}`,
];

export function damagedDocument(valid: fc.Arbitrary<FuzzRequest>): fc.Arbitrary<FuzzRequest> {
  return fc
    .tuple(
      valid,
      fc.subarray(documentDamage, { minLength: 1, maxLength: 3 }),
      fc.option(fc.nat(), { freq: 4 }),
      fc.option(fc.string({ unit: "binary", maxLength: 6 }), { freq: 4 }),
    )
    .map(([request, damages, cut, garbage]) => {
      let query = damages.reduce((document, damage) => damage(document), request.query);
      if (cut !== null) query = query.slice(0, cut % (query.length + 1));
      if (garbage !== null) {
        const at = (cut ?? 0) % (query.length + 1);
        query = `${query.slice(0, at)}${garbage}${query.slice(at)}`;
      }
      return { query, variables: request.variables };
    });
}
