import type { CaseEvent, CaseState } from "@aftersales/core";
import type { Queryable } from "./db.js";

interface EventRow {
  case_id: string;
  seq: number;
  type: string;
  at: string;
  actor: unknown;
  visibility: string;
  data: unknown;
}

const toEvent = (r: EventRow): CaseEvent =>
  ({
    caseId: r.case_id,
    seq: r.seq,
    type: r.type,
    at: r.at,
    actor: r.actor,
    visibility: r.visibility,
    data: r.data,
  }) as CaseEvent;

/** Every event of one case, in `seq` order (empty for an unknown case or another tenant's). */
export async function loadCaseEvents(db: Queryable, tenantId: string, caseId: string): Promise<CaseEvent[]> {
  const { rows } = await db.query<EventRow>(
    `SELECT case_id, seq, type, at, actor, visibility, data FROM case_events
     WHERE tenant_id = $1 AND case_id = $2 ORDER BY seq`,
    [tenantId, caseId],
  );
  return rows.map(toEvent);
}

/** The SLA figures kept on the projection for sorting and for the sweeper. */
export interface ProjectionSla {
  readonly firstResponseDueAt: string | null;
  readonly resolutionDueAt: string | null;
  /** When the sweeper should look at the case next (the earliest at-risk or due instant). */
  readonly nextCheckAt: string | null;
  /** Worst state over the targets (`breached`, `at_risk`, `active`, `paused`, `met`). */
  readonly state: string | null;
  readonly detail: unknown;
}

/** Collects `$n` parameters for one statement. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

function eventRows(params: Params, tenantId: string, events: readonly CaseEvent[]): string {
  return events
    .map((e) => {
      const v = [
        tenantId,
        e.caseId,
        e.seq,
        e.type,
        e.at,
        JSON.stringify(e.actor),
        e.visibility,
        JSON.stringify(e.data),
      ];
      return `(${v.map((x) => params.add(x)).join(", ")})`;
    })
    .join(", ");
}

function projectionInsert(
  params: Params,
  tenantId: string,
  state: CaseState,
  sla: ProjectionSla | null,
  opening: boolean,
): string {
  const searchText = [
    state.id,
    state.subject,
    state.description,
    state.order?.number,
    state.customer.email,
    state.customer.name,
  ]
    .filter(Boolean)
    .join(" ")
    .toLowerCase();
  const values = [
    tenantId,
    state.id,
    state.kind,
    state.status,
    state.itemProgress,
    state.category,
    state.priority,
    state.channel,
    state.assigneeId,
    state.order?.id ?? null,
    state.order?.number ?? null,
    state.customer.email.toLowerCase(),
    state.subject,
    state.openedAt,
    state.updatedAt,
    sla?.firstResponseDueAt ?? null,
    sla?.resolutionDueAt ?? null,
    sla?.nextCheckAt ?? null,
    sla?.state ?? null,
    sla ? JSON.stringify(sla.detail) : null,
    searchText,
    state.version,
  ].map((v) => params.add(v));
  return `INSERT INTO cases (tenant_id, id, kind, status, item_progress, category, priority, channel, assignee_id,
       order_id, order_number, customer_email, subject, opened_at, updated_at, first_response_due_at,
       resolution_due_at, next_check_at, sla_state, sla, search_text, version)
     VALUES (${values.join(", ")})${
       // A new case has no row yet: a plain insert skips the conflict probe and speculative insertion.
       opening
         ? ""
         : `
     ON CONFLICT (tenant_id, id) DO UPDATE SET
       status = EXCLUDED.status, item_progress = EXCLUDED.item_progress, category = EXCLUDED.category,
       priority = EXCLUDED.priority, assignee_id = EXCLUDED.assignee_id, subject = EXCLUDED.subject,
       updated_at = EXCLUDED.updated_at, first_response_due_at = EXCLUDED.first_response_due_at,
       resolution_due_at = EXCLUDED.resolution_due_at, next_check_at = EXCLUDED.next_check_at,
       sla_state = EXCLUDED.sla_state, sla = EXCLUDED.sla, search_text = EXCLUDED.search_text,
       version = EXCLUDED.version`
     }`;
}

/** An answer recorded under an idempotency key together with the change that produced it. */
export interface IdempotencyAnswer {
  readonly scope: string;
  readonly key: string;
  readonly requestHash: string;
  readonly status: number;
  readonly bodyText: string;
}

/** One outbox row to write with a case change. */
export interface CaseOutboxRow {
  readonly id: string;
  readonly topic: string;
  readonly payload: unknown;
}

/**
 * Writes one case change in a single statement: the new events, the projection and an outbox row.
 * The event insert carries the optimistic concurrency check (a unique violation on `seq` aborts the
 * whole statement), and one round trip instead of three keeps the transaction short.
 */
export async function writeCaseChange(
  tx: Queryable,
  input: {
    tenantId: string;
    events: readonly CaseEvent[];
    state: CaseState;
    sla: ProjectionSla | null;
    outbox: CaseOutboxRow;
    now: string;
    /** The answer to record under an idempotency key in the same statement. */
    idempotency?: IdempotencyAnswer;
  },
): Promise<void> {
  const params = new Params();
  const events = eventRows(params, input.tenantId, input.events);
  const opening = input.events[0]?.seq === 1;
  const projection = projectionInsert(params, input.tenantId, input.state, input.sla, opening);
  const o = [
    input.outbox.id,
    input.tenantId,
    input.outbox.topic,
    JSON.stringify(input.outbox.payload),
    input.now,
    input.now,
  ].map((v) => params.add(v));
  const key = input.idempotency;
  const keyed = key
    ? `, keyed AS (
       INSERT INTO idempotency_keys (tenant_id, scope, key, request_hash, response_status, response_body, created_at)
       VALUES (${[input.tenantId, key.scope, key.key, key.requestHash, key.status, key.bodyText, input.now].map((v) => params.add(v)).join(", ")})
     )`
    : "";
  await tx.query(
    `WITH appended AS (
       INSERT INTO case_events (tenant_id, case_id, seq, type, at, actor, visibility, data) VALUES ${events}
     ), projected AS (
       ${projection}
     )${keyed}
     INSERT INTO outbox (id, tenant_id, topic, payload, created_at, next_attempt_at) VALUES (${o.join(", ")})`,
    params.values,
  );
}
