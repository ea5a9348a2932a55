import { cleanup, configure } from "@testing-library/react";
import { afterEach } from "vitest";

// Routes load their pages lazily; the first import of a page module under a busy test run can
// take longer than Testing Library's one-second default for findBy queries.
configure({ asyncUtilTimeout: 5_000 });

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup();
});
