import { z } from "zod";
import type { CaseEvent } from "../case/events.js";
import { evolve } from "../case/evolve.js";
import type { CaseState, SlaTarget } from "../case/state.js";
import { AftersalesError } from "../errors.js";
import { type SlaCalendars, type SlaClock, slaClock } from "./clock.js";
import { findWindows, isPausedBy, SLA_TARGETS, type SlaStep, type SlaWindow } from "./clocks.js";
import { type SlaCaseFacts, type SlaSelectedTarget, type SlaSelection, selectSlaTargets } from "./select.js";
import type { SlaPolicy } from "./sla-policy.js";

const MINUTE_MS = 60_000;

/**
 * Where one cycle of a target stands. `active`: the clock runs; `paused`: the case is in a pause
 * condition; `met`: stopped on time; `breached`: past its due instant (still running or stopped
 * late); `cancelled`: made moot by the case's end while still on time.
 */
export const SlaState = {
  active: "active",
  paused: "paused",
  met: "met",
  breached: "breached",
  cancelled: "cancelled",
} as const;
/** Zod enum of {@link SlaState}. */
export const SlaStateSchema = z.enum(SlaState);
/** Where one cycle of a target stands. */
export type SlaState = z.infer<typeof SlaStateSchema>;

/**
 * One measured cycle of a target (first response has one; next response one per unanswered
 * customer message; resolution one per opening or reopening; follow-up one per resolution).
 * Minutes are on the target's clock (business minutes on a calendar) and fractional only when the
 * instants are not on whole minutes.
 */
export interface SlaCycle {
  readonly target: SlaTarget;
  /** 0 for the target's first cycle, 1 for the next … */
  readonly cycle: number;
  /** The policy rule that set this target. */
  readonly ruleId: string;
  /** `24/7` or the calendar id. */
  readonly clock: string;
  readonly state: SlaState;
  /** True while the clock has not been stopped (active, paused, or breached and still open). */
  readonly running: boolean;
  /** True while running and the case is in one of the target's pause conditions. */
  readonly paused: boolean;
  readonly startedAt: string;
  /** `seq` of the event that started the cycle. */
  readonly startSeq: number;
  /**
   * When the target is due: the earliest instant at which the active (unpaused) clock time reaches
   * the target. While not reached yet it is projected from the evaluation instant (or the stop),
   * assuming no further pause — so a pause moves it later.
   */
  readonly dueAt: string;
  /** When the cycle is (or becomes) at risk: the same computation for `atRiskPercent` of the target. */
  readonly atRiskAt: string;
  readonly stoppedAt: string | null;
  /** Type of the event that stopped it (or made it moot), `null` while running. */
  readonly stoppedBy: CaseEvent["type"] | null;
  /** The target's length on its clock. */
  readonly targetMinutes: number;
  /** Active clock time used so far (up to the stop or the evaluation instant). */
  readonly usedMinutes: number;
  /** Clock time left before the due instant (0 once reached). */
  readonly remainingMinutes: number;
  /** Clock time used beyond the target (0 unless overdue). */
  readonly overdueMinutes: number;
  /** Clock time spent paused (not counted). */
  readonly pausedMinutes: number;
  readonly atRiskPercent: number;
  /** True while running, not breached, and at least `atRiskPercent` of the target is used. */
  readonly atRisk: boolean;
  /** The rule's goal for this target (share of cycles to meet it, percent), if it sets one. */
  readonly goalPercent: number | null;
  /** An `sla_at_risk` event for this cycle is already recorded. */
  readonly reportedAtRisk: boolean;
  /** An `sla_breached` event for this cycle is already recorded. */
  readonly reportedBreached: boolean;
}

/**
 * The promise shown to the customer ("we will reply by Tue 10:30"): the earliest due instant among
 * the running, unpaused first response, next response, return processing and resolution cycles.
 * `null` when the store owes nothing now (for instance while waiting for the customer).
 */
