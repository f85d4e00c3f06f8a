import type { SlaTarget } from "../case/state.js";
import type { SlaEvaluation } from "./evaluate.js";

/**
 * An SLA event the sweeper should record now, shaped as the `mark_sla_at_risk` /
 * `mark_sla_breached` command (`type` is the command's event type).
 */
export interface DueSlaEvent {
  readonly type: "sla_at_risk" | "sla_breached";
  readonly target: SlaTarget;
  /** The cycle's due instant, carried in the event's data. */
  readonly dueAt: string;
  /** Which cycle of the target it is about (0 for the first). */
  readonly cycle: number;
}

/**
 * The `sla_at_risk` / `sla_breached` events to record for a case now — derived from the same
 * {@link SlaEvaluation} every screen shows, so the flags and the numbers agree. Each cycle gets at
 * most one of each, ever: once recorded, the evaluation of the updated events marks the cycle
 * `reportedAtRisk` / `reportedBreached` and it is not listed again (so a sweeper that runs twice,
 * or on several servers, emits nothing new the second time as long as it appends with the case's
 * expected version).
 *
 * - `sla_breached` for every breached cycle not yet reported, running or stopped late (a late
 *   response between two sweeps is still a breach on record).
 * - `sla_at_risk` for every running cycle that is at risk and has neither event yet (a cycle that
 *   is already breached gets only `sla_breached`).
 */
export function dueSlaEvents(evaluation: SlaEvaluation): DueSlaEvent[] {
  const due: DueSlaEvent[] = [];
  for (const c of evaluation.cycles) {
    const about = { target: c.target, dueAt: c.dueAt, cycle: c.cycle };
    if (c.state === "breached" && !c.reportedBreached) due.push({ type: "sla_breached", ...about });
    else if (c.atRisk && !c.reportedAtRisk && !c.reportedBreached)
      due.push({ type: "sla_at_risk", ...about });
  }
  return due;
}

/**
 * When the server should evaluate this case again if nothing happens to it: the earliest future
 * instant at which {@link dueSlaEvents} would list something new — a running, unpaused cycle's
 * `atRiskAt` (if not yet at risk or reported) or the first millisecond after its `dueAt` (if not yet
 * breached). `null` when no clock is counting (all stopped or paused: only a new event can change
 * anything, and the server re-evaluates on every event).
 */
export function nextSlaCheckAt(evaluation: SlaEvaluation): string | null {
  const now = Date.parse(evaluation.evaluatedAt);
  let next = Number.POSITIVE_INFINITY;
  for (const c of evaluation.cycles) {
    if (!c.running || c.paused || c.state === "breached") continue;
    const risk = Date.parse(c.atRiskAt);
    if (!c.reportedAtRisk && risk > now) next = Math.min(next, risk);
    next = Math.min(next, Date.parse(c.dueAt) + 1);
  }
  return next === Number.POSITIVE_INFINITY ? null : new Date(next).toISOString();
}
