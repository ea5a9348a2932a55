import { useState } from "react";

interface CursorStack {
  resetKey: string;
  /** The `after` of every page visited so far; null opens the first page. */
  afterCursors: ReadonlyArray<string | null>;
}

const firstPage: ReadonlyArray<string | null> = [null];

/**
 * Keyset paging can only step forward, so Previous needs the cursors of the pages already seen.
 * A new resetKey (a changed filter) starts again at the first page.
 */
export function useCursorPaging(resetKey: string) {
  const [stack, setStack] = useState<CursorStack>({ resetKey, afterCursors: firstPage });
  const afterCursors = stack.resetKey === resetKey ? stack.afterCursors : firstPage;
  const pageIndex = afterCursors.length - 1;

  function goToNextPage(endCursor: string) {
    setStack({ resetKey, afterCursors: [...afterCursors, endCursor] });
  }

  function goToPreviousPage() {
    if (pageIndex === 0) return;

    setStack({ resetKey, afterCursors: afterCursors.slice(0, -1) });
  }

  return {
    after: afterCursors[pageIndex] ?? null,
    pageIndex,
    hasPreviousPage: pageIndex > 0,
    goToNextPage,
    goToPreviousPage,
  };
}
