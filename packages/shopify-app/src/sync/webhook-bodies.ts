import { numericId } from "../order/order-id.js";
import {
  FAKE_REASON_DEFINITIONS,
  type FakeRefund,
  type FakeReturn,
  type FakeShop,
} from "../testing/fake-admin-api.js";

/**
 * Webhook bodies as Shopify sends them, built from the fake shop's state, for tests: the REST-style
 * JSON of the resource (numeric `id` next to `admin_graphql_api_id`, snake_case, lower-case
 * statuses and reasons, decimal strings for money, instants with the shop's offset).
 */

const ref = (gid: string) => ({ id: Number(numericId(gid)), admin_graphql_api_id: gid });

/** The Return resource of `returns/*` (Shopify's `returns/request` example, with our ids). */
export function returnBody(shop: FakeShop, returnId: string, extra: Record<string, unknown> = {}) {
  const ret: FakeReturn | undefined = shop.returns.get(returnId);
  if (!ret) throw new Error(`no return ${returnId} in the fake shop`);
  const order = shop.orders.get(ret.orderId);
  const index = [...shop.returns.values()].filter((r) => r.orderId === ret.orderId).indexOf(ret) + 1;
  return {
    ...ref(ret.id),
    name: `${order?.name ?? "#0"}-R${index}`,
    status: ret.status.toLowerCase(),
    order: ref(ret.orderId),
    total_return_line_items: ret.lines.reduce((t, l) => t + l.quantity, 0),
    return_line_items: ret.lines.map((line) => ({
      ...ref(line.id),
      fulfillment_line_item: { ...ref(line.fulfillmentLineItemId), line_item: ref(line.lineItemId) },
      quantity: line.quantity,
      return_reason: line.legacyReason?.toLowerCase() ?? "other",
      return_reason_note: "",
      customer_note: line.customerNote ?? null,
      return_reason_definition: line.reasonDefinitionId
        ? {
            ...ref(line.reasonDefinitionId),
            handle: FAKE_REASON_DEFINITIONS.find((d) => d.id === line.reasonDefinitionId)?.handle ?? "other",
          }
        : null,
    })),
    exchange_line_items: [],
    total_exchange_line_items: 0,
    return_shipping_fees: [],
    decline: ret.decline
      ? { reason: ret.decline.reason.toLowerCase(), note: ret.decline.note ?? null }
      : null,
    ...extra,
  };
}

/** The Refund resource of `refunds/create` (one successful `refund` transaction for the amount). */
export function refundBody(shop: FakeShop, orderId: string, refundId: string, gateway = "shopify_payments") {
  const order = shop.orders.get(orderId);
  const refund: FakeRefund | undefined = order?.refunds.find((r) => r.id === refundId);
  if (!order || !refund) throw new Error(`no refund ${refundId} on ${orderId} in the fake shop`);
  const orderNumber = Number(numericId(order.id));
  return {
    ...ref(refund.id),
    order_id: orderNumber,
    created_at: refund.createdAt,
    note: refund.note ?? null,
    restock: false,
    user_id: null,
    processed_at: refund.createdAt,
    return: refund.returnId ? ref(refund.returnId) : null,
    refund_line_items: refund.lines.map((line, i) => ({
      id: 104689539 + i,
      line_item_id: Number(numericId(line.lineItemId)),
      quantity: line.quantity,
      restock_type: "no_restock",
      location_id: null,
      subtotal: refund.amount,
      subtotal_set: {
        shop_money: { amount: refund.amount, currency_code: order.currency },
        presentment_money: { amount: refund.amount, currency_code: order.currency },
      },
    })),
    transactions: [
      {
        id: 245135497,
        order_id: orderNumber,
        kind: "refund",
        gateway,
        status: "success",
        message: "Refunded",
        amount: refund.amount,
        currency: order.currency,
        parent_id: 389404469,
      },
    ],
    order_adjustments: [],
  };
}
