import type { CaseEvent } from "./events.js";

/**
 * The shopper's view of a case: only customer-visible events, in order. Internal notes, SLA flags,
 * assignment and priority changes are left out.
 */
export function visibleTimeline(events: readonly CaseEvent[]): CaseEvent[] {
  return events.filter((event) => event.visibility === "customer");
}
