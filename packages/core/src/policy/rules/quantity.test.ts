import { describe, expect, it } from "vitest";
import { afterDelivery, decideLine, line, order } from "../fixtures/eligibility.js";

const now = afterDelivery(5);
// 3 × 19.99 − 5.00 = 54.97, spread 18.33 + 18.32 + 18.32.
const shirts = (extra: Parameters<typeof line>[1] = {}) =>
  line("A", {
    quantity: 3,
    unitPrice: { amount: 1999, currency: "EUR" },
    discount: { amount: 500, currency: "EUR" },
    ...extra,
  });
const ask = (quantity: number) => ({ lineId: "A", quantity, reason: "size" }) as const;
const refund = (quantity: number, id = "R1") => ({
  id,
  createdAt: afterDelivery(1),
  amount: { amount: 1832 * quantity, currency: "EUR" },
  lines: [{ lineId: "A", quantity }],
});

describe("quantity rule", () => {
  it("refunds what was paid for the units, with the discount spread exactly", () => {
    const decided = decideLine({}, order([shirts()]), ask(2), now);
    expect(decided).toMatchObject({ quantity: 2, requestedQuantity: 2, status: "auto_approve" });
    expect(decided.paid).toEqual({ amount: 3665, currency: "EUR" });
    expect(decided.refundable).toEqual({ amount: 3665, currency: "EUR" });
    expect(decideLine({}, order([shirts()]), ask(3), now).refundable.amount).toBe(5497);
  });

  it("counts earlier refunds and takes the units after them", () => {
    const snapshot = order([shirts({ refundableQuantity: 2 })], { refunds: [refund(1)] });
    const decided = decideLine({}, snapshot, ask(2), now);
    expect(decided.quantity).toBe(2);
    expect(decided.paid).toEqual({ amount: 3664, currency: "EUR" });
    expect(decided.reasons).toEqual([]);
  });

  it("never returns more than the refundable units and says so", () => {
    const snapshot = order([shirts({ refundableQuantity: 2 })], { refunds: [refund(1)] });
    const decided = decideLine({}, snapshot, ask(3), now);
    expect(decided).toMatchObject({ quantity: 2, requestedQuantity: 3, status: "auto_approve" });
    expect(decided.reasons).toEqual([
      { code: "quantity_exceeds_refundable", params: { requested: 3, refundable: 2 } },
    ]);
    expect(decided.refundable.amount).toBe(3664);
  });

  it("does not trust a stale refundable quantity over the refunds and pending returns listed", () => {
    const snapshot = order([shirts()], {
      refunds: [refund(1)],
      returns: [
        { id: "RT1", createdAt: afterDelivery(2), status: "OPEN", lines: [{ lineId: "A", quantity: 1 }] },
        { id: "RT2", createdAt: afterDelivery(2), status: "declined", lines: [{ lineId: "A", quantity: 1 }] },
        { id: "RT3", createdAt: afterDelivery(2), status: "closed", lines: [{ lineId: "A", quantity: 1 }] },
      ],
    });
    const decided = decideLine({}, snapshot, ask(3), now);
    expect(decided.quantity).toBe(1);
    expect(decided.paid.amount).toBe(1832);
    expect(decided.reasons).toEqual([
      { code: "quantity_exceeds_refundable", params: { requested: 3, refundable: 1 } },
    ]);
  });

  it("refuses a line with nothing left to refund", () => {
    const snapshot = order([shirts({ refundableQuantity: 0 })]);
    const decided = decideLine({}, snapshot, ask(1), now);
    expect(decided).toMatchObject({ status: "ineligible", quantity: 0 });
    expect(decided.paid).toEqual({ amount: 0, currency: "EUR" });
    expect(decided.reasons).toEqual([{ code: "nothing_refundable", params: { requested: 1 } }]);
  });

  it("ignores refunds of other lines", () => {
    const other = { ...refund(1), lines: [{ lineId: "B", quantity: 1 }] };
    const snapshot = order([shirts(), line("B")], { refunds: [other] });
    expect(decideLine({}, snapshot, ask(3), now).quantity).toBe(3);
  });
});
