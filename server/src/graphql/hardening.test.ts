import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createUser, testPassword } from "../test-support/factories.js";
import { errorCodeOf } from "../test-support/http-client.js";
import { startTestApp, type TestApp } from "../test-support/test-app.js";

let development: TestApp;
let production: TestApp;

beforeAll(async () => {
  development = await startTestApp();
  production = await startTestApp({ isProduction: true, corsOrigins: ["https://reports.example"] });
});

afterAll(async () => {
  await development.stop();
  await production.stop();
});

const introspection = "{ __schema { queryType { name } } }";

describe("limits checked before execution", () => {
  /** The schema's own object graph is shallow; introspection's type graph is not. */
  it("refuses a document nested deeper than ten levels", async () => {
    const nestedTo = (levels: number) =>
      `{ __schema { types { fields { type ${"{ ofType ".repeat(levels - 5)}{ name }${" }".repeat(levels - 5)} } } } }`;

    const atLimit = await development.browser().graphql(nestedTo(10));
    const overLimit = await development.browser().graphql(nestedTo(11));

    expect(atLimit.status).toBe(200);
    expect(atLimit.errors).toBeUndefined();
    expect(overLimit.status).toBe(400);
    expect(overLimit.errors?.[0]?.message).toMatch(/levels deep/);
  });

  it("refuses more than fifteen aliases, and more than three on mutations", async () => {
    const queryAliases = Array.from({ length: 16 }, (_, index) => `a${index}: viewer { id }`);
    const mutationAliases = Array.from({ length: 4 }, (_, index) => `a${index}: signOut`);

    const queries = await development.browser().graphql(`{ ${queryAliases.join(" ")} }`);
    const fewer = await development.browser().graphql(`{ ${queryAliases.slice(0, 15).join(" ")} }`);
    const mutations = await development
      .browser()
      .graphql(`mutation { ${mutationAliases.join(" ")} }`);

    expect(queries.status).toBe(400);
    expect(errorCodeOf(queries)).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(fewer.status).toBe(200);
    expect(mutations.status).toBe(400);
  });

  it("refuses a document over the cost budget", async () => {
    const expensive = Array.from(
      { length: 5 },
      (_, index) =>
        `s${index}: staff(first: 100) { edges { node { id name email role mfaEnabled mfaEnabledAt lastSignInAt } cursor } totalCount pageInfo { hasNextPage endCursor } }`,
    );
    const extra = Array.from(
      { length: 10 },
      (_, index) =>
        `e${index}: securityEvents(first: 100) { edges { node { id actor { id name } subject { id name } } } }`,
    );

    const response = await development
      .browser()
      .graphql(`{ ${[...expensive, ...extra].join(" ")} }`);

    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.message).toMatch(/cost/);
  });

  it("refuses a document with more tokens than the parser allows", async () => {
    const response = await development
      .browser()
      .graphql(`{ viewer { ${Array.from({ length: 2100 }, () => "id").join(" ")} } }`);

    expect(response.status).toBe(400);
    expect(errorCodeOf(response)).toBe("GRAPHQL_PARSE_FAILED");
  });
});

describe("what the API reveals by environment", () => {
  it("answers introspection outside production, even anonymously", async () => {
    const response = await development.browser().graphql(introspection);

    expect(response.data).toEqual({ __schema: { queryType: { name: "Query" } } });
  });

  it("refuses anonymous introspection in production but serves signed-in people", async () => {
    const user = await createUser(production.dataSource);
    const signedIn = production.browser();
    await signedIn.graphql("mutation ($input: SignInInput!) { signIn(input: $input) { status } }", {
      input: { email: user.email, password: testPassword },
    });

    const anonymous = await production.browser().graphql(introspection);
    const member = await signedIn.graphql(introspection);

    expect(anonymous.status).toBe(400);
    expect(anonymous.data ?? null).toBeNull();
    expect(member.data).toEqual({ __schema: { queryType: { name: "Query" } } });
  });

  it("gives field suggestions in development only", async () => {
    const dev = await development.browser().graphql("{ viewr { id } }");
    const prod = await production.browser().graphql("{ viewr { id } }");

    expect(dev.errors?.[0]?.message).toMatch(/Did you mean/);
    expect(prod.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  it("sends CORS headers only to configured origins", async () => {
    const preflight = (origin: string) =>
      fetch(`${production.url}/graphql`, {
        method: "OPTIONS",
        headers: { origin, "access-control-request-method": "POST" },
      });

    const allowed = await preflight("https://reports.example");
    const other = await preflight("https://evil.example");

    expect(allowed.headers.get("access-control-allow-origin")).toBe("https://reports.example");
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
  });
});
