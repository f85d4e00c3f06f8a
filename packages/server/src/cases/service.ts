import {
  type CaseActor,
  type CaseCommandInput,
  type CaseEvent,
  type CaseState,
  decide,
  fold,
  type Rejection,
  type SlaEvaluation,
} from "@aftersales/core";
import { newId } from "../clock.js";
import { evaluateStoreSla, projectionSla } from "../sla/setup.js";
import { type IdempotencyAnswer, loadCaseEvents, writeCaseChange } from "../storage/case-events.js";
import type { Db, Queryable } from "../storage/db.js";
import { isPgError, UNIQUE_VIOLATION } from "../storage/db.js";

/** The case after a write, with every event (old and new). */
export interface CaseSnapshot {
  readonly state: CaseState;
  readonly events: readonly CaseEvent[];
  /** The events this write appended. */
  readonly appended: readonly CaseEvent[];
  /** The SLA evaluation at the write's instant (null when none could be made). */
  readonly sla: SlaEvaluation | null;
  /** The recorded idempotent answer's exact text, when the write recorded one. */
  readonly answerText?: string;
}

/** The outcome of a command: the case after it, or why nothing happened. */
export type CommandOutcome =
  | ({ readonly ok: true } & CaseSnapshot)
  | { readonly ok: false; readonly kind: "rejected"; readonly rejection: Rejection }
  | { readonly ok: false; readonly kind: "not_found" }
  | { readonly ok: false; readonly kind: "version_conflict"; readonly currentVersion: number };

/** What one write needs. */
export interface CaseCommandRequest {
  readonly tenantId: string;
  readonly caseId: string;
  readonly command: CaseCommandInput;
  readonly actor: CaseActor;
  /** ISO instant of the write. */
  readonly now: string;
  /** The version the caller saw (`If-Match`); a different current version is a conflict. */
  readonly expectedVersion?: number;
  /** Refuses to touch a case that is not on this order (customers only see their order's cases). */
  readonly orderId?: string;
  /** The case id was just generated for `open_case`: skip reading its (non-existent) events. */
  readonly fresh?: boolean;
}

/** Evaluates a case's SLA after a write (its figures go on the `cases` projection). */
export type SlaEvaluator = (
  tx: Queryable,
  tenantId: string,
  events: readonly CaseEvent[],
  now: string,
) => Promise<SlaEvaluation | null>;

/** The default evaluator: the store's SLA policy at the write's instant. */
export const storeSla: SlaEvaluator = (tx, tenantId, events, now) =>
  evaluateStoreSla(tx, tenantId, events, now);

/** The outbox topic that fans new case events out to email and webhooks. */
export const CASE_EVENTS_TOPIC = "case_events";

/**
 * Runs one command inside `tx`: load the events, fold, decide (core), append the new events with
 * the next `seq`, rewrite the projection, and queue the notifications — all or nothing. A writer
 * that lost the race on `seq` gets a unique violation from the database; see {@link runCaseCommand}.
 */
export async function applyCaseCommand(
  tx: Queryable,
  request: CaseCommandRequest,
  sla: SlaEvaluator = storeSla,
  /**
   * Builds the answer to record under an idempotency key in the same statement as the change, so
   * a create is one round trip (a duplicate fails on the key and the whole statement is undone).
   */
  answer?: (
    snapshot: Omit<CaseSnapshot, "answerText">,
  ) => Promise<Omit<IdempotencyAnswer, "bodyText"> & { body: unknown }>,
): Promise<CommandOutcome> {
  // A case opened under a fresh id has no events to read.
  const events = request.fresh ? [] : await loadCaseEvents(tx, request.tenantId, request.caseId);
  const state = fold(events);
  const opening = (request.command as { type?: unknown }).type === "open_case";
  if (!opening && (!state || (request.orderId !== undefined && state.order?.id !== request.orderId))) {
    return { ok: false, kind: "not_found" };
  }
  if (state && request.expectedVersion !== undefined && state.version !== request.expectedVersion) {
    return { ok: false, kind: "version_conflict", currentVersion: state.version };
  }
  const decision = decide(state, request.command, {
    now: request.now,
    actor: request.actor,
    caseId: request.caseId,
  });
  if (!decision.ok) return { ok: false, kind: "rejected", rejection: decision.rejection };
  const appended = decision.events;
  const all = [...events, ...appended];
  const next = fold(appended, state);
  if (!next) throw new Error("fold of a non-empty stream returned no state");
  const evaluation = await sla(tx, request.tenantId, all, request.now);
  const snapshot = { state: next, events: all, appended, sla: evaluation };
  const recorded = answer ? await answer(snapshot) : undefined;
  const idempotency = recorded && {
    scope: recorded.scope,
    key: recorded.key,
    requestHash: recorded.requestHash,
    status: recorded.status,
    bodyText: JSON.stringify(recorded.body),
  };
  await writeCaseChange(tx, {
    ...(idempotency ? { idempotency } : {}),
    tenantId: request.tenantId,
    events: appended,
    state: next,
    sla: evaluation ? projectionSla(evaluation) : null,
    outbox: {
      id: newId("obx"),
      topic: CASE_EVENTS_TOPIC,
      payload: { caseId: next.id, seqs: appended.map((e) => e.seq) },
    },
    now: request.now,
  });
  return { ok: true, ...snapshot, ...(idempotency ? { answerText: idempotency.bodyText } : {}) };
}

/**
 * Runs a command in its own transaction. When another writer appended first (unique violation on
 * `(tenant, case, seq)`), the answer is `version_conflict` — or, with `retryOnConflict`, the
 * command is decided once more over the newer state (for internal writes that are safe to redo,
 * such as the SLA sweeper's flags).
 */
export async function runCaseCommand(
  db: Db,
  request: CaseCommandRequest,
  options: {
    sla?: SlaEvaluator;
    retryOnConflict?: boolean;
    /** More writes in the same transaction after a successful command (throw to roll all back). */
    after?: (tx: Queryable, snapshot: CaseSnapshot) => Promise<void>;
  } = {},
): Promise<CommandOutcome> {
  const attempts = options.retryOnConflict ? 2 : 1;
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction(async (tx) => {
        const outcome = await applyCaseCommand(tx, request, options.sla);
        if (outcome.ok && options.after) await options.after(tx, outcome);
        return outcome;
      });
    } catch (error) {
      if (!isPgError(error, UNIQUE_VIOLATION)) throw error;
      if (attempt >= attempts) {
        const events = await loadCaseEvents(db, request.tenantId, request.caseId);
        return { ok: false, kind: "version_conflict", currentVersion: events.length };
      }
    }
  }
}

/** The case as it stands (null for an unknown case or another tenant's). */
export async function loadCase(
  db: Queryable,
  tenantId: string,
  caseId: string,
): Promise<{ state: CaseState; events: CaseEvent[] } | null> {
  const events = await loadCaseEvents(db, tenantId, caseId);
  const state = fold(events);
  return state ? { state, events } : null;
}
