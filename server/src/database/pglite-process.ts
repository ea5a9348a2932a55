import { openPgliteInProcess, type PgliteEngine } from "./pglite-engine.js";
import type { EngineReply, EngineRequest } from "./pglite-process-messages.js";

/**
 * The embedded database's own process. PostgreSQL-in-WebAssembly holds hundreds of megabytes
 * and runs every statement on the thread that calls it; here it holds neither the API's memory
 * nor its event loop, as a real database server would not.
 */
const dataDir = process.argv[2];
if (!dataDir || !process.send) {
  process.stderr.write("Start this through openPgliteProcess, with a data directory.\n");
  process.exit(2);
}

const reply = (message: EngineReply) => process.send?.(message);
const engine: Promise<PgliteEngine> = openPgliteInProcess(dataDir);

engine.then(
  () => reply({ kind: "ready" }),
  (error: unknown) => {
    reply({ kind: "failed", error: describeError(error) });
    process.exit(1);
  },
);

process.on("message", (request: EngineRequest) => {
  void handle(request);
});

// The API process owns this one; when it goes, nothing else may keep the data directory open.
process.on("disconnect", () => {
  void shutDown();
});

async function handle(request: EngineRequest): Promise<void> {
  if (request.kind === "close") {
    await shutDown();
    return;
  }

  try {
    const database = await engine;
    const results =
      request.kind === "query"
        ? [await database.query(request.sql, request.values)]
        : await database.exec(request.sql);
    reply({ kind: "result", id: request.id, results });
  } catch (error) {
    reply({ kind: "error", id: request.id, error: describeError(error) });
  }
}

let isClosing = false;

async function shutDown(): Promise<void> {
  if (isClosing) return;
  isClosing = true;
  await (await engine).close();
  process.exit(0);
}

/** PostgreSQL's fields (code, detail, constraint…) travel too: callers branch on the code. */
function describeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: String(error) };
  return { ...error, message: error.message, name: error.name };
}
