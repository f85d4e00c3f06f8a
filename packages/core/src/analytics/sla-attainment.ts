import type { SlaTarget } from "../case/state.js";
import { SLA_TARGETS } from "../sla/clocks.js";
import type { SlaEvaluation } from "../sla/evaluate.js";
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
  goals: Set<number | null>;
}

function row(target: SlaTarget, ruleId: string | null, t: Tally): SlaAttainmentRow {
  const total = t.met + t.breached;
  const goalPercent = t.goals.size === 1 ? [...t.goals][0]! : null;
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

/** @internal {@link slaAttainment} on a prepared day grid. */
export function slaAttainmentOnGrid(evaluations: Iterable<SlaEvaluation>, grid: DayGrid): SlaAttainment {
  const byRule = new Map<string, Tally>();
  const byTarget = new Map<SlaTarget, Tally>();
  const tally = (map: Map<string, Tally>, key: string) => {
    let t = map.get(key);
    if (t === undefined) {
      t = { met: 0, breached: 0, goals: new Set() };
      map.set(key, t);
    }
    return t;
  };
  for (const evaluation of evaluations) {
    for (const c of evaluation.cycles) {
      let when: number;
      if (c.state === "met") when = Date.parse(c.stoppedAt!);
      else if (c.state === "breached") when = Date.parse(c.dueAt) + 1;
      else continue;
      if (!inRange(grid, when)) continue;
      for (const t of [
        tally(byRule, `${c.target}\u0000${c.ruleId}`),
        tally(byTarget as Map<string, Tally>, c.target),
      ]) {
        if (c.state === "met") t.met++;
        else t.breached++;
        t.goals.add(c.goalPercent);
      }
    }
  }
  const order = (target: SlaTarget) => SLA_TARGETS.indexOf(target);
  const rules = [...byRule.entries()]
    .map(([key, t]) => {
      const [target, ruleId] = key.split("\u0000") as [SlaTarget, string];
      return row(target, ruleId, t);
    })
    .sort((a, b) => order(a.target) - order(b.target) || (a.ruleId! < b.ruleId! ? -1 : 1));
  const targets = [...byTarget.entries()]
    .map(([target, t]) => row(target, null, t))
    .sort((a, b) => order(a.target) - order(b.target));
  return { byRule: rules, byTarget: targets };
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
