import { Field, ObjectType } from "type-graphql";

import { pageSizeMax } from "@app/shared";

import { BadUserInputError } from "./errors.js";

@ObjectType({ description: "Where a page of a list ends." })
export class PageInfo {
  @Field(() => Boolean, { description: "More items follow this page." })
  hasNextPage: boolean;

  @Field(() => String, { nullable: true, description: "Pass as `after` to get the next page." })
  endCursor: string | null;
}

export function assertPageSize(first: number): void {
  if (!Number.isInteger(first) || first < 1 || first > pageSizeMax) {
    throw new BadUserInputError("first", `first must be between 1 and ${pageSizeMax}.`);
  }
}

/**
 * Cursors are the sort key of the last row, opaque to clients. Keyset paging (no OFFSET) keeps
 * every page as fast as the first and never repeats or skips a row when rows are added.
 */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key), "utf8").toString("base64url");
}

export function decodeCursor(cursor: string | null | undefined, length: number): string[] | null {
  if (cursor === null || cursor === undefined) return null;

  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    const isValid =
      Array.isArray(key) && key.length === length && key.every((part) => typeof part === "string");
    if (isValid) return key as string[];
  } catch {
    // Falls through to the same answer as any other malformed cursor.
  }
  throw new BadUserInputError(
    "after",
    "That cursor is not valid; start again from the first page.",
  );
}
