import "reflect-metadata";

import type { GraphQLNamedType, GraphQLObjectType } from "graphql";
import { describe, expect, it } from "vitest";

import { createSchema } from "./schema.js";

// type-graphql builds the schema with graphql's CommonJS copy, so graphql's own instanceof-based
// predicates (from the ES module copy the test would import) cannot be used on it.
function isObjectType(type: GraphQLNamedType): type is GraphQLObjectType {
  return type.constructor.name === "GraphQLObjectType";
}

describe("what the schema can reveal", () => {
  /** A secret that can be read back is a secret that can be stolen (ASVS 5.0 8.2.3, 15.3.1). */
  it("exposes no secret, hash or otpauth URI except on the one-time enrolment answer", async () => {
    const schema = await createSchema();
    const exposed: string[] = [];

    for (const type of Object.values(schema.getTypeMap())) {
      const isRoot = type.name === "Query" || type.name === "Mutation";
      if (!isObjectType(type) || isRoot || type.name.startsWith("__")) continue;
      for (const field of Object.keys(type.getFields())) {
        if (/secret|hash|otpauth|cipher|password/i.test(field))
          exposed.push(`${type.name}.${field}`);
      }
    }

    expect(exposed).toEqual(["MfaEnrollment.otpauthUri"]);
  });

  it("describes every type, field and argument", async () => {
    const schema = await createSchema();
    const undocumented: string[] = [];

    for (const type of Object.values(schema.getTypeMap())) {
      if (
        type.name.startsWith("__") ||
        ["Query", "Mutation", "String", "Boolean", "Int", "ID"].includes(type.name)
      )
        continue;
      if (!type.description) undocumented.push(type.name);
      if (!isObjectType(type)) continue;
      for (const field of Object.values(type.getFields())) {
        if (!field.description) undocumented.push(`${type.name}.${field.name}`);
        for (const arg of field.args) {
          if (!arg.description) undocumented.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
    }

    expect(undocumented).toEqual([]);
  });
});
