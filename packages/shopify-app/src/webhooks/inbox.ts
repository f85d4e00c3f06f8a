import type { PlatformEvent } from "@aftersales/core";
import type { Queryable } from "@aftersales/server";

/**
 * Records a delivery in the server's `webhook_inbox` (keyed by tenant, platform and delivery id).
 * True the first time, false for a repeat, so a retried or duplicated delivery is processed once.
 */
export async function recordDelivery(
  db: Queryable,
  tenantKey: string,
  event: PlatformEvent,
  receivedAt: string,
): Promise<boolean> {
  const { rowCount } = await db.query(
    `INSERT INTO webhook_inbox (tenant_id, platform, delivery_id, topic, payload, received_at)
     VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
    [tenantKey, event.platform, event.deliveryId, event.topic, JSON.stringify(event), receivedAt],
  );
  return rowCount === 1;
}

/** Marks a delivery processed. */
export async function markProcessed(
  db: Queryable,
  tenantKey: string,
  event: PlatformEvent,
  at: string,
): Promise<void> {
  await db.query(
    "UPDATE webhook_inbox SET processed_at = $4 WHERE tenant_id = $1 AND platform = $2 AND delivery_id = $3",
    [tenantKey, event.platform, event.deliveryId, at],
  );
}

/**
 * Deliveries accepted but not processed (the process stopped after the 200, or processing failed
 * and may succeed later), oldest first; with `receivedBefore`, only those received before it, so
 * a periodic drain leaves the deliveries being processed right now alone.
 */
export async function pendingDeliveries(
  db: Queryable,
  limit = 100,
  receivedBefore?: string,
): Promise<{ tenantKey: string; event: PlatformEvent }[]> {
  const { rows } = await db.query<{ tenant_id: string; payload: PlatformEvent }>(
    `SELECT tenant_id, payload FROM webhook_inbox WHERE platform = 'shopify' AND processed_at IS NULL
     AND ($2::timestamptz IS NULL OR received_at < $2::timestamptz)
     ORDER BY received_at LIMIT $1`,
    [limit, receivedBefore ?? null],
  );
  return rows.map((r) => ({ tenantKey: r.tenant_id, event: r.payload }));
}
