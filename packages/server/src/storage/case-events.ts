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

/**
 * Appends events in one statement. The primary key (tenant, case, seq) is the optimistic
 * concurrency check: when another writer appended the same `seq` first, this throws a unique
 * violation (SQLSTATE 23505) and the caller's transaction rolls back.
 */
export async function appendCaseEvents(
  tx: Queryable,
  tenantId: string,
  events: readonly CaseEvent[],
): Promise<void> {
  if (events.length === 0) return;
  const params: unknown[] = [];
  const values = events.map((e) => {
    params.push(
      tenantId,
      e.caseId,
      e.seq,
      e.type,
      e.at,
      JSON.stringify(e.actor),
      e.visibility,
      JSON.stringify(e.data),
    );
    const n = params.length;
    return `($${n - 7}, $${n - 6}, $${n - 5}, $${n - 4}, $${n - 3}, $${n - 2}, $${n - 1}, $${n})`;
  });
  await tx.query(
    `INSERT INTO case_events (tenant_id, case_id, seq, type, at, actor, visibility, data) VALUES ${values.join(", ")}`,
    params,
  );
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

/** Writes the `cases` row for `state` (insert or replace), in the caller's transaction. */
export async function saveCaseProjection(
  tx: Queryable,
  tenantId: string,
  state: CaseState,
  sla: ProjectionSla | null,
): Promise<void> {
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
  await tx.query(
    `INSERT INTO cases (tenant_id, id, kind, status, item_progress, category, priority, channel, assignee_id,
       order_id, order_number, customer_email, subject, opened_at, updated_at, first_response_due_at,
       resolution_due_at, next_check_at, sla_state, sla, search_text, version)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22)
     ON CONFLICT (tenant_id, id) DO UPDATE SET
       status = EXCLUDED.status, item_progress = EXCLUDED.item_progress, category = EXCLUDED.category,
       priority = EXCLUDED.priority, assignee_id = EXCLUDED.assignee_id, subject = EXCLUDED.subject,
       updated_at = EXCLUDED.updated_at, first_response_due_at = EXCLUDED.first_response_due_at,
       resolution_due_at = EXCLUDED.resolution_due_at, next_check_at = EXCLUDED.next_check_at,
       sla_state = EXCLUDED.sla_state, sla = EXCLUDED.sla, search_text = EXCLUDED.search_text,
       version = EXCLUDED.version`,
    [
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
    ],
  );
}
