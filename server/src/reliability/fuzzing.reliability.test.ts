/**
 * Property-based fuzzing of the public GraphQL API over HTTP, on real PostgreSQL.
 *
 * Every mutation in `schema.graphql`, and every query that takes arguments, is called with
 * generated documents and variables: the right shape with hostile insides, and sometimes the
 * wrong shape. The callers cover every state the API tells apart. Whatever arrives, the answer
 * must be a 4xx or a 200 with contract error codes, must reveal no stack, SQL or file path, and
 * must leave the stored MFA state sound.
 *
 * The seed is fixed so a failure reproduces; fast-check prints the seed and the shrunk case.
 * FUZZ_SEED and FUZZ_RUNS override them for a longer exploratory run.
 */
import "reflect-metadata";

import { readFileSync } from "node:fs";

import fc from "fast-check";
import { buildSchema, type GraphQLField } from "graphql";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import {
  codeLockoutInSeconds,
  ErrorCode,
  isKnownErrorCode,
  passwordLockoutInSeconds,
} from "@app/shared";

import {
  callerIn,
  callerStates,
  createCallerWorld,
  type CallerState,
  type CallerWorld,
} from "../test-support/caller-states.js";
import { findInvariantViolations } from "../test-support/database-invariants.js";
import { testPassword } from "../test-support/factories.js";
import { signInWithPassword } from "../test-support/mfa-helpers.js";
import { startTestApp, type TestApp } from "../test-support/test-app.js";
import {
  damagedDocument,
  operationFor,
  type FuzzRequest,
  type KnownValues,
} from "./hostile-graphql.js";

const schema = buildSchema(readFileSync(new URL("../../schema.graphql", import.meta.url), "utf8"));
type RootField = GraphQLField<unknown, unknown>;
const mutationFields: RootField[] = Object.values(schema.getMutationType()?.getFields() ?? {});
const queryFields: RootField[] = Object.values(schema.getQueryType()?.getFields() ?? {});
const queryFieldsWithArguments = queryFields.filter((field) => field.args.length > 0);

const seed = Number(process.env.FUZZ_SEED ?? 20_251_203);
const runsPerField = Number(process.env.FUZZ_RUNS ?? 50);
const options = { seed, numRuns: runsPerField };

/** Admins and members reach the most resolvers, so they are drawn more often. */
const callerState = fc.constantFrom<CallerState>(...callerStates, "admin", "member", "admin");

/** Phrases of PostgreSQL and TypeORM errors, which only a leaked driver error would contain. */
const databaseErrorPhrases = [
  "syntax error at or near",
  "invalid input syntax",
  "violates \\w+ constraint",
  "duplicate key value",
  "invalid byte sequence",
  "QueryFailedError",
  "TypeORMError",
  "EntityNotFound",
  "Could not find any entity",
  "out of range for type",
  "value too long for type",
  "current transaction is aborted",
  'relation "\\w+"',
  'column "\\w+"',
];

