import type { SlaTarget } from "../case/state.js";
import { SLA_TARGETS } from "../sla/clocks.js";
import type { SlaEvaluation } from "../sla/evaluate.js";
import { instantMs } from "./instant.js";
import { type AnalyticsRange, type DayGrid, dayGrid, inRange } from "./range.js";
import { percent } from "./stats.js";

/** SLA attainment of one target (and one rule, or all rules): met / (met + breached). */
export interface SlaAttainmentRow {
  readonly target: SlaTarget;
  /** The rule, or `null` for all rules of the target together. */
  readonly ruleId: string | null;
  /** The goal (percent of cycles to meet the target); for all rules, only if they share one. */
  readonly goalPercent: number | null;
  readonly met: number;
  readonly breached: number;
  readonly total: number;
  /** `met / total` in percent (2 decimals), `null` without cycles. */
  readonly attainmentPercent: number | null;
  /** Whether attainment reaches the goal; `null` without a goal or without cycles. */
  readonly meetsGoal: boolean | null;
}

/** SLA attainment per target and rule, and per target over all rules. */
export interface SlaAttainment {
  readonly byRule: readonly SlaAttainmentRow[];
  readonly byTarget: readonly SlaAttainmentRow[];
}

interface Tally {
  met: number;
  breached: number;
  /** The goal shared by every counted cycle; `undefined` before the first, `null` once they differ. */
  goal: number | null | undefined;
}

function count(t: Tally, met: boolean, goal: number | null): void {
  if (met) t.met++;
  else t.breached++;
  if (t.goal === undefined) t.goal = goal;
  else if (t.goal !== goal) t.goal = null;
}

function row(target: SlaTarget, ruleId: string | null, t: Tally): SlaAttainmentRow {
  const total = t.met + t.breached;
  const goalPercent = t.goal ?? null;
  const attainmentPercent = percent(t.met, total);
  return {
    target,
    ruleId,
    goalPercent,
    met: t.met,
    breached: t.breached,
    total,
    attainmentPercent,
    meetsGoal: goalPercent === null || attainmentPercent === null ? null : attainmentPercent >= goalPercent,
  };
}

function newTally(): Tally {
  return { met: 0, breached: 0, goal: undefined };
}

/** @internal {@link slaAttainment} on a prepared day grid. */
export function slaAttainmentOnGrid(evaluations: Iterable<SlaEvaluation>, grid: DayGrid): SlaAttainment {
  const byTarget = new Map<SlaTarget, { all: Tally; rules: Map<string, Tally> }>();
  for (const evaluation of evaluations) {
    for (const c of evaluation.cycles) {
      let when: number;
      if (c.state === "met") when = instantMs(c.stoppedAt!);
      else if (c.state === "breached") when = instantMs(c.dueAt) + 1;
      else continue;
      if (!inRange(grid, when)) continue;
      let t = byTarget.get(c.target);
      if (t === undefined) {
        t = { all: newTally(), rules: new Map() };
        byTarget.set(c.target, t);
      }
      let r = t.rules.get(c.ruleId);
      if (r === undefined) {
        r = newTally();
        t.rules.set(c.ruleId, r);
      }
      count(t.all, c.state === "met", c.goalPercent);
      count(r, c.state === "met", c.goalPercent);
    }
  }
  const targets = SLA_TARGETS.filter((target) => byTarget.has(target));
  return {
    byRule: targets.flatMap((target) =>
      [...byTarget.get(target)!.rules.entries()]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([ruleId, t]) => row(target, ruleId, t)),
    ),
    byTarget: targets.map((target) => row(target, null, byTarget.get(target)!.all)),
  };
}

/**
 * SLA attainment per target against its goal, from SLA evaluations (`evaluateSla`, one per case).
 * Counts every completed cycle: `met` on the local date it was met, `breached` on the local date it
 * became overdue (the millisecond after its due instant) — whether or not it has stopped since, as a
 * breach cannot be undone. Active, paused and cancelled cycles are not counted.
 */
export function slaAttainment(evaluations: Iterable<SlaEvaluation>, range: AnalyticsRange): SlaAttainment {
  return slaAttainmentOnGrid(evaluations, dayGrid(range));
}
