import { newId } from "../clock.js";
import type { Queryable } from "./db.js";

/** A message to deliver after the transaction that produced it commits. */
export interface OutboxMessage {
  readonly topic: string;
  readonly payload: unknown;
  /** Earliest delivery (defaults to now: scheduled follow-ups use a later instant). */
  readonly notBefore?: string;
}

/** A claimed outbox row. */
export interface OutboxRow {
  readonly id: string;
  readonly tenantId: string;
  readonly topic: string;
  readonly payload: unknown;
  readonly attempts: number;
}

/** Adds messages to the outbox inside the caller's transaction (they commit or vanish with it). */
export async function enqueue(
  tx: Queryable,
  tenantId: string,
  messages: readonly OutboxMessage[],
  now: string,
): Promise<void> {
  for (const m of messages) {
    await tx.query(
      `INSERT INTO outbox (id, tenant_id, topic, payload, created_at, next_attempt_at)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [newId("obx"), tenantId, m.topic, JSON.stringify(m.payload), now, m.notBefore ?? now],
    );
  }
}

/**
 * Claims up to `limit` due messages for `worker`. `FOR UPDATE SKIP LOCKED` lets several
 * dispatchers run at once without taking the same row; a claim older than `leaseMs` (a worker that
 * died) may be taken again, which is why handlers must be idempotent.
 */
export async function claimDue(
  db: Queryable,
  input: { worker: string; now: string; limit: number; leaseMs: number },
): Promise<OutboxRow[]> {
  const staleBefore = new Date(Date.parse(input.now) - input.leaseMs).toISOString();
  const { rows } = await db.query<{
    id: string;
    tenant_id: string;
    topic: string;
    payload: unknown;
    attempts: number;
  }>(
    `UPDATE outbox SET locked_by = $1, locked_at = $2, attempts = attempts + 1
     WHERE id IN (
       SELECT id FROM outbox
       WHERE delivered_at IS NULL AND failed_at IS NULL AND next_attempt_at <= $2
         AND (locked_at IS NULL OR locked_at < $3)
       ORDER BY next_attempt_at, id
       LIMIT $4
       FOR UPDATE SKIP LOCKED
     )
     RETURNING id, tenant_id, topic, payload, attempts`,
    [input.worker, input.now, staleBefore, input.limit],
  );
  return rows.map((r) => ({
    id: r.id,
    tenantId: r.tenant_id,
    topic: r.topic,
    payload: r.payload,
    attempts: r.attempts,
  }));
}

/** Marks a claimed message delivered. */
export async function markDelivered(db: Queryable, id: string, worker: string, now: string): Promise<void> {
  await db.query(
    "UPDATE outbox SET delivered_at = $3, locked_by = NULL, locked_at = NULL WHERE id = $1 AND locked_by = $2",
    [id, worker, now],
  );
}

/** Releases a claimed message for a later attempt, or gives up on it (`retryAt` null). */
export async function markFailed(
  db: Queryable,
  input: { id: string; worker: string; error: string; retryAt: string | null; now: string },
): Promise<void> {
  await db.query(
    `UPDATE outbox SET locked_by = NULL, locked_at = NULL, last_error = $3,
       next_attempt_at = COALESCE($4, next_attempt_at),
       failed_at = CASE WHEN $4::timestamptz IS NULL THEN $5::timestamptz ELSE NULL END
     WHERE id = $1 AND locked_by = $2`,
    [input.id, input.worker, input.error.slice(0, 2000), input.retryAt, input.now],
  );
}
