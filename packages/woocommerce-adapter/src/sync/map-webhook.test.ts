import { describe, expect, it } from "vitest";
import { order723, order727, order1042 } from "../testing/fixtures.js";
import { mapWooCommerceWebhook } from "./map-webhook.js";

// Bodies are the documented Order resource (what WooCommerce sends for order.* topics with API
// version "WP REST API Integration v3"), changed only where a case needs another status,
// currency or refund.
const updated = (order: Record<string, unknown>) => mapWooCommerceWebhook("order.updated", order);

describe("mapWooCommerceWebhook", () => {
  it("turns each refund of the documented completed order 723 into a refund of its exact size, and reports the fulfilment", () => {
    expect(updated(order723)).toEqual({
      facts: [
        {
          type: "refund_created",
          platform: "woocommerce",
          refundId: "726",
          orderId: "723",
          amount: { amount: 1000, currency: "USD" },
        },
        {
          type: "refund_created",
          platform: "woocommerce",
          refundId: "724",
          orderId: "723",
          amount: { amount: 900, currency: "USD" },
        },
        {
          type: "order_fulfilled",
          platform: "woocommerce",
          orderId: "723",
          fulfilledAt: "2017-03-21T19:54:51.000Z",
        },
      ],
    });
  });

  it("reads refund totals in minor units of the order currency: EUR 2 decimals, JPY none, KWD 3", () => {
    const refundOf = (currency: string, total: string) => {
      const mapping = updated({ ...order727, currency, refunds: [{ id: 801, reason: "Damaged", total }] });
      return mapping.facts.map((f) => (f.type === "refund_created" ? f.amount : null));
    };
    expect(refundOf("EUR", "-12.50")).toEqual([{ amount: 1250, currency: "EUR" }]);
    expect(refundOf("eur", "-0.01")).toEqual([{ amount: 1, currency: "EUR" }]);
    expect(refundOf("JPY", "-1500")).toEqual([{ amount: 1500, currency: "JPY" }]);
    // A JPY shop set to show two decimals still sends whole yen.
    expect(refundOf("JPY", "-1500.00")).toEqual([{ amount: 1500, currency: "JPY" }]);
    expect(refundOf("KWD", "-1.125")).toEqual([{ amount: 1125, currency: "KWD" }]);
    expect(refundOf("EUR", "-19.99")).toEqual([{ amount: 1999, currency: "EUR" }]);
  });

  it("ignores a refund total with more decimals than the currency has, or none at all, with the reason", () => {
    expect(updated({ ...order1042, refunds: [{ id: 9, reason: "", total: "-1.005" }] })).toEqual({
      facts: [],
      ignored: 'order.updated: refund 9 of order 1042 has total "-1.005", not an amount in EUR',
    });
    expect(updated({ ...order1042, refunds: [{ id: 9, reason: "", total: "ten" }] }).facts).toEqual([]);
  });

  it("adds a status fact for an order cancelled or refunded in full, with the number staff know", () => {
    expect(updated({ ...order1042, status: "cancelled", refunds: [] })).toEqual({
      facts: [
        {
          type: "order_status_changed",
          platform: "woocommerce",
          orderId: "1042",
          status: "cancelled",
          message:
            "WooCommerce order #EU-2024-0042 was cancelled there. Cancel this case too if nothing is left to do for the shopper.",
        },
      ],
    });
    // "Refunded" in the admin makes WooCommerce create a refund of what was left: both facts.
    const refunded = updated({
      ...order727,
      status: "refunded",
      refunds: [{ id: 730, reason: "Order fully refunded.", total: "-54.00" }],
    });
    expect(refunded.facts.map((f) => f.type)).toEqual(["refund_created", "order_status_changed"]);
    expect(refunded.facts[0]).toMatchObject({ refundId: "730", amount: { amount: 5400, currency: "USD" } });
  });

  it("ignores an order without refunds in a status that changes nothing, saying why", () => {
    expect(updated(order727)).toEqual({
      facts: [],
      ignored: "order.updated: order 727 is processing and has no refunds",
    });
    expect(updated({ ...order727, refunds: [{ id: 1, reason: "", total: "0.00" }] }).facts).toEqual([]);
  });

  it("never throws for bodies that are not orders", () => {
    expect(updated({ id: 5 } as never)).toEqual({
      facts: [],
      ignored: "order.updated: not an order (status: Invalid input: expected string, received undefined)",
    });
    expect(mapWooCommerceWebhook("order.updated", null).facts).toEqual([]);
    expect(mapWooCommerceWebhook("order.updated", "webhook_id=1").facts).toEqual([]);
    expect(updated({ ...order727, currency: "EURO" })).toEqual({
      facts: [],
      ignored: "order.updated: order 727 has no valid currency",
    });
  });

  it("ignores new and deleted orders and other topics, with the reason", () => {
    expect(mapWooCommerceWebhook("order.created", order727)).toEqual({
      facts: [],
      ignored: "order.created: a new order has no case yet",
    });
    expect(mapWooCommerceWebhook("order.deleted", { id: 727 })).toEqual({
      facts: [],
      ignored: "order.deleted: cases keep the order they were opened for",
    });
    expect(mapWooCommerceWebhook("coupon.changed", { id: 719 })).toEqual({
      facts: [],
      ignored: "coupon.changed: not a topic that changes cases",
    });
  });
});