export interface CustomerPromise {
  readonly target: SlaTarget;
  readonly dueAt: string;
  /** The promise is already broken: say sorry rather than a time in the past. */
  readonly overdue: boolean;
}

/** Everything the SLA engine says about one case at one instant. */
export interface SlaEvaluation {
  readonly caseId: string;
  readonly evaluatedAt: string;
  readonly policyId: string;
  readonly policyVersion: number;
  /** The case attributes the rules were selected on (after the last event up to `now`). */
  readonly facts: SlaCaseFacts;
  /** Which rule applied, per target the policy sets for this case. */
  readonly rules: Partial<Record<SlaTarget, string>>;
  /** Every cycle, by target (display order) then cycle number. */
  readonly cycles: readonly SlaCycle[];
  /** The latest cycle of each target that has started. */
  readonly targets: Partial<Record<SlaTarget, SlaCycle>>;
  readonly promise: CustomerPromise | null;
}

/** An instant as core accepts it: epoch milliseconds or an ISO 8601 string with offset. */
export type SlaInstant = string | number;

function toMs(t: SlaInstant, what: string): number {
  const ms = typeof t === "number" ? t : Date.parse(t);
  if (!Number.isFinite(ms))
    throw new AftersalesError("invalid_instant", `Invalid ${what}: ${JSON.stringify(t)}`);
  return ms;
}

const iso = (ms: number) => new Date(ms).toISOString();

/** The case attributes SLA rules select on. */
export function slaFactsOf(state: CaseState): SlaCaseFacts {
  return {
    kind: state.kind,
    category: state.category,
    priority: state.priority,
    channel: state.channel,
    country: state.customer.country ?? null,
    perishable: state.perishable,
  };
}

/** @internal Folds the events up to `now` and keeps the state after each one. */
export function slaSteps(caseEvents: readonly CaseEvent[], nowMs: number): SlaStep[] {
  const ordered = caseEvents.filter((e) => toMs(e.at, "event instant") <= nowMs);
  ordered.sort((a, b) => a.seq - b.seq);
  const steps: SlaStep[] = [];
  let state: CaseState | undefined;
  let last = Number.NEGATIVE_INFINITY;
  for (const event of ordered) {
    state = evolve(state, event);
    // Instants follow seq: a clock skew between writers must not make a clock run backwards.
    last = Math.max(last, Date.parse(event.at));
    steps.push({ event, at: last, state });
  }
  return steps;
}

interface Measured {
  used: number;
  paused: number;
  dueAt: number;
  riskAt: number;
}

function measure(
  clock: SlaClock,
  steps: readonly SlaStep[],
  window: SlaWindow,
  nowMs: number,
  spec: SlaSelectedTarget,
  targetMs: number,
  riskMs: number,
): Measured {
  const endAt = window.end === null ? nowMs : steps[window.end]!.at;
  const lastSegment = window.end === null ? steps.length - 1 : window.end - 1;
  let used = 0;
  let paused = 0;
  let dueAt: number | null = null;
  let riskAt: number | null = null;
  for (let k = window.start; k <= lastSegment; k++) {
    const from = steps[k]!.at;
    const to = k + 1 < steps.length ? Math.min(steps[k + 1]!.at, endAt) : endAt;
    const length = clock.between(from, to);
    if (isPausedBy(steps[k]!.state, spec.pausedBy)) {
      paused += length;
      continue;
    }
    if (riskAt === null && used + length >= riskMs) riskAt = clock.add(from, riskMs - used);
    if (dueAt === null && used + length >= targetMs) dueAt = clock.add(from, targetMs - used);
    used += length;
  }
  return {
    used,
    paused,
    dueAt: dueAt ?? clock.add(endAt, targetMs - used),
    riskAt: riskAt ?? clock.add(endAt, riskMs - used),
  };
}

