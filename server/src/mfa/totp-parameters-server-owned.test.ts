import "reflect-metadata";

import type { GraphQLInputObjectType, GraphQLNamedType, GraphQLObjectType } from "graphql";
import { describe, expect, it } from "vitest";

import { createSchema } from "../graphql/schema.js";
import { buildOtpauthUri } from "./otpauth-uri.js";
import { generateTotpSecret } from "./totp.js";

// type-graphql builds the schema with graphql's CommonJS copy, so graphql's instanceof-based
// predicates from the ES module copy cannot be used on it; the constructor name says the same.
function kindOf(type: GraphQLNamedType): string {
  return type.constructor.name;
}

/** Every argument of every root field and every input field, as `Owner.name`. */
async function everyInputName(): Promise<string[]> {
  const schema = await createSchema();
  const names: string[] = [];

  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith("__")) continue;
    if (kindOf(type) === "GraphQLInputObjectType") {
      const fields = (type as GraphQLInputObjectType).getFields();
      for (const field of Object.keys(fields)) names.push(`${type.name}.${field}`);
    }
    if (kindOf(type) === "GraphQLObjectType") {
      for (const field of Object.values((type as GraphQLObjectType).getFields())) {
        for (const arg of field.args) names.push(`${type.name}.${field.name}(${arg.name})`);
      }
    }
  }
  return names;
}

describe("TOTP parameters belong to the server", () => {
  /**
   * Pins down a policy or caller choosing SHA-256/512 or 8 digits, which popular authenticator
   * apps accept in a QR code and then answer with wrong codes (google-authenticator#696).
   */
  it("offers no input that could choose the algorithm, the digits or the period", async () => {
    const names = await everyInputName();

    const chosen = names.filter((name) => /[.(](algorithm|digits|period|hash|sha)/i.test(name));

    expect(names.length).toBeGreaterThan(10);
    expect(chosen).toEqual([]);
  });

  /** Pins down a client-supplied time deciding which step a code is checked against. */
  it("offers no input that could carry a time, a step or a counter", async () => {
    const names = await everyInputName();

    const timeLike = names.filter((name) =>
      /[.(](time|epoch|step|counter|clock|drift|now|at\b)/i.test(name),
    );

    expect(timeLike).toEqual([]);
  });

  it("always writes SHA1, 6 digits and 30 seconds into the otpauth URI", () => {
    const uri = buildOtpauthUri({
      issuer: "3 Clicks Cloud",
      accountName: "alice@example.com",
      secret: generateTotpSecret(),
    });
    const parameters = new URL(uri).searchParams;

    expect(parameters.get("algorithm")).toBe("SHA1");
    expect(parameters.get("digits")).toBe("6");
    expect(parameters.get("period")).toBe("30");
  });
});
