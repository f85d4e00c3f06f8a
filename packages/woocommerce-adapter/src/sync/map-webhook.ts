import { type Currency, CurrencySchema, parseMoney } from "@aftersales/core";
import { gmtInstant } from "../order/dates.js";
import { WOOCOMMERCE_PLATFORM as WOOCOMMERCE } from "../order/map-order.js";
import { ignore, type WooCaseFact, type WooWebhookMapping } from "./mapping.js";
import { type WooOrderWebhook, WooOrderWebhookSchema } from "./payloads.js";

/** Order statuses after which nothing more happens to the order unless staff reopen it. */
const ENDED = {
  cancelled: "was cancelled there. Cancel this case too if nothing is left to do for the shopper.",
  refunded: "was refunded in full there. Record the outcome on this case and resolve it.",
} as const;

/**
 * A WooCommerce webhook (our platform topic, parsed body) → facts for the cases.
 *
 * - `order.updated`: every refund in the order's `refunds` summary becomes a refund fact (the case
 *   sync records each refund id once, so refunds seen in earlier deliveries change nothing);
 *   `cancelled` and `refunded` add a status fact (an internal note on the order's open cases);
 *   `completed` reports the fulfilment instant (`date_completed_gmt`).
 * - `order.created`: a new order has no case yet; ignored.
 * - `order.deleted`: the body is only `{ id }`; cases keep their copy of the order; ignored.
 *
 * A body that is not an order, or a refund total that is not a decimal in the order's currency,
 * is a reason to ignore, never an error.
 */
export function mapWooCommerceWebhook(topic: string, body: unknown): WooWebhookMapping {
  switch (topic) {
    case "order.updated":
      return mapOrderUpdated(body);
    case "order.created":
      return ignore("order.created: a new order has no case yet");
    case "order.deleted":
      return ignore("order.deleted: cases keep the order they were opened for");
    default:
      return ignore(`${topic}: not a topic that changes cases`);
  }
}

function mapOrderUpdated(body: unknown): WooWebhookMapping {
  const parsed = WooOrderWebhookSchema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return ignore(`order.updated: not an order (${issue?.path.join(".") || "body"}: ${issue?.message})`);
  }
  const order = parsed.data;
  const currency = CurrencySchema.safeParse(order.currency.toUpperCase());
  if (!currency.success) return ignore(`order.updated: order ${order.id} has no valid currency`);
  const facts: WooCaseFact[] = [];
  for (const refund of order.refunds) {
    const fact = refundFact(order, refund, currency.data as Currency);
    if (typeof fact === "string") return ignore(fact);
    if (fact) facts.push(fact);
  }
  const status = order.status.toLowerCase();
  if (status === "cancelled" || status === "refunded") {
    const name = order.number ? `#${order.number}` : order.id;
    facts.push({
      type: "order_status_changed",
      platform: WOOCOMMERCE,
      orderId: order.id,
      status,
      message: `WooCommerce order ${name} ${ENDED[status]}`,
    });
  }
  if (status === "completed") {
    const fulfilledAt = gmtInstant(order.date_completed_gmt);
    facts.push({
      type: "order_fulfilled",
      platform: WOOCOMMERCE,
      orderId: order.id,
      ...(fulfilledAt ? { fulfilledAt } : {}),
    });
  }
  if (facts.length === 0) {
    return ignore(`order.updated: order ${order.id} is ${status} and has no refunds`);
  }
  return { facts };
}

/**
 * One entry of the order's `refunds` → a refund fact with the exact amount in minor units of the
 * order currency. A zero refund moved no money (no fact); an unreadable total → the reason.
 */
function refundFact(
  order: WooOrderWebhook,
  refund: WooOrderWebhook["refunds"][number],
  currency: Currency,
): WooCaseFact | string | undefined {
  let minor: number;
  try {
    minor = parseMoney(refund.total, currency).amount;
  } catch {
    return `order.updated: refund ${refund.id} of order ${order.id} has total "${refund.total}", not an amount in ${currency}`;
  }
  // WooCommerce reports refund totals as negative numbers; the money that went back is its size.
  const amount = Math.abs(minor);
  if (amount === 0) return undefined;
  return {
    type: "refund_created",
    platform: WOOCOMMERCE,
    refundId: refund.id,
    orderId: order.id,
    amount: { amount, currency },
  };
}
