import {
  matchOrderCredentials,
  type OrderSnapshot,
  OrderSnapshotSchema,
  type OrderSource,
} from "@aftersales/core";

/** A small order for HTTP tests: two lines, delivered to Germany. */
export const anna: OrderSnapshot = OrderSnapshotSchema.parse({
  platform: "test",
  id: "o-1001",
  number: "#1001",
  currency: "EUR",
  customer: { id: "c1", email: "anna@example.de", firstName: "Anna", country: "DE" },
  placedAt: "2026-11-01T10:00:00.000Z",
  fulfilledAt: "2026-11-02T10:00:00.000Z",
  deliveredAt: "2026-11-04T10:00:00.000Z",
  shippingAddress: { country: "DE" },
  lines: [
    {
      id: "L1",
      productId: "p1",
      title: "Linen shirt",
      variantTitle: "M / Blue",
      sku: "LS-M-B",
      quantity: 2,
      refundableQuantity: 2,
      unitPrice: { amount: 4990, currency: "EUR" },
    },
    {
      id: "L2",
      productId: "p2",
      title: "Socks",
      quantity: 1,
      refundableQuantity: 1,
      unitPrice: { amount: 990, currency: "EUR" },
    },
  ],
  total: { amount: 10970, currency: "EUR" },
});

/** A second shopper's order. */
export const bo: OrderSnapshot = OrderSnapshotSchema.parse({
  ...anna,
  id: "o-1002",
  number: "#1002",
  customer: { id: "c2", email: "bo@example.com", country: "DE" },
});

/** An in-memory order source over fixed snapshots. */
export function fixedOrderSource(orders: readonly OrderSnapshot[]): OrderSource {
  return {
    platform: "test",
    async getOrder(orderId) {
      const order = orders.find((o) => o.id === orderId);
      return order ? { ok: true, order } : { ok: false, reason: "not_found" };
    },
    async findOrder(query) {
      for (const order of orders) {
        const match = matchOrderCredentials(order, query);
        if (match.ok || match.reason === "email_mismatch") return match;
      }
      return { ok: false, reason: "not_found" };
    },
  };
}
