import { spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import net from "node:net";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

const pollIntervalInMilliseconds = 200;
const stopGraceInMilliseconds = 5000;

/** @returns {Promise<number>} a port nothing listens on right now */
export function findFreePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts the API on the in-memory embedded database, so every run begins from the demo seed and
 * leaves nothing behind. Runs the TypeScript source the way `pnpm --filter @app/server dev` does.
 * @param {{ serverDir: string, apiPort: number, clientPort: number, logPath: string }} options
 */
export function startApiServer({ serverDir, apiPort, clientPort, logPath }) {
  const log = createWriteStream(logPath);
  const child = spawn(
    process.execPath,
    ["--conditions=@app/source", "--import", "@swc-node/register/esm-register", "src/main.ts"],
    {
      cwd: serverDir,
      env: {
        ...process.env,
        PGLITE_DIR: "memory://",
        PORT: String(apiPort),
        CLIENT_PORT: String(clientPort),
        LOG_LEVEL: "warn",
      },
      // Its own process group, so stopping it also stops anything it spawned.
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  // Two sources share one file, so neither may end it; the child's "close" does.
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  child.once("close", () => log.end());

  /** @type {Promise<number | null>} */
  const exited = new Promise((resolve) => child.once("exit", (code) => resolve(code)));

  async function stop() {
    if (child.exitCode !== null || child.signalCode !== null) return;

    signalGroup(child.pid, "SIGTERM");
    const stoppedInTime = await Promise.race([
      exited.then(() => true),
      sleep(stopGraceInMilliseconds, false),
    ]);
    if (!stoppedInTime) signalGroup(child.pid, "SIGKILL");
  }

  return { exited, stop, logPath: path.resolve(logPath) };
}

/**
 * @param {number | undefined} pid
 * @param {NodeJS.Signals} signal
 */
function signalGroup(pid, signal) {
  if (pid === undefined) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone: nothing left to stop.
  }
}

/**
 * Polls until the URL answers 200, the process it depends on exits, or time runs out.
 * @param {string} url
 * @param {{ timeoutInMilliseconds: number, exited?: Promise<number | null> }} options
 */
export async function waitForOk(url, { timeoutInMilliseconds, exited }) {
  const deadline = Date.now() + timeoutInMilliseconds;
  let hasExited = false;
  void exited?.then(() => {
    hasExited = true;
  });

  while (Date.now() < deadline) {
    if (hasExited) throw new Error(`The process behind ${url} exited before it was ready.`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await sleep(pollIntervalInMilliseconds);
  }
  throw new Error(`${url} did not answer 200 within ${timeoutInMilliseconds} ms.`);
}