function cycleOf(
  spec: SlaSelectedTarget,
  calendars: SlaCalendars,
  steps: readonly SlaStep[],
  window: SlaWindow,
  cycle: number,
  nowMs: number,
): SlaCycle {
  const clock = slaClock(spec.clock, calendars);
  const start = steps[window.start]!;
  const targetMs = clock.durationFrom(start.at, spec.duration);
  const riskMs = Math.round((targetMs * spec.atRiskPercent) / 100);
  const m = measure(clock, steps, window, nowMs, spec, targetMs, riskMs);
  const stop = window.end === null ? null : steps[window.end]!;
  const running = stop === null;
  const paused = running && isPausedBy(steps[steps.length - 1]!.state, spec.pausedBy);
  let state: SlaState;
  if (stop !== null && window.ending === "stop") state = stop.at <= m.dueAt ? "met" : "breached";
  else if (stop !== null) state = stop.at > m.dueAt ? "breached" : "cancelled";
  else if (nowMs > m.dueAt) state = "breached";
  else state = paused ? "paused" : "active";
  return {
    target: spec.target,
    cycle,
    ruleId: spec.ruleId,
    clock: spec.clock,
    state,
    running,
    paused,
    startedAt: iso(start.at),
    startSeq: start.event.seq,
    dueAt: iso(m.dueAt),
    atRiskAt: iso(m.riskAt),
    stoppedAt: stop === null ? null : iso(stop.at),
    stoppedBy: stop === null ? null : stop.event.type,
    targetMinutes: targetMs / MINUTE_MS,
    usedMinutes: m.used / MINUTE_MS,
    remainingMinutes: Math.max(0, targetMs - m.used) / MINUTE_MS,
    overdueMinutes: Math.max(0, m.used - targetMs) / MINUTE_MS,
    pausedMinutes: m.paused / MINUTE_MS,
    atRiskPercent: spec.atRiskPercent,
    atRisk: running && state !== "breached" && nowMs >= m.riskAt,
    goalPercent: spec.goalPercent,
    reportedAtRisk: false,
    reportedBreached: false,
  };
}

/** Marks the cycles whose `sla_at_risk` / `sla_breached` events are already recorded. */
function withReports(cycles: SlaCycle[], steps: readonly SlaStep[]): SlaCycle[] {
  const result = [...cycles];
  for (const { event } of steps) {
    if (event.type !== "sla_at_risk" && event.type !== "sla_breached") continue;
    let index = -1;
    result.forEach((c, i) => {
      if (c.target === event.data.target && c.startSeq < event.seq) index = i;
    });
    const cycle = result[index];
    if (cycle === undefined) continue;
    result[index] =
      event.type === "sla_at_risk"
        ? { ...cycle, reportedAtRisk: true }
        : { ...cycle, reportedBreached: true };
  }
  return result;
}

const customerFacing: ReadonlySet<SlaTarget> = new Set([
  "first_response",
  "next_response",
  "return_processing",
  "resolution",
]);

function promiseOf(cycles: readonly SlaCycle[]): CustomerPromise | null {
  let best: SlaCycle | null = null;
  for (const cycle of cycles) {
    if (!cycle.running || cycle.paused || !customerFacing.has(cycle.target)) continue;
    if (best === null || Date.parse(cycle.dueAt) < Date.parse(best.dueAt)) best = cycle;
  }
  return best === null
    ? null
    : { target: best.target, dueAt: best.dueAt, overdue: best.state === "breached" };
}