/** What a response must never contain, whatever it was asked. */
const leakPatterns: [string, RegExp][] = [
  ["a stack trace", /\bat (?:async )?[\w$.<>[\] ]+ \(|:\d+:\d+\)|"stacktrace"/],
  ["a file path", /(?:\/[\w.@-]+){2,}\.(?:ts|js|mjs|cjs)\b|node_modules|file:\/\//],
  ["database error text", new RegExp(databaseErrorPhrases.join("|"), "i")],
  ["parameterised SQL", /\b(?:SELECT|UPDATE|DELETE|INSERT)\b[^"]{0,300}\$\d/],
  [
    "a JavaScript fault",
    /Cannot read propert|is not a function|ReferenceError|TypeError:|Maximum call stack/,
  ],
];

function stringsIn(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (value === null || typeof value !== "object") return [];
  return Object.values(value).flatMap(stringsIn);
}

/** Pre-execution answers carry Apollo's codes; everything else one of the contract's. */
function problemsWith(status: number, text: string): string[] {
  const problems: string[] = [];
  if (status >= 500) problems.push(`HTTP status ${status}`);

  let body: { errors?: { message?: string; extensions?: { code?: unknown } }[] } = {};
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    problems.push(`a body that is not JSON: ${text.slice(0, 200)}`);
  }
  for (const error of body.errors ?? []) {
    const code = error.extensions?.code;
    if (!isKnownErrorCode(code) || code === ErrorCode.INTERNAL_SERVER_ERROR) {
      problems.push(`error code ${String(code)}: ${error.message?.slice(0, 200)}`);
    }
  }
  // Messages are scanned as sent and as decoded, where quotes are no longer escaped.
  const scanned = `${text}\n${stringsIn(body).join("\n")}`;
  for (const [name, pattern] of leakPatterns) {
    const match = pattern.exec(scanned);
    if (match)
      problems.push(`${name}: …${text.slice(Math.max(0, match.index - 80), match.index + 80)}…`);
  }
  return problems;
}

let testApp: TestApp;
let world: CallerWorld;
let known: KnownValues;

beforeAll(async () => {
  testApp = await startTestApp();
  world = await createCallerWorld(testApp);
  known = {
    emails: [world.admin, world.member, world.mustSetUp, world.outsider].map((user) => user.email),
    password: testPassword,
    ids: [world.admin, world.member, world.mustSetUp, world.outsider].map((user) => user.id),
  };
});

afterAll(async () => {
  await testApp.stop();
});

// Earlier cases may have spent a budget on purpose; each field starts with the locks expired,
// so the code and password paths stay reachable instead of answering TOO_MANY_ATTEMPTS.
beforeEach(() => {
  testApp.clock.advanceBySeconds(Math.max(codeLockoutInSeconds, passwordLockoutInSeconds) + 1);
});

async function send(state: CallerState, body: string, contentType = "application/json") {
  const browser = await callerIn(testApp, world, state);
  const response = await browser.post(body, contentType);
  return problemsWith(response.status, await response.text());
}

function sendRequest(state: CallerState, request: FuzzRequest) {
  return send(state, JSON.stringify(request));
}

async function expectSoundDatabase(): Promise<void> {
  expect(await findInvariantViolations(testApp.dataSource)).toEqual([]);
}

describe("every mutation under hostile input", () => {
  it("finds mutations to fuzz in the schema file", () => {
    expect(mutationFields.length).toBeGreaterThan(10);
  });

  it.each(mutationFields.map((field) => [field.name, field] as const))(
    "%s answers without a fault or a leak",
    async (_name, field) => {
      await fc.assert(
        fc.asyncProperty(
          callerState,
          operationFor("mutation", field, known),
          async (state, request) => {
            expect(await sendRequest(state, request)).toEqual([]);
          },
        ),
        options,
      );

      await expectSoundDatabase();
    },
  );
});

describe("every query with arguments under hostile input", () => {
  it("finds the paged queries in the schema file", () => {
    expect(queryFieldsWithArguments.map((field) => field.name)).toEqual(
      expect.arrayContaining(["staff", "securityEvents"]),
    );
  });

  it.each(queryFieldsWithArguments.map((field) => [field.name, field] as const))(
    "%s answers without a fault or a leak",
    async (_name, field) => {
      await fc.assert(
        fc.asyncProperty(
          callerState,
          operationFor("query", field, known),
          async (state, request) => {
            expect(await sendRequest(state, request)).toEqual([]);
          },
        ),
        { ...options, numRuns: runsPerField * 3 },
      );

      await expectSoundDatabase();
    },
  );
});

describe("malformed requests", () => {
  const anyRootOperation = fc.oneof(
    fc.constantFrom(...mutationFields).chain((field) => operationFor("mutation", field, known)),
    fc.constantFrom(...queryFields).chain((field) => operationFor("query", field, known)),
  );

  it("documents with stray aliases, fragments, directives or arguments", async () => {
    await fc.assert(
      fc.asyncProperty(callerState, damagedDocument(anyRootOperation), async (state, request) => {
        expect(await sendRequest(state, request)).toEqual([]);
      }),
      { ...options, numRuns: runsPerField * 2 },
    );

    await expectSoundDatabase();
  });

  it("bodies of the wrong shape or type", async () => {
    const field = fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      fc.constantFrom("{ viewer { id } }", "mutation { signOut }", ""),
    );
    const body = fc.oneof(
      fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)),
      fc
        .record(
          { query: field, variables: field, operationName: field, extensions: field },
          { requiredKeys: [] },
        )
        .map((value) => JSON.stringify(value)),
      fc.string({ unit: "binary", maxLength: 60 }),
      fc.constantFrom("", "{", "[]", "[{}]", "null", '{"query": "{ viewer { id } }"'),
    );
    const contentType = fc.constantFrom(
      "application/json",
      "application/json",
      "application/json; charset=utf-16",
      "text/plain",
      "application/graphql",
      "application/x-www-form-urlencoded",
      "multipart/form-data; boundary=x",
    );

    await fc.assert(
      fc.asyncProperty(callerState, body, contentType, async (state, text, type) => {
        expect(await send(state, text, type)).toEqual([]);
      }),
      { ...options, numRuns: runsPerField * 2 },
    );
  });
});

describe("after the fuzzing", () => {
  it("leaves the stored MFA state sound", async () => {
    await expectSoundDatabase();
  });

  it("still signs people in", async () => {
    const browser = testApp.browser();
    const response = await signInWithPassword(browser, world.mustSetUp.email);

    expect(response.errors).toBeUndefined();
    expect(response.data?.signIn.status).toBe("MFA_SETUP_REQUIRED");
  });
});
