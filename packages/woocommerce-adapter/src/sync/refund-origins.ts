import { IDEMPOTENCY_META_KEY } from "../actions/refund.js";
import type { WooCommerceClient } from "../client/client.js";
import { WooCommerceError } from "../client/errors.js";
import { WooRefundSchema } from "../client/payloads.js";
import { gmtInstant } from "../order/dates.js";

/** Where a WooCommerce refund came from, as far as the case sync needs to know. */
export interface WooRefundOrigin {
  /** Made by our refund action (it carries our idempotency key in its meta). */
  readonly ours: boolean;
  /** When WooCommerce created it (UTC), if readable. */
  readonly createdAt: string | undefined;
  /** The payment gateway paid it back (`refunded_payment`); otherwise it was recorded only. */
  readonly refundedPayment: boolean;
}

/** The origins of an order's refunds by refund id, or why they could not be read. */
export type WooRefundOrigins =
  | { readonly ok: true; readonly refunds: ReadonlyMap<string, WooRefundOrigin> }
  | { readonly ok: false; readonly retryable: boolean; readonly message: string };

/**
 * Reads an order's refunds (`GET /orders/<id>/refunds`) to tell the refunds our staff made through
 * Aftersales from those made in the WooCommerce admin. The order webhook's `refunds` summary has
 * only id, reason and total; the refund resource has our idempotency key in `meta_data` and
 * whether the gateway paid it. Outages are values (`retryable`), not errors.
 */
export async function readRefundOrigins(
  client: WooCommerceClient,
  orderId: string,
): Promise<WooRefundOrigins> {
  try {
    const refunds = await client.list(`orders/${orderId}/refunds`, WooRefundSchema);
    return {
      ok: true,
      refunds: new Map(
        refunds.map((refund) => [
          String(refund.id),
          {
            ours: refund.meta_data.some((entry) => entry.key === IDEMPOTENCY_META_KEY),
            createdAt: gmtInstant(refund.date_created_gmt),
            refundedPayment: refund.refunded_payment,
          },
        ]),
      ),
    };
  } catch (error) {
    if (!(error instanceof WooCommerceError)) throw error;
    return { ok: false, retryable: error.retryable, message: error.message };
  }
}
