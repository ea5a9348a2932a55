import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { createServer } from "node:net";

/** A server the benchmark started: its URL, its pid for memory readings, and a way to stop it. */
export interface RunningProcess {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

export interface StartProcessOptions {
  args: string[];
  cwd: string;
  env: Record<string, string>;
  port: number;
  /** Polled with GET until it answers below 500 (503 means not ready). */
  readyPath: string;
  logFile: string;
}

export async function startProcess(options: StartProcessOptions): Promise<RunningProcess> {
  const child: ChildProcess = spawn(process.execPath, options.args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env, PORT: String(options.port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const log = createWriteStream(options.logFile);
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const url = `http://127.0.0.1:${options.port}`;

  await waitUntilReady(child, `${url}${options.readyPath}`, options.logFile);
  return {
    url,
    pid: child.pid ?? 0,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

async function waitUntilReady(child: ChildProcess, url: string, logFile: string): Promise<void> {
  const deadline = Date.now() + 120_000;

  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`A benchmark process exited early (${child.exitCode}); see ${logFile}.`);
    }
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.status < 500) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill("SIGKILL");
  throw new Error(`A benchmark process did not become ready; see ${logFile}.`);
}

/** Resident memory from the kernel, the figure an operator's container limit is held to. */
export async function readResidentBytes(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, "utf8");
  const kilobytes = Number(/VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1] ?? 0);
  return kilobytes * 1024;
}

/** Samples a process's resident memory while `work` runs and answers the highest reading. */
export async function peakResidentBytesDuring(
  pid: number,
  work: () => Promise<unknown>,
): Promise<number> {
  let peak = await readResidentBytes(pid);
  const timer = setInterval(() => {
    readResidentBytes(pid).then(
      (bytes) => (peak = Math.max(peak, bytes)),
      () => undefined,
    );
  }, 50);

  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  return Math.max(peak, await readResidentBytes(pid));
}
