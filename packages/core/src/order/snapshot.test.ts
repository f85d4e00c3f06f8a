import { describe, expect, it } from "vitest";
import { validate } from "../validation.js";
import { linePaid, paidForUnits } from "./lines.js";
import { type OrderSnapshotInput, OrderSnapshotSchema } from "./snapshot.js";

const order: OrderSnapshotInput = {
  platform: "demo",
  id: "gid://demo/Order/1",
  number: "#1001",
  currency: "EUR",
  customer: { id: null, email: "anna@example.de", country: "DE" },
  placedAt: "2026-10-01T10:00:00Z",
  deliveredAt: "2026-10-03T12:30:00Z",
  lines: [
    {
      id: "L1",
      productId: "P1",
      title: "Linen shirt",
      quantity: 3,
      refundableQuantity: 3,
      unitPrice: { amount: 3333, currency: "EUR" },
      discount: { amount: 1000, currency: "EUR" },
    },
  ],
  total: { amount: 8999, currency: "EUR" },
};

describe("OrderSnapshotSchema", () => {
  it("applies defaults for flags, tags, refunds and channel", () => {
    const parsed = OrderSnapshotSchema.parse(order);
    expect(parsed.salesChannel).toBe("online");
    expect(parsed.lines[0]!.flags).toEqual({
      finalSale: false,
      perishable: false,
      customized: false,
      digital: false,
      digitalOpened: false,
      giftCard: false,
      hygiene: false,
      periodical: false,
    });
    expect(parsed.refunds).toEqual([]);
    expect(parsed.lines[0]!.tags).toEqual([]);
  });

  it("names every bad path at once", () => {
    const bad = {
      ...order,
      currency: "eur",
      customer: { id: null, email: "not-an-email" },
      lines: [
        { ...order.lines[0]!, refundableQuantity: 4, unitPrice: { amount: 1.5, currency: "USD" } },
        { ...order.lines[0]! },
      ],
    };
    const result = validate(OrderSnapshotSchema, bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.path).sort()).toEqual([
      "currency",
      "customer.email",
      "lines.0.unitPrice.amount",
    ]);
  });

  it("checks currencies, refundable quantities and duplicate ids together", () => {
    const bad = {
      ...order,
      lines: [
        { ...order.lines[0]!, refundableQuantity: 4, unitPrice: { amount: 100, currency: "USD" } },
        { ...order.lines[0]! },
      ],
    };
    const result = validate(OrderSnapshotSchema, bad);
    expect(result.ok ? [] : result.issues.map((i) => `${i.path}: ${i.message}`)).toEqual([
      "lines.0.unitPrice.currency: must be in the order currency EUR",
      "lines.0.refundableQuantity: cannot exceed the quantity bought",
      "lines.1.id: duplicate line id L1",
    ]);
  });
});

describe("line amounts", () => {
  it("computes what was paid with the discount spread exactly over units", () => {
    const line = OrderSnapshotSchema.parse(order).lines[0]!;
    expect(linePaid(line)).toEqual({ amount: 8999, currency: "EUR" });
    expect(paidForUnits(line, 1)).toEqual({ amount: 3000, currency: "EUR" });
    expect(paidForUnits(line, 2)).toEqual({ amount: 6000, currency: "EUR" });
    expect(paidForUnits(line, 1, 2)).toEqual({ amount: 2999, currency: "EUR" });
    expect(paidForUnits(line, 0)).toEqual({ amount: 0, currency: "EUR" });
  });
});
