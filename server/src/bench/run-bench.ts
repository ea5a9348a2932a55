import "reflect-metadata";

import { spawn, spawnSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

import {
  cookieName,
  knownBrowserCookie,
  mfaChallengeCookie,
  sessionCookie,
} from "../auth/cookies.js";
import { openDatabase } from "../database/data-source.js";
import { parseEncryptionKeyRing } from "../mfa/encryption-key-ring.js";
import { SecretBox } from "../mfa/secret-box.js";
import type { BenchContext } from "./bench-context.js";
import {
  createEmbeddedDatabase,
  createPostgresDatabase,
  type BenchDatabase,
} from "./bench-databases.js";
import { readBenchOptions, type BenchOptions } from "./bench-options.js";
import { freePort, readResidentBytes, startProcess } from "./child-process.js";
import { formatGoalLine, type GoalLine } from "./goal-line.js";
import { measureClientBundle } from "./measure-client-bundle.js";
import { measureReads } from "./measure-reads.js";
import { measureSignInLatency } from "./measure-sign-in-latency.js";
import { measureSignIn } from "./measure-sign-in.js";
import { measureStaff } from "./measure-staff.js";
import { measureVerify } from "./measure-verify.js";
import { createBenchKeyRing, seedBenchData } from "./seed-bench-data.js";
import { writeReport, type DatabaseReport } from "./write-report.js";

const serverDir = fileURLToPath(new URL("../..", import.meta.url));
const repoRoot = join(serverDir, "..");
const logDir = join(serverDir, ".bench");
const typeScriptArgs = ["--conditions=@app/source", "--import", "@swc-node/register/esm-register"];
/** How production starts the server (see package.json), given to the argon2 baseline as well. */
const threadPoolArgs = ["--require", "./dist/runtime/thread-pool-size.cjs"];

const benchStartedAt = performance.now();
const progress = (message: string) => {
  const elapsedInSeconds = Math.round((performance.now() - benchStartedAt) / 1000);
  process.stderr.write(`· ${String(elapsedInSeconds).padStart(4)} s  ${message}\n`);
};

async function main(): Promise<void> {
  const startedAt = new Date();
  const options = readBenchOptions(process.env, cpus().length);
  spawnSync("mkdir", ["-p", logDir]);

  if (!options.skipBuild) {
    progress("building shared, server and client for production");
    const build = spawnSync("pnpm", ["-r", "build"], { cwd: repoRoot, stdio: "inherit" });
    if (build.status !== 0) throw new Error("The production build failed.");
  }

  const bundle = await measureClientBundle(join(repoRoot, "client", "dist"));
  const databases: BenchDatabase[] = [createEmbeddedDatabase()];
  const postgres = await createPostgresDatabase(process.env);
  if (postgres) databases.push(postgres);
  else progress("no PostgreSQL answered; set BENCH_DATABASE_URL to include one");

  const reports: DatabaseReport[] = [];
  try {
    for (const database of databases) reports.push(await benchDatabase(database, options));
  } finally {
    // Every database made for the run goes, including those a failure kept it from reaching.
    await Promise.all(databases.map((database) => database.drop()));
  }

  const lines = [...bundle, ...reports.flatMap((report) => report.lines)];
  process.stdout.write(`\n${bundle.map(formatGoalLine).join("\n")}\n`);
  for (const report of reports) {
    process.stdout.write(`\n${report.label}\n${report.lines.map(formatGoalLine).join("\n")}\n`);
  }
  const shortCount = lines.filter((line) => !line.isMet).length;
  process.stdout.write(`\ngoals: ${lines.length - shortCount} met, ${shortCount} short\n`);

  await writeReport(join(repoRoot, "docs", "benchmarks.md"), {
    machine: await describeMachine(),
    isQuick: options.isQuick,
    startedAt,
    bundle,
    databases: reports,
  });
  process.exitCode = shortCount === 0 ? 0 : 1;
}

async function benchDatabase(database: BenchDatabase, options: BenchOptions) {
  progress(`${database.label}: seeding 1,000 + 100,000 staff and the people each goal needs`);
  const encryptionKeys = createBenchKeyRing();
  const dataSource = await openDatabase(database.config);
  const secretBox = new SecretBox(parseEncryptionKeyRing(encryptionKeys));
  const fixture = await seedBenchData(dataSource, secretBox, options);
  await dataSource.destroy();

  progress(`${database.label}: starting the built server and the two baselines`);
  const slug = database.config.driver;
  const server = await startProcess({
    args: [...threadPoolArgs, "dist/main.js"],
    cwd: serverDir,
    env: {
      ...database.serverEnv,
      MFA_ENCRYPTION_KEYS: encryptionKeys,
      SEED_DEMO_DATA: "false",
      COOKIE_SECURE: "false",
    },
    port: await freePort(),
    readyPath: "/readyz",
    logFile: join(logDir, `server-${slug}.log`),
  });
  const baseline = async (script: string, name: string) =>
    startProcess({
      args: [...typeScriptArgs, `src/bench/baselines/${script}`],
      cwd: serverDir,
      env: { NODE_ENV: "production" },
      port: await freePort(),
      readyPath: "/",
      logFile: join(logDir, `${name}-${slug}.log`),
    });
  const helloApollo = await baseline("hello-apollo-server.ts", "hello-apollo");
  const bareGraphql = await baseline("bare-graphql-server.ts", "bare-graphql");
  const context: BenchContext = {
    options,
    fixture,
    server,
    helloApollo,
    bareGraphql,
    runScript: (args) => runNode([...threadPoolArgs, ...typeScriptArgs, ...args]),
    cookieNames: {
      session: cookieName(sessionCookie, false),
      challenge: cookieName(mfaChallengeCookie, false),
      browser: cookieName(knownBrowserCookie, false),
    },
  };

  try {
    const lines: GoalLine[] = [];
    progress(`${database.label}: P2 verifyMfa (first, while the seeded challenges are fresh)`);
    lines.push(await measureVerify(context));
    progress(`${database.label}: P1 and P7 sign-in throughput and memory`);
    const signIn = await measureSignIn(context);
    lines.push(...signIn.lines);
    progress(`${database.label}: P3 reads`);
    lines.push(...(await measureReads(context)));
    progress(`${database.label}: P4 staff pages`);
    lines.push(...(await measureStaff(context)));
    progress(`${database.label}: P5 and P8 sign-in latency`);
    lines.push(...(await measureSignInLatency(context)));

    return {
      label: database.label,
      lines: lines.sort((left, right) => left.id.localeCompare(right.id)),
      sizing: {
        signInsPerSecondPerCore: signIn.signInsPerSecond / cpus().length,
        memory: await describeMemory(server.pid, signIn.peakServerBytes),
        connections:
          database.config.driver === "postgres"
            ? "a pool of at most 10 per instance"
            : "none: one embedded database process per instance",
      },
    };
  } catch (error) {
    progress(`${database.label}: failed: ${error instanceof Error ? error.message : error}`);
    throw error;
  } finally {
    await Promise.all([server.stop(), helloApollo.stop(), bareGraphql.stop()]);
  }
}

/** The API process's peak, and the embedded database's own process beside it if there is one. */
async function describeMemory(serverPid: number, peakServerBytes: number): Promise<string> {
  const megabytes = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
  const children = await readFile(`/proc/${serverPid}/task/${serverPid}/children`, "utf8").catch(
    () => "",
  );
  const childPids = children.trim().split(/\s+/).filter(Boolean).map(Number);
  const childBytes = await Promise.all(childPids.map((pid) => readResidentBytes(pid)));
  const databaseBytes = childBytes.reduce((sum, bytes) => sum + bytes, 0);

  return databaseBytes > 0
    ? `API ${megabytes(peakServerBytes)} at peak + embedded database ${megabytes(databaseBytes)}`
    : `API ${megabytes(peakServerBytes)} at peak`;
}

function runNode(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: serverDir,
      stdio: ["ignore", "pipe", "inherit"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve(output) : reject(new Error(`node ${args.join(" ")} exited ${code}`)),
    );
  });
}

async function describeMachine(): Promise<string> {
  const model = cpus()[0]?.model.trim() ?? "unknown CPU";
  const gibibytes = (totalmem() / 2 ** 30).toFixed(0);
  return `${cpus().length} × ${model}, ${gibibytes} GiB, Node ${process.version}`;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : error}\n`);
  process.exit(1);
});
