import type { CaseEvent } from "../case/events.js";
import {
  type CaseKind,
  type CaseLine,
  type CaseStatus,
  type Channel,
  isOpenCaseStatus,
  type Priority,
} from "../case/state.js";
import { AftersalesError } from "../errors.js";
import { isStaffResponse } from "../sla/clocks.js";
import { instantMs } from "./instant.js";

/** A rating as analytics sees it: when, the score (1–5) and the staff member it is credited to. */
export interface SummaryRating {
  readonly at: number;
  readonly score: number;
  /** The case's assignee when rated, else whoever resolved it; `null` if neither is known. */
  readonly agentId: string | null;
}

/** A staff response (see `isStaffResponse`) as analytics sees it. */
export interface SummaryResponse {
  readonly at: number;
  readonly agentId: string | null;
}

/**
 * What analytics needs to know about one case, folded from its events in one pass. Instants are
 * epoch milliseconds. Every report is a pure function of these summaries (and the range), so the
 * server may keep them as a projection and the numbers stay the same.
 */
export interface CaseSummary {
  readonly caseId: string;
  readonly kind: CaseKind;
  readonly channel: Channel;
  readonly priority: Priority;
  /** Complaint category after the last `category_changed`. */
  readonly category: string | null;
  readonly perishable: boolean;
  readonly country: string | null;
  /** The platform order id the case is about. */
  readonly orderId: string | null;
  /** Lines as requested when the case was opened. */
  readonly lines: readonly CaseLine[];
  readonly openedAt: number;
  readonly status: CaseStatus;
  readonly assigneeId: string | null;
  /** The first staff response (the `first_response` SLA's stop), and who gave it. */
  readonly firstResponseAt: number | null;
  readonly firstResponderId: string | null;
  /**
   * The case's current resolution: the last `resolved` not followed by `reopened` (`null` while
   * open again or never resolved). Resolution time runs from opening to this instant.
   */
  readonly resolvedAt: number | null;
  /** The assignee when it was resolved, else the staff member who resolved it. */
  readonly resolverId: string | null;
  readonly reopenCount: number;
  /**
   * Instants at which the case became open and stopped being open, alternating: index 0 is the
   * opening, 1 when it left the open statuses (resolved, declined …), 2 when reopened, …
   */
  readonly openChanges: readonly number[];
  readonly ratings: readonly SummaryRating[];
  readonly responses: readonly SummaryResponse[];
  readonly lastEventAt: number;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
interface Building extends Mutable<Omit<CaseSummary, "openChanges" | "ratings" | "responses">> {
  openChanges: number[];
  ratings: SummaryRating[];
  responses: SummaryResponse[];
  lastSeq: number;
}

/**
 * @internal The status after an event, as `evolve` decides it (a test pins the two together); the
 * analytics pass needs only this part of the state and reads a million events per report.
 */
export function statusAfter(status: CaseStatus, event: CaseEvent): CaseStatus {
  switch (event.type) {
    case "acknowledged":
      return "acknowledged";
    case "investigation_started":
      return "investigating";
    case "message_posted":
      return event.actor.type === "customer" && status === "awaiting_customer" ? "investigating" : status;
    case "information_requested":
      return "awaiting_customer";
    case "options_proposed":
      return "proposed";
    case "option_chosen":
    case "return_approved":
      return "in_progress";
    case "return_declined":
    case "declined":
      return "declined";
    case "resolved":
      return "resolved";
    case "closed":
      return "closed";
    case "reopened":
      return "reopened";
    case "cancelled":
      return "cancelled";
    default:
      return status;
  }
}

function opened(event: Extract<CaseEvent, { type: "case_opened" }>, at: number): Building {
  const d = event.data;
  return {
    caseId: event.caseId,
    kind: d.kind,
    channel: d.channel,
    priority: d.priority,
    category: d.category ?? null,
    perishable: d.perishable ?? false,
    country: d.customer.country ?? null,
    orderId: d.order?.id ?? null,
    lines: d.lines ?? [],
    openedAt: at,
    status: "submitted",
    assigneeId: null,
    firstResponseAt: null,
    firstResponderId: null,
    resolvedAt: null,
    resolverId: null,
    reopenCount: 0,
    openChanges: [at],
    ratings: [],
    responses: [],
    lastEventAt: at,
    lastSeq: event.seq,
  };
}

/** Options of {@link summarizeCases}. */
export interface SummarizeOptions {
  /** Ignore events at or after this instant (epoch ms or ISO): summarise the cases as of then. */
  readonly until?: number | string;
}

/**
 * Folds events into one {@link CaseSummary} per case, in a single pass. Cases may interleave; the
 * events of each case must come in `seq` order, starting with its `case_opened` (pass every event
 * of the cases you report on). Events at or after `until` are ignored.
 *
 * Throws `AftersalesError` `invalid_event_stream` for an event of a case whose `case_opened` has not
 * been seen, or an out-of-order `seq`, and `invalid_instant` for a malformed instant.
 */
export function summarizeCases(events: Iterable<CaseEvent>, options: SummarizeOptions = {}): CaseSummary[] {
  const until =
    options.until === undefined
      ? Number.POSITIVE_INFINITY
      : typeof options.until === "number"
        ? options.until
        : instantMs(options.until);
  const cases = new Map<string, Building>();
  let current: Building | undefined;
  for (const event of events) {
    const at = instantMs(event.at);
    if (at >= until) continue;
    if (event.type === "case_opened") {
      if (cases.has(event.caseId)) corrupt(`Case ${event.caseId} was opened twice`);
      current = opened(event, at);
      cases.set(event.caseId, current);
      continue;
    }
    if (current === undefined || current.caseId !== event.caseId) {
      current = cases.get(event.caseId);
      if (current === undefined)
        corrupt(`Event ${event.type} of case ${event.caseId} before its case_opened`);
    }
    apply(current, event, at);
  }
  return [...cases.values()];
}

function corrupt(message: string): never {
  throw new AftersalesError("invalid_event_stream", message);
}

function apply(c: Building, event: CaseEvent, at: number): void {
  if (event.seq <= c.lastSeq) corrupt(`Case ${c.caseId}: seq ${event.seq} after ${c.lastSeq}`);
  c.lastSeq = event.seq;
  if (at > c.lastEventAt) c.lastEventAt = at;
  const wasOpen = isOpenCaseStatus(c.status);
  c.status = statusAfter(c.status, event);
  const isOpen = isOpenCaseStatus(c.status);
  if (wasOpen !== isOpen) c.openChanges.push(at);
  if (isStaffResponse(event)) {
    const agentId = event.actor.id ?? null;
    c.responses.push({ at, agentId });
    if (c.firstResponseAt === null) {
      c.firstResponseAt = at;
      c.firstResponderId = agentId;
    }
    return;
  }
  switch (event.type) {
    case "assigned":
      c.assigneeId = event.data.assigneeId;
      break;
    case "priority_changed":
      c.priority = event.data.priority;
      break;
    case "category_changed":
      c.category = event.data.category;
      break;
    case "resolved":
      c.resolvedAt = at;
      c.resolverId = c.assigneeId ?? (event.actor.type === "staff" ? (event.actor.id ?? null) : null);
      break;
    case "reopened":
      c.resolvedAt = null;
      c.resolverId = null;
      c.reopenCount++;
      break;
    case "rated":
      c.ratings.push({ at, score: event.data.score, agentId: c.assigneeId ?? c.resolverId });
      break;
    default:
      break;
  }
}
