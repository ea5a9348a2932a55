import { median } from "./median.js";

/** A goal is a bound on a ratio measured side by side in one run. */
export type GoalBound =
  | { kind: "atLeast"; value: number }
  | { kind: "atMost"; value: number }
  | { kind: "between"; low: number; high: number };

export interface GoalLine {
  id: string;
  title: string;
  ratio: number;
  bound: GoalBound;
  isMet: boolean;
  /** The medians behind the ratio, with units, for the report. */
  figures: string;
}

export function goalLine(
  id: string,
  title: string,
  ratios: readonly number[],
  bound: GoalBound,
  figures: string,
): GoalLine {
  const ratio = median(ratios);
  return { id, title, ratio, bound, isMet: isWithin(ratio, bound), figures };
}

function isWithin(ratio: number, bound: GoalBound): boolean {
  if (!Number.isFinite(ratio)) return false;
  if (bound.kind === "atLeast") return ratio >= bound.value;
  if (bound.kind === "atMost") return ratio <= bound.value;
  return ratio >= bound.low && ratio <= bound.high;
}

export function describeBound(bound: GoalBound): string {
  if (bound.kind === "atLeast") return `≥ ${bound.value.toFixed(2)}`;
  if (bound.kind === "atMost") return `≤ ${bound.value.toFixed(2)}`;
  return `${bound.low.toFixed(2)}–${bound.high.toFixed(2)}`;
}

export function formatGoalLine(line: GoalLine): string {
  const verdict = line.isMet ? "met" : "short";
  return `${line.id} ${line.title}: ${line.ratio.toFixed(2)} (goal ${describeBound(line.bound)}) ${verdict}`;
}
