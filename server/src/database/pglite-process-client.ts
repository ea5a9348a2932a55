import { fork, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

import type { Results } from "@electric-sql/pglite";

import type { PgliteEngine } from "./pglite-engine.js";
import type { EngineReply, EngineRequest } from "./pglite-process-messages.js";

interface Pending {
  resolve(results: Results[]): void;
  reject(error: Error): void;
}

/** Under the TypeScript dev runner and tests the sibling is a .ts file, in a build a .js one. */
function processEntry(): { path: string; execArgv: string[] } {
  const isSource = import.meta.url.endsWith(".ts");
  const url = new URL(`./pglite-process.${isSource ? "ts" : "js"}`, import.meta.url);
  const execArgv = isSource
    ? ["--conditions=@app/source", "--import", "@swc-node/register/esm-register"]
    : [];
  return { path: fileURLToPath(url), execArgv };
}

function toError(fields: Record<string, unknown>): Error {
  return Object.assign(new Error(String(fields.message ?? "Embedded database error")), fields);
}

/** PGlite in a child process, spoken to over IPC with structured clone (Dates, bytes intact). */
export async function openPgliteProcess(dataDir: string): Promise<PgliteEngine> {
  const entry = processEntry();
  const child: ChildProcess = fork(entry.path, [dataDir], {
    execArgv: entry.execArgv,
    serialization: "advanced",
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let exitError: Error | null = null;

  await new Promise<void>((resolve, reject) => {
    const onMessage = (message: EngineReply) => {
      if (message.kind === "ready") resolve();
      if (message.kind === "failed") reject(toError(message.error));
    };
    child.on("message", onMessage);
    child.once("exit", (code) => reject(new Error(`The embedded database exited (${code}).`)));
  });

  child.on("message", (message: EngineReply) => {
    if (message.kind !== "result" && message.kind !== "error") return;
    const waiter = pending.get(message.id);
    pending.delete(message.id);
    if (message.kind === "result") waiter?.resolve(message.results);
    else waiter?.reject(toError(message.error));
  });
  child.on("exit", (code) => {
    exitError = new Error(`The embedded database process exited (${code}).`);
    for (const waiter of pending.values()) waiter.reject(exitError);
    pending.clear();
  });

  function send(request: EngineRequest): Promise<Results[]> {
    if (exitError) return Promise.reject(exitError);
    return new Promise((resolve, reject) => {
      if ("id" in request) pending.set(request.id, { resolve, reject });
      child.send(request);
    });
  }

  return {
    query: async (sql, values) => {
      const [result] = await send({ kind: "query", id: nextId++, sql, values });
      if (!result) throw new Error("The embedded database answered no result.");
      return result;
    },
    exec: (sql) => send({ kind: "exec", id: nextId++, sql }),
    close: async () => {
      if (exitError) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.send({ kind: "close" } satisfies EngineRequest);
      await exited;
    },
  };
}
