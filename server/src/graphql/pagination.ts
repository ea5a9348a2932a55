import { Field, ObjectType } from "type-graphql";

import { isUuid, pageSizeMax } from "@app/shared";

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

/** What each part of a cursor's key must be before it is bound into a keyset condition. */
export type CursorPart = "text" | "uuid" | "timestamp";

const isValidPart: Record<CursorPart, (part: string) => boolean> = {
  // PostgreSQL text cannot hold NUL; the cursor is decoded after the request-wide NUL check.
  text: (part) => !part.includes("\u0000"),
  uuid: isUuid,
  // Only what encodeCursor writes: JavaScript accepts dates PostgreSQL refuses (+010000, year 0)
  // and rolls impossible ones over (February 30th), so the text must survive a round trip.
  timestamp: (part) => {
    const date = new Date(part);
    const isPlainYear = /^\d{4}-/.test(part) && !part.startsWith("0000");
    return isPlainYear && !Number.isNaN(date.getTime()) && date.toISOString() === part;
  },
};

/**
 * A forged cursor must be refused as bad input here, not fail as a cast inside the query. A
 * number as the shape checks only the length, for callers that validate the parts themselves.
 */
export function decodeCursor(
  cursor: string | null | undefined,
  shape: number | readonly CursorPart[],
): string[] | null {
  if (cursor === null || cursor === undefined) return null;
  const parts: readonly CursorPart[] =
    typeof shape === "number" ? Array<CursorPart>(shape).fill("text") : shape;

  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    const isValid =
      Array.isArray(key) &&
      key.length === parts.length &&
      key.every(
        (part, index) => typeof part === "string" && isValidPart[parts[index] ?? "text"](part),
      );
    if (isValid) return key as string[];
  } catch {
    // Falls through to the same answer as any other malformed cursor.
  }
  throw new BadUserInputError(
    "after",
    "That cursor is not valid; start again from the first page.",
  );
}
