import type { Results } from "@electric-sql/pglite";

/** What the API process asks of the embedded database's process. */
export type EngineRequest =
  | { kind: "query"; id: number; sql: string; values: unknown[] }
  | { kind: "exec"; id: number; sql: string }
  | { kind: "close" };

/** And what it hears back. Errors arrive as plain fields, rebuilt into an Error there. */
export type EngineReply =
  | { kind: "ready" }
  | { kind: "failed"; error: Record<string, unknown> }
  | { kind: "result"; id: number; results: Results[] }
  | { kind: "error"; id: number; error: Record<string, unknown> };
