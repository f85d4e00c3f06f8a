import type { CaseEvent } from "../case/events.js";
import type { CaseKind, CaseLine, CaseStatus, Channel, Priority } from "../case/state.js";
import { AftersalesError } from "../errors.js";
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
/**
 * The cold part of a summary being built: touched only by the events that change it. The fields
 * every event touches (last seq, status, last instant) live in flat arrays indexed by case number,
 * so the pass reads a few small arrays instead of one large object per event (it is bound by
 * memory access, not arithmetic).
 */
type Building = Mutable<Omit<CaseSummary, "openChanges" | "ratings" | "responses">> & {
  openChanges: number[];
  ratings: SummaryRating[];
  responses: SummaryResponse[];
};

/** Shared by every case without ratings or responses (most have none or one): copied on first push. */
const none = Object.freeze([]) as unknown as never[];

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
    ratings: none,
    responses: none,
    lastEventAt: at,
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
  const limited = until !== Number.POSITIVE_INFINITY;
  // Canonical instants (`2026-11-23T09:00:00.000Z`) compare as strings: most events need no parsing.
  const untilIso = Number.isFinite(until) ? new Date(until).toISOString() : "";
  const compareAsText = isCanonical(untilIso);
  const index = new Map<string, number>();
  const cases: Building[] = [];
  const statuses: CaseStatus[] = [];
  const lastAts: string[] = [];
  let lastSeqs = new Float64Array(1024);
  for (const event of events) {
    const at = event.at;
    if (limited && (compareAsText && isCanonical(at) ? at >= untilIso : instantMs(at) >= until)) continue;
    const i = index.get(event.caseId);
    if (event.type === "case_opened") {
      if (i !== undefined) corrupt(`Case ${event.caseId} was opened twice`);
      const k = cases.length;
      index.set(event.caseId, k);
      cases.push(opened(event, instantMs(at)));
      statuses.push("submitted");
      lastAts.push(at);
      if (k === lastSeqs.length) {
        const grown = new Float64Array(k * 2);
        grown.set(lastSeqs);
        lastSeqs = grown;
      }
      lastSeqs[k] = event.seq;
      continue;
    }
    if (i === undefined) corrupt(`Event ${event.type} of case ${event.caseId} before its case_opened`);
    if (event.seq <= lastSeqs[i]!) corrupt(`Case ${event.caseId}: seq ${event.seq} after ${lastSeqs[i]}`);
    lastSeqs[i] = event.seq;
    lastAts[i] = at;
    const before = statuses[i]!;
    const after = statusAfter(before, event);
    if (after !== before) {
      statuses[i] = after;
      if (open[after] !== open[before]) cases[i]!.openChanges.push(instantMs(at));
    }
    apply(cases[i]!, event);
  }
  for (let k = 0; k < cases.length; k++) {
    const c = cases[k]!;
    c.status = statuses[k]!;
    c.lastEventAt = Math.max(c.openedAt, instantMs(lastAts[k]!));
  }
  return cases;
}

/** A `toISOString` instant with a four-digit year: such strings sort like the instants they name. */
function isCanonical(s: string): boolean {
  return s.length === 24 && s.charCodeAt(23) === 90 && s.charCodeAt(10) === 84;
}

function corrupt(message: string): never {
  throw new AftersalesError("invalid_event_stream", message);
}

const open: Readonly<Record<CaseStatus, boolean>> = {
  submitted: true,
  acknowledged: true,
  investigating: true,
  awaiting_customer: true,
  proposed: true,
  in_progress: true,
  reopened: true,
  resolved: false,
  closed: false,
  declined: false,
  cancelled: false,
};

/** Applies the events that change the cold part of a summary (see {@link Building}). */
function apply(c: Building, event: CaseEvent): void {
  switch (event.type) {
    case "message_posted":
    case "information_requested":
    case "options_proposed":
      if (event.actor.type === "staff") {
        const at = instantMs(event.at);
        const agentId = event.actor.id ?? null;
        if (c.responses === none) c.responses = [];
        c.responses.push({ at, agentId });
        if (c.firstResponseAt === null) {
          c.firstResponseAt = at;
          c.firstResponderId = agentId;
        }
      }
      break;
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
      c.resolvedAt = instantMs(event.at);
      c.resolverId = c.assigneeId ?? (event.actor.type === "staff" ? (event.actor.id ?? null) : null);
      break;
    case "reopened":
      c.resolvedAt = null;
      c.resolverId = null;
      c.reopenCount++;
      break;
    case "rated":
      if (c.ratings === none) c.ratings = [];
      c.ratings.push({
        at: instantMs(event.at),
        score: event.data.score,
        agentId: c.assigneeId ?? c.resolverId,
      });
      break;
    default:
      break;
  }
}
