import { readFile, writeFile } from "node:fs/promises";

import { describeBound, type GoalLine } from "./goal-line.js";

export interface DatabaseReport {
  label: string;
  lines: GoalLine[];
  sizing: { signInsPerSecondPerCore: number; memory: string; connections: string };
}

export interface BenchReport {
  machine: string;
  isQuick: boolean;
  startedAt: Date;
  bundle: GoalLine[];
  databases: DatabaseReport[];
}

const startMarker = "<!-- bench:results:start -->";
const endMarker = "<!-- bench:results:end -->";

/**
 * Rewrites only the generated part of docs/benchmarks.md; the explanations around it are
 * written by hand and stay as they are.
 */
export async function writeReport(path: string, report: BenchReport): Promise<void> {
  const current = await readFile(path, "utf8").catch(() => `${startMarker}\n${endMarker}\n`);
  const start = current.indexOf(startMarker);
  const end = current.indexOf(endMarker);
  if (start < 0 || end < start) throw new Error(`${path} lacks the results markers.`);

  const generated = [startMarker, renderResults(report), endMarker].join("\n");
  await writeFile(
    path,
    current.slice(0, start) + generated + current.slice(end + endMarker.length),
  );
}

function renderResults(report: BenchReport): string {
  const parts = [
    `Last run: ${report.startedAt.toISOString().slice(0, 16).replace("T", " ")} UTC, ` +
      `${report.isQuick ? "quick pass (`BENCH_QUICK=1`)" : "full pass"}, on ${report.machine}.`,
    "",
    "| goal | measure | ratio | bound | verdict | figures behind the ratio |",
    "| --- | --- | --- | --- | --- | --- |",
    ...report.bundle.map((line) => row("client build", line)),
    ...report.databases.flatMap((database) =>
      database.lines.map((line) => row(database.label, line)),
    ),
    "",
    "Sizing, from the same run:",
    "",
    "| database | sign-ins per second per core | memory per instance | database connections |",
    "| --- | --- | --- | --- |",
    ...report.databases.map(
      ({ label, sizing }) =>
        `| ${label} | ${sizing.signInsPerSecondPerCore.toFixed(1)} | ${sizing.memory} | ` +
        `${sizing.connections} |`,
    ),
  ];
  return parts.join("\n");
}

function row(where: string, line: GoalLine): string {
  return (
    `| ${line.id} | ${line.title} (${where}) | ${line.ratio.toFixed(2)} | ` +
    `${describeBound(line.bound)} | ${line.isMet ? "met" : "short"} | ${line.figures} |`
  );
}
