import { spawn } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { waitFor } from "./wait-for.js";

const serverRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export interface ServerProcessOptions {
  databaseUrl: string;
  /** The same key ring for every replica, or one could not open what another sealed. */
  encryptionKeys: string;
  /** Off unless a test is about seeding, so most tests start from an empty company list. */
  seedDemoData?: boolean;
}

export interface ServerProcess {
  url: string;
  /** Everything the process printed, for the failure message when it misbehaves. */
  output(): string;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
  signal(signal: NodeJS.Signals): void;
  /** SIGTERM, then the exit code. */
  stop(): Promise<number | null>;
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * The real server as a separate OS process, started the way `pnpm dev` starts it, so tests see
 * what two replicas behind a load balancer, or a deploy's SIGTERM, really do.
 */
export async function startServerProcess(options: ServerProcessOptions): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    ["--conditions=@app/source", "--import", "@swc-node/register/esm-register", "src/main.ts"],
    {
      cwd: serverRoot,
      env: {
        ...process.env,
        NODE_ENV: "test",
        DATABASE_URL: options.databaseUrl,
        PORT: String(port),
        MFA_ENCRYPTION_KEYS: options.encryptionKeys,
        SEED_DEMO_DATA: String(options.seedDemoData ?? false),
        LOG_LEVEL: "warn",
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  let hasExited = false;
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code) => {
      hasExited = true;
      resolve(code);
    }),
  );

  const url = `http://127.0.0.1:${port}`;
  await waitFor(
    `the server on port ${port} to become ready`,
    async () => {
      if (hasExited) throw new Error(`The server exited while starting:\n${output}`);
      const response = await fetch(`${url}/readyz`).catch(() => null);
      return response?.status === 200;
    },
    90_000,
  );

  return {
    url,
    output: () => output,
    exited,
    signal: (signal) => child.kill(signal),
    async stop() {
      if (!hasExited) child.kill("SIGTERM");
      return exited;
    },
  };
}
