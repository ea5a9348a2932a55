/**
 * Who can reach which root field, walked over the live schema so that new fields are included
 * the day they are added.
 *
 * Every root Query and Mutation field is called with minimal valid arguments by every kind of
 * caller. A field counts as allowed for a caller unless it answers UNAUTHENTICATED, FORBIDDEN or
 * MFA_SETUP_REQUIRED. The result is compared with `root-field-access.snapshot.json`, so any
 * change in who can reach what fails here until a person has looked at it.
 *
 * To accept a deliberate change, run this file with UPDATE_ACCESS_SNAPSHOT=1, review the diff of
 * the snapshot file and commit it with the change:
 *
 *   UPDATE_ACCESS_SNAPSHOT=1 pnpm exec vitest run --config vitest.reliability.config.ts \
 *     src/reliability/schema-access.reliability.test.ts
 *
 * CI never sets the variable. The rules below the snapshot test hold whatever the snapshot says.
 */
import "reflect-metadata";

import { readFileSync, writeFileSync } from "node:fs";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { ErrorCode } from "@app/shared";

import { createSchema } from "../graphql/schema.js";
import {
  callerIn,
  callerStates,
  createCallerWorld,
  type CallerState,
} from "../test-support/caller-states.js";
import { rootFieldOperations, type RootFieldOperation } from "../test-support/schema-walk.js";
import { startTestApp, type TestApp } from "../test-support/test-app.js";

const snapshotUrl = new URL("./root-field-access.snapshot.json", import.meta.url);
const refusalCodes = new Set<unknown>([
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.FORBIDDEN,
  ErrorCode.MFA_SETUP_REQUIRED,
]);

/** The contract's administrator-only fields. */
const contractAdminFields = [
  "Query.companySettings",
  "Query.staff",
  "Mutation.updateMfaPolicy",
  "Mutation.resetStaffMfa",
];

/** The contract's Rules: what a set-up session may call, plus signIn, which always works. */
const openDuringSetup = [
  "Query.viewer",
  "Query.securitySettings",
  "Mutation.startMfaEnrollment",
  "Mutation.enableMfa",
  "Mutation.reauthenticate",
  "Mutation.signOut",
  "Mutation.signIn",
];

type AccessMap = Record<CallerState, string[]>;

let testApp: TestApp;
let operations: RootFieldOperation[];
let adminFields: string[];
const access = {} as AccessMap;
const viewerAnswers = {} as Record<CallerState, unknown>;

beforeAll(async () => {
  testApp = await startTestApp();
  const schema = await createSchema();
  operations = rootFieldOperations(schema);

  // New administrator-only fields say so in their description, as the existing ones do.
  const roots = [schema.getQueryType(), schema.getMutationType()];
  adminFields = [
    ...contractAdminFields,
    ...roots.flatMap((root) =>
      Object.values(root?.getFields() ?? {})
        .filter((field) => /(^|\. )Administrators\b/.test(field.description ?? ""))
        .map((field) => `${root?.name}.${field.name}`),
    ),
  ];

  // Each kind of caller gets people of its own, so one caller's changes (a policy, a reset)
  // cannot decide what the next one is allowed.
  for (const state of callerStates) {
    const world = await createCallerWorld(testApp);
    const allowed: string[] = [];
    for (const operation of operations) {
      const browser = await callerIn(testApp, world, state);
      const response = await browser.graphql(operation.document);
      const codes = (response.errors ?? []).map((error) => error.extensions?.code);

      if (!codes.some((code) => refusalCodes.has(code))) allowed.push(operation.name);
      if (operation.name === "Query.viewer") viewerAnswers[state] = response.data?.viewer;
    }
    access[state] = allowed.sort();
  }
});

afterAll(async () => {
  await testApp.stop();
});

/** The layout Prettier gives the file, so an update passes the format check unchanged. */
function formatSnapshot(map: AccessMap): string {
  const entries = Object.entries(map).map(([state, fields]) => {
    const names = fields.map((field) => JSON.stringify(field));
    const oneLine = `  ${JSON.stringify(state)}: [${names.join(", ")}],`;
    if (oneLine.length <= 100) return oneLine.slice(0, -1);
    return `  ${JSON.stringify(state)}: [\n${names.map((name) => `    ${name}`).join(",\n")}\n  ]`;
  });
  return `{\n${entries.join(",\n")}\n}\n`;
}

function allowedFor(state: CallerState): string[] {
  return access[state];
}

describe("access to root fields", () => {
  it("matches the reviewed snapshot", () => {
    if (process.env.UPDATE_ACCESS_SNAPSHOT === "1") {
      writeFileSync(snapshotUrl, formatSnapshot(access));
    }
    const snapshot = JSON.parse(readFileSync(snapshotUrl, "utf8")) as AccessMap;

    expect(operations.length).toBeGreaterThan(15);
    expect(access).toEqual(snapshot);
  });

  it("lets anonymous callers only sign in, sign out and see that no one is signed in", () => {
    expect(allowedFor("anonymous")).toContain("Mutation.signIn");
    expect(
      allowedFor("anonymous").filter(
        (field) => !["Mutation.signIn", "Mutation.signOut", "Query.viewer"].includes(field),
      ),
    ).toEqual([]);
    expect(viewerAnswers.anonymous).toBeNull();
  });

  /** Half-authenticated bypasses (GHSA-3q28-qjrv-qr39): a challenge is not a session. */
  it("lets a pending challenge only verify, sign out, start over and see no viewer", () => {
    const open = ["Mutation.verifyMfa", "Mutation.signOut", "Mutation.signIn", "Query.viewer"];

    expect(allowedFor("challengeOnly")).toContain("Mutation.verifyMfa");
    expect(allowedFor("challengeOnly").filter((field) => !open.includes(field))).toEqual([]);
    expect(viewerAnswers.challengeOnly).toBeNull();
  });

  it("lets a session that must set MFA up reach only the contract's set-up fields", () => {
    expect(allowedFor("mustSetUp")).toEqual(
      expect.arrayContaining(["Mutation.startMfaEnrollment", "Mutation.enableMfa"]),
    );
    expect(allowedFor("mustSetUp").filter((field) => !openDuringSetup.includes(field))).toEqual([]);
  });

  it("never lets an access token change anything", () => {
    for (const state of ["memberAccessToken", "adminAccessToken"] as const) {
      expect(allowedFor(state).filter((field) => field.startsWith("Mutation."))).toEqual([]);
    }
  });

  it("lets an access token read exactly what its owner's session can read", () => {
    const readable = (state: CallerState) =>
      allowedFor(state).filter((field) => field.startsWith("Query."));

    expect(allowedFor("memberAccessToken")).toEqual(readable("member"));
    expect(allowedFor("adminAccessToken")).toEqual(readable("admin"));
  });

  it("never lets a member reach an administrator's field", () => {
    for (const state of ["member", "memberAccessToken"] as const) {
      expect(allowedFor(state).filter((field) => adminFields.includes(field))).toEqual([]);
    }
    expect(allowedFor("admin")).toEqual(expect.arrayContaining(contractAdminFields));
  });

  it("lets full sessions reach every field that is not for administrators", () => {
    // verifyMfa answers to a pending challenge, which a full session no longer holds.
    const everything = operations
      .map((operation) => operation.name)
      .filter((field) => field !== "Mutation.verifyMfa");

    expect(allowedFor("admin")).toEqual([...everything].sort());
    expect(allowedFor("member")).toEqual(
      everything.filter((field) => !adminFields.includes(field)).sort(),
    );
  });
});
