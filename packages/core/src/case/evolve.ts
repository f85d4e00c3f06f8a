import { AftersalesError } from "../errors.js";
import type { CaseEvent } from "./events.js";
import type { CaseState, ItemProgress, SlaTarget } from "./state.js";

const progressRank: Record<ItemProgress, number> = {
  awaiting_shipment: 0,
  in_transit: 1,
  received: 2,
  inspected: 3,
  refunded: 4,
  exchanged: 4,
  repaired: 4,
  returnless: 0,
};

/**
 * Item progress only moves forward, so a late fact (a carrier scan recorded after the receipt)
 * never moves the goods back. A returnless return only moves to an outcome. No return approved
 * (`null`) stays `null`: refunds on complaints do not invent goods in transit.
 */
function advance(current: ItemProgress | null, target: ItemProgress): ItemProgress | null {
  if (current === null) return null;
  if (progressRank[current] === 4) return current;
  if (current === "returnless") return progressRank[target] === 4 ? target : current;
  return progressRank[target] > progressRank[current] ? target : current;
}

function addOnce(list: readonly SlaTarget[], target: SlaTarget): SlaTarget[] {
  return list.includes(target) ? [...list] : [...list, target];
}

function corrupt(message: string): never {
  throw new AftersalesError("invalid_event_stream", message);
}

function opened(event: Extract<CaseEvent, { type: "case_opened" }>): CaseState {
  const d = event.data;
  return {
    id: event.caseId,
    kind: d.kind,
    status: "submitted",
    channel: d.channel,
    priority: d.priority,
    category: d.category ?? null,
    assigneeId: null,
    order: d.order ?? null,
    customer: d.customer,
    subject: d.subject ?? null,
    description: d.description,
    lines: d.lines ?? [],
    evidence: d.evidence ?? [],
    perishable: d.perishable ?? false,
    tags: d.tags ?? [],
    decision: d.decision,
    openedAt: event.at,
    acknowledgedAt: null,
    updatedAt: event.at,
    resolvedAt: null,
    closedAt: null,
    declinedAt: null,
    cancelledAt: null,
    reopenedAt: null,
    reopenCount: 0,
    resolution: null,
    resolutionSummary: null,
    declineReason: null,
    cancelReason: null,
    proposedOptions: [],
    chosenOptionId: null,
    itemProgress: null,
    returnless: false,
    approvedLines: null,
    returnInstructions: null,
    returnShipment: null,
    inspection: null,
    exchangeShipment: null,
    refunds: [],
    storeCredits: [],
    coupons: [],
    rating: null,
    lastCustomerMessageAt: null,
    lastStaffMessageAt: null,
    followUpSentAt: null,
    slaAtRisk: [],
    slaBreached: [],
    lastEventSeq: event.seq,
    version: 1,
  };
}

/**
 * Applies one event to the state (pure). Events are facts, so every event type applies in every
 * state: the status an event stands for is taken as given, item progress only moves forward.
 * Throws {@link AftersalesError} `invalid_event_stream` only for a corrupted stream — the first
 * event is not `case_opened` with seq 1, a second `case_opened`, another case's event, or a seq
 * that is not the next one — which is a storage bug, not an outcome to handle.
 */