/**
 * Evaluates a case's SLA at `now`: for every target the policy sets for the case, each cycle's
 * state (`active | paused | met | breached | cancelled`), start, due instant (extended by paused
 * time), stop, clock time used / remaining / overdue, and whether it is at risk; plus the customer
 * promise. Pure: the same events, policy, calendars and `now` always give the same answer, and the
 * server's sweeper ({@link dueSlaEvents}, {@link nextSlaCheckAt}) reads this very result, so every
 * screen shows the same numbers.
 *
 * **Rules** are selected on the case's attributes after its last event up to `now`
 * ({@link selectSlaTargets}: per target, the most specific matching rule). Events after `now` are
 * ignored. Instants follow `seq`: an event stamped earlier than its predecessor counts at the
 * predecessor's instant.
 *
 * **Clocks** (what starts and stops each target):
 * - `first_response`: from `case_opened` to the first staff response — a staff `message_posted`,
 *   `information_requested` or `options_proposed` ({@link isStaffResponse}); with the target's
 *   `stop: "acknowledged_and_assigned"`, to the first instant the case is acknowledged and assigned.
 * - `next_response`: from a customer `message_posted` while the case is open, once the store has
 *   responded at least once, to the next staff response; later customer messages do not restart a
 *   running clock (it measures from the oldest unanswered message).
 * - `resolution`: from `case_opened` to `resolved` (or `closed`). `reopened` starts a new cycle with
 *   the full target at the reopening; the earlier cycle keeps its outcome.
 * - `return_processing`: from the first `item_received` (for a returnless return: its
 *   `return_approved`) to `refund_issued`, `store_credit_issued`, `exchange_shipped`,
 *   `repair_completed`, `return_declined`/`declined`, or the case being resolved/closed.
 * - `follow_up`: from each `resolved` to `follow_up_sent` or `rated`.
 *
 * A cycle the case's end makes moot (resolved/declined/cancelled before a response, declined or
 * cancelled before resolution, cancelled before the return is processed, reopened before the
 * follow-up) is `cancelled` if it ended on time and `breached` if it was already overdue.
 *
 * **Pauses**: while the case's status or item progress is one of the target's `pausedBy`
 * conditions, clock time is not counted. The due instant is the earliest instant at which the
 * clock time of the active periods reaches the target (on a calendar: summed business time, then
 * `addBusinessTime` for the rest), so pausing never makes a target due earlier. A target in
 * business days is first converted to business time from its start (`businessTimeBetween(start,
 * addBusinessDays(start, n))`); on the 24/7 clock a business day is 24 hours.
 *
 * **Boundaries**: a cycle stopped exactly at its due instant is met; a running cycle is breached
 * from the first millisecond after its due instant; it is at risk from the instant `atRiskPercent`
 * of the target is used (inclusive).
 *
 * Throws `AftersalesError` for misconfiguration or a corrupted stream: `unknown_calendar` (a rule
 * names a calendar not in `calendars`), `invalid_instant`, `invalid_event_stream` (no
 * `case_opened` up to `now`, or what `evolve` rejects).
 */
export function evaluateSla(
  caseEvents: readonly CaseEvent[],
  policy: SlaPolicy,
  calendars: SlaCalendars,
  now: SlaInstant,
): SlaEvaluation {
  const nowMs = toMs(now, "now");
  const steps = slaSteps(caseEvents, nowMs);
  const last = steps[steps.length - 1];
  if (last === undefined) {
    throw new AftersalesError("invalid_event_stream", `No case events at or before ${iso(nowMs)}`);
  }
  const facts = slaFactsOf(last.state);
  const selection: SlaSelection = selectSlaTargets(policy, facts);
  const rules: Partial<Record<SlaTarget, string>> = {};
  let cycles: SlaCycle[] = [];
  for (const target of SLA_TARGETS) {
    const spec = selection[target];
    if (spec === undefined) continue;
    rules[target] = spec.ruleId;
    findWindows(target, steps, spec.stop).forEach((window, i) => {
      cycles.push(cycleOf(spec, calendars, steps, window, i, nowMs));
    });
  }
  cycles = withReports(cycles, steps);
  const targets: Partial<Record<SlaTarget, SlaCycle>> = {};
  for (const cycle of cycles) targets[cycle.target] = cycle;
  return {
    caseId: last.state.id,
    evaluatedAt: iso(nowMs),
    policyId: policy.id,
    policyVersion: policy.version,
    facts,
    rules,
    cycles,
    targets,
    promise: promiseOf(cycles),
  };
}
