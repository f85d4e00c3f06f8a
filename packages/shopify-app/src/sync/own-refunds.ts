import type { Queryable } from "@aftersales/server";

/** How long a refund made by a staff action is left to that action to record (ten minutes). */
export const OWN_REFUND_GRACE_MS = 10 * 60_000;

/**
 * Whether a Shopify refund was made by this app (a staff refund through `POST
 * /v1/staff/cases/{id}/actions`) less than {@link OWN_REFUND_GRACE_MS} before `now` and is not on
 * any case yet. Shopify sends `refunds/create` as soon as the refund exists, which can be before
 * the staff action has written `refund_issued` with the refund id; recording it from the webhook
 * then would record it twice. The Shopify actions keep the first result of every refund in
 * `idempotency_keys` (scope `shopify:refund`) before the action writes the case, so such a refund
 * is left to the action: the delivery stays in the inbox and `drain()` finds it recorded. After
 * the grace period the action is taken to have failed and the webhook records the refund itself.
 */
export async function ownRefundNotRecordedYet(
  db: Queryable,
  tenantId: string,
  refundId: string,
  now: string,
): Promise<boolean> {
  const since = new Date(Date.parse(now) - OWN_REFUND_GRACE_MS).toISOString();
  const ours = await db.query(
    `SELECT 1 FROM idempotency_keys WHERE tenant_id = $1 AND scope = 'shopify:refund'
     AND response_body LIKE $2 AND created_at > $3 LIMIT 1`,
    [tenantId, `%"refundId":${JSON.stringify(refundId)}%`, since],
  );
  if (ours.rows.length === 0) return false;
  const recorded = await db.query(
    `SELECT 1 FROM case_events WHERE tenant_id = $1 AND type = 'refund_issued'
     AND data->>'platformRefundId' = $2 LIMIT 1`,
    [tenantId, refundId],
  );
  return recorded.rows.length === 0;
}