export function evolve(state: CaseState | undefined, event: CaseEvent): CaseState {
  if (state === undefined) {
    if (event.type !== "case_opened" || event.seq !== 1) {
      corrupt(`A case starts with case_opened at seq 1, got ${event.type} at seq ${event.seq}`);
    }
    return opened(event);
  }
  if (event.caseId !== state.id) corrupt(`Event of case ${event.caseId} folded into case ${state.id}`);
  if (event.seq !== state.lastEventSeq + 1) {
    corrupt(`Case ${state.id}: expected seq ${state.lastEventSeq + 1}, got ${event.seq}`);
  }
  const base: CaseState = {
    ...state,
    lastEventSeq: event.seq,
    version: state.version + 1,
    updatedAt: event.at,
  };
  switch (event.type) {
    case "case_opened":
      return corrupt(`Case ${state.id} was opened twice (seq ${event.seq})`);
    case "acknowledged":
      return { ...base, status: "acknowledged", acknowledgedAt: state.acknowledgedAt ?? event.at };
    case "investigation_started":
      return { ...base, status: "investigating" };
    case "assigned":
      return { ...base, assigneeId: event.data.assigneeId };
    case "priority_changed":
      return { ...base, priority: event.data.priority };
    case "category_changed":
      return { ...base, category: event.data.category };
    case "message_posted": {
      if (event.actor.type === "customer") {
        // A customer's answer puts a case that waited for them back into investigation (DESIGN §2).
        const status = state.status === "awaiting_customer" ? "investigating" : state.status;
        return { ...base, status, lastCustomerMessageAt: event.at };
      }
      if (event.actor.type === "staff") return { ...base, lastStaffMessageAt: event.at };
      return base;
    }
    case "note_added":
      return base;
    case "information_requested":
      return { ...base, status: "awaiting_customer" };
    case "options_proposed":
      return { ...base, status: "proposed", proposedOptions: event.data.options, chosenOptionId: null };
    case "option_chosen":
      return { ...base, status: "in_progress", chosenOptionId: event.data.optionId };
    case "return_approved": {
      const returnless = event.data.returnless;
      return {
        ...base,
        status: "in_progress",
        returnless,
        itemProgress: returnless ? "returnless" : "awaiting_shipment",
        approvedLines: event.data.lines ?? null,
        returnInstructions: event.data.instructions ?? null,
      };
    }
    case "return_declined":
    case "declined":
      return { ...base, status: "declined", declinedAt: event.at, declineReason: event.data };
    case "shipment_recorded":
      return {
        ...base,
        itemProgress: advance(state.itemProgress, "in_transit"),
        returnShipment: { ...state.returnShipment, ...event.data },
      };
    case "item_received":
      return { ...base, itemProgress: advance(state.itemProgress, "received") };
    case "item_inspected":
      return { ...base, itemProgress: advance(state.itemProgress, "inspected"), inspection: event.data };
    case "refund_issued":
      return {
        ...base,
        itemProgress: advance(state.itemProgress, "refunded"),
        refunds: [...state.refunds, event.data],
      };
    case "store_credit_issued":
      return {
        ...base,
        itemProgress: advance(state.itemProgress, "refunded"),
        storeCredits: [...state.storeCredits, event.data.amount],
      };
    case "coupon_issued":
      return { ...base, coupons: [...state.coupons, event.data] };
    case "exchange_shipped": {
      const { lines: _lines, ...shipment } = event.data;
      return { ...base, itemProgress: advance(state.itemProgress, "exchanged"), exchangeShipment: shipment };
    }
    case "repair_completed":
      return { ...base, itemProgress: advance(state.itemProgress, "repaired") };
    case "resolved":
      return {
        ...base,
        status: "resolved",
        resolvedAt: event.at,
        resolution: event.data.resolution,
        resolutionSummary: event.data.summary ?? null,
      };
    case "closed":
      return { ...base, status: "closed", closedAt: event.at };
    case "reopened":
      // A reopened case is open again: the previous resolution and its rating no longer describe it,
      // and the customer may rate the next resolution (the `rated` events keep the history).
      return {
        ...base,
        status: "reopened",
        reopenedAt: event.at,
        reopenCount: state.reopenCount + 1,
        resolvedAt: null,
        closedAt: null,
        resolution: null,
        resolutionSummary: null,
        rating: null,
      };
    case "cancelled":
      return { ...base, status: "cancelled", cancelledAt: event.at, cancelReason: event.data.reason ?? null };
    case "rated":
      return { ...base, rating: event.data };
    case "sla_at_risk":
      return { ...base, slaAtRisk: addOnce(state.slaAtRisk, event.data.target) };
    case "sla_breached":
      return { ...base, slaBreached: addOnce(state.slaBreached, event.data.target) };
    case "follow_up_sent":
      return { ...base, followUpSentAt: event.at };
    default: {
      const unreachable: never = event;
      return unreachable;
    }
  }
}

/**
 * Folds events into a case state, continuing from `state` when given (for incremental
 * projections). Returns `undefined` for no events and no state. Folding all events at once or in
 * any number of batches gives the same state.
 */
export function fold(events: Iterable<CaseEvent>, state?: CaseState): CaseState | undefined {
  let current = state;
  for (const event of events) current = evolve(current, event);
  return current;
}
