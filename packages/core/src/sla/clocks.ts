import type { CaseEvent } from "../case/events.js";
import type { CaseState, CaseStatus, SlaTarget } from "../case/state.js";
import type { FirstResponseStop, SlaPauseCondition } from "./sla-policy.js";

/*
 * What starts and stops each target's clock — the single definition the SLA engine, the sweeper and
 * analytics share (repeated in the JSDoc of `evaluateSla`).
 *
 * - `first_response` starts when the case is opened. It stops at the first **staff response**
 *   ({@link isStaffResponse}); with `stop: "acknowledged_and_assigned"` it stops instead at the
 *   first event after which the case is both acknowledged and has an assignee.
 * - `next_response` starts at a customer `message_posted` that arrives while the case is open,
 *   after the store has responded at least once (before that the first response covers the
 *   customer's messages), and while no next-response clock is running (further customer messages
 *   do not restart it: it measures from the oldest unanswered one). It stops at the next staff
 *   response.
 * - `resolution` starts when the case is opened and stops when it is `resolved` (or `closed`).
 *   `reopened` starts a new resolution cycle at the reopening with the full target; the earlier
 *   cycle keeps its outcome.
 * - `return_processing` starts at the first `item_received`, or for a returnless return at its
 *   `return_approved` (nothing will be received; the refund is what the customer waits for). It
 *   stops at `refund_issued`, `store_credit_issued`, `exchange_shipped`, `repair_completed`,
 *   `return_declined`/`declined` (a decision after receipt is processing too) or when the case is
 *   resolved or closed. One cycle per case.
 * - `follow_up` starts at each `resolved` and stops at `follow_up_sent` or `rated`.
 *
 * A cycle that the case's end makes moot — the case is resolved, declined or cancelled before a
 * response, declined or cancelled before resolution, cancelled before the return is processed, or
 * reopened before the follow-up — ends `cancelled` if it was still within its due instant and
 * `breached` if it was already overdue: a breach that happened (and was reported) stays a breach.
 */

/** The targets in display order. */
export const SLA_TARGETS: readonly SlaTarget[] = [
  "first_response",
  "next_response",
  "resolution",
  "return_processing",
  "follow_up",
];

/**
 * Whether an event is a **staff response**: a `message_posted`, `information_requested` or
 * `options_proposed` by a staff actor. All three are customer-visible; internal notes, status
 * changes, assignments, automatic (system) messages and acknowledgements are not responses.
 */
export function isStaffResponse(event: Pick<CaseEvent, "type" | "actor">): boolean {
  return (
    event.actor.type === "staff" &&
    (event.type === "message_posted" ||
      event.type === "information_requested" ||
      event.type === "options_proposed")
  );
}

/** Whether a customer message starts a next-response clock (the other conditions are in the walk). */
function isCustomerMessage(event: CaseEvent): boolean {
  return event.type === "message_posted" && event.actor.type === "customer";
}

const terminal: ReadonlySet<CaseStatus> = new Set(["resolved", "closed", "declined", "cancelled"]);
const settled: ReadonlySet<CaseStatus> = new Set(["resolved", "closed"]);
const ended: ReadonlySet<CaseStatus> = new Set(["declined", "cancelled"]);

/** @internal One event of a case with the state after it and its (non-decreasing) instant. */
export interface SlaStep {
  readonly event: CaseEvent;
  readonly at: number;
  readonly state: CaseState;
}

/** @internal A cycle of one target as found in the event walk: step indexes where it starts and ends. */
export interface SlaWindow {
  readonly start: number;
  /** Index of the step that ended it, or `null` while it runs. */
  readonly end: number | null;
  /** `stop`: the target was fulfilled; `moot`: the case's end made it moot. */
  readonly ending: "stop" | "moot" | null;
}

const returnProcessed: ReadonlySet<CaseEvent["type"]> = new Set([
  "refund_issued",
  "store_credit_issued",
  "exchange_shipped",
  "repair_completed",
  "return_declined",
  "declined",
]);

/** @internal Finds the cycles of one target in a case's steps (the rules at the top of this file). */
export function findWindows(
  target: SlaTarget,
  steps: readonly SlaStep[],
  stop: FirstResponseStop,
): SlaWindow[] {
  const windows: SlaWindow[] = [];
  let running: number | null = null;
  const begin = (index: number) => {
    running = index;
  };
  const finish = (index: number, ending: "stop" | "moot") => {
    if (running === null) return;
    windows.push({ start: running, end: index, ending });
    running = null;
  };
  let staffResponded = false;
  let returnStarted = false;
  for (let index = 0; index < steps.length; index++) {
    const { event, state } = steps[index]!;
    const previous = index > 0 ? steps[index - 1]!.state : undefined;
    switch (target) {
      case "first_response":
        if (index === 0) begin(0);
        else if (stop === "response" ? isStaffResponse(event) : acknowledgedAndAssigned(state))
          finish(index, "stop");
        else if (terminal.has(state.status)) finish(index, "moot");
        break;
      case "next_response":
        if (running !== null) {
          if (isStaffResponse(event)) finish(index, "stop");
          else if (terminal.has(state.status)) finish(index, "moot");
        } else if (
          isCustomerMessage(event) &&
          staffResponded &&
          previous !== undefined &&
          !terminal.has(previous.status)
        ) {
          begin(index);
        }
        break;
      case "resolution":
        if (index === 0 || (running === null && event.type === "reopened")) begin(index);
        else if (settled.has(state.status)) finish(index, "stop");
        else if (ended.has(state.status)) finish(index, "moot");
        break;
      case "return_processing":
        if (running === null) {
          if (
            !returnStarted &&
            (event.type === "item_received" || (event.type === "return_approved" && event.data.returnless))
          ) {
            returnStarted = true;
            begin(index);
          }
        } else if (returnProcessed.has(event.type) || settled.has(state.status)) finish(index, "stop");
        else if (state.status === "cancelled") finish(index, "moot");
        break;
      case "follow_up":
        if (running === null) {
          if (event.type === "resolved") begin(index);
        } else if (event.type === "follow_up_sent" || event.type === "rated") finish(index, "stop");
        else if (event.type === "reopened" || ended.has(state.status)) finish(index, "moot");
        break;
      default: {
        const unreachable: never = target;
        return unreachable;
      }
    }
    if (isStaffResponse(event)) staffResponded = true;
  }
  if (running !== null) windows.push({ start: running, end: null, ending: null });
  return windows;
}

function acknowledgedAndAssigned(state: CaseState): boolean {
  return state.acknowledgedAt !== null && state.assigneeId !== null;
}

/** @internal Whether the case stands in one of the pause conditions after a step. */
export function isPausedBy(state: CaseState, pausedBy: readonly SlaPauseCondition[]): boolean {
  return (
    pausedBy.includes(state.status) || (state.itemProgress !== null && pausedBy.includes(state.itemProgress))
  );
}
