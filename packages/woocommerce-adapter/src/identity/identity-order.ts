import type { OrderLookup, OrderSource } from "@aftersales/core";
import type { VerifiedIdentity } from "./identity-token.js";

/**
 * The order a verified WordPress identity opens: the token's `order`, read from the source and
 * accepted only when it belongs to that customer (same WooCommerce customer id). A token without an
 * order, or naming someone else's order, is `not_found` — the same answer as a wrong order number.
 */
export async function resolveIdentityOrder(
  identity: VerifiedIdentity,
  source: OrderSource,
): Promise<OrderLookup> {
  if (!identity.orderId)
    return { ok: false, reason: "not_found", message: "The identity token names no order" };
  const lookup = await source.getOrder(identity.orderId);
  if (!lookup.ok) return lookup;
  if (lookup.order.customer.id !== identity.customerId) {
    return {
      ok: false,
      reason: "not_found",
      message: `Order ${identity.orderId} belongs to another customer`,
    };
  }
  return lookup;
}
