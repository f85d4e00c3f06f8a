import { describe, expect, it } from "vitest";
import { afterDelivery, decide, decideLine, eur, line, order } from "../fixtures/eligibility.js";

const now = afterDelivery(5);
const size = (lineId: string) => ({ lineId, quantity: 1, reason: "size" }) as const;

describe("restocking fee rule", () => {
  it("keeps the policy's percent of what was paid, rounded half-up to the minor unit", () => {
    const decided = decideLine(
      { fees: { restockingPercent: 15 } },
      order([line("A", { unitPrice: eur(1999) })]),
      size("A"),
      now,
    );
    expect(decided.fees.restocking).toEqual(eur(300));
    expect(decided.refundable).toEqual(eur(1699));
  });

  it("rounds in the currency's own minor units (KWD has three decimals)", () => {
    const kwd = (amount: number) => ({ amount, currency: "KWD" });
    const snapshot = order([line("A", { unitPrice: kwd(12_345) }, "KWD")], { currency: "KWD" });
    const decided = decideLine({ fees: { restockingPercent: 15 } }, snapshot, size("A"), now);
    expect(decided.fees.restocking).toEqual(kwd(1852));
    expect(decided.refundable).toEqual(kwd(10_493));
  });

  it("is waived for the merchant's faults and says so", () => {
    const decided = decideLine(
      { fees: { restockingPercent: 15 } },
      order([line("A")]),
      { lineId: "A", quantity: 1, reason: "wrong_item", evidence: { photos: 1 } },
      now,
    );
    expect(decided.fees.restocking).toEqual(eur(0));
    expect(decided.reasons).toEqual([
      { code: "fee_waived", params: { fee: "restocking", cause: "merchant_fault" } },
    ]);
  });
});

describe("return shipping fee rule", () => {
  const two = order([line("A", { unitPrice: eur(3000) }), line("B", { unitPrice: eur(1000) })]);

  it("charges one shipment, split over the lines sent back in proportion to what they refund", () => {
    const decision = decide(
      { fees: { returnShipping: { EUR: 495 } } },
      two,
      { lines: [size("A"), size("B")] },
      now,
    );
    expect(decision.lines.map((l) => l.fees.returnShipping.amount)).toEqual([371, 124]);
    expect(decision.lines.map((l) => l.refundable.amount)).toEqual([2629, 876]);
    expect(decision.totals).toEqual({ refundable: eur(3505), fees: eur(495), storeCreditBonus: eur(0) });
  });

  it("splits what remains after restocking, and the totals add up to what was paid", () => {
    const decision = decide(
      { fees: { restockingPercent: 10, returnShipping: { EUR: 495 } } },
      two,
      { lines: [size("A"), size("B")] },
      now,
    );
    expect(
      decision.lines.map((l) => [
        l.fees.restocking.amount,
        l.fees.returnShipping.amount,
        l.refundable.amount,
      ]),
    ).toEqual([
      [300, 371, 2329],
      [100, 124, 776],
    ]);
    expect(decision.totals).toEqual({ refundable: eur(3105), fees: eur(895), storeCreditBonus: eur(0) });
  });

  it("never charges more than a line refunds", () => {
    const decided = decideLine(
      { fees: { returnShipping: { EUR: 495 } } },
      order([line("A", { unitPrice: eur(300) })]),
      size("A"),
      now,
    );
    expect(decided.fees.returnShipping).toEqual(eur(300));
    expect(decided.refundable).toEqual(eur(0));
  });

  it("is waived for the whole parcel when a line in it is the merchant's fault", () => {
    const decision = decide(
      { fees: { restockingPercent: 10, returnShipping: { EUR: 495 } } },
      two,
      { lines: [size("A"), { lineId: "B", quantity: 1, reason: "defective", evidence: { photos: 1 } }] },
      now,
    );
    expect(decision.lines.map((l) => [l.fees.restocking.amount, l.fees.returnShipping.amount])).toEqual([
      [300, 0],
      [0, 0],
    ]);
    expect(decision.lines[0]!.reasons).toEqual([
      { code: "fee_waived", params: { fee: "return_shipping", cause: "merchant_fault" } },
    ]);
  });

  it("is not shared with ineligible lines", () => {
    const snapshot = order([line("A", { unitPrice: eur(3000) }), line("B", { flags: { finalSale: true } })]);
    const decision = decide(
      { fees: { returnShipping: { EUR: 495 } } },
      snapshot,
      { lines: [size("A"), size("B")] },
      now,
    );
    expect(decision.lines.map((l) => l.fees.returnShipping.amount)).toEqual([495, 0]);
    expect(decision.totals.fees).toEqual(eur(495));
  });

  it("charges nothing in a currency the policy names no fee for, and names no waiver", () => {
    const yen = order([line("A", { unitPrice: { amount: 5000, currency: "JPY" } }, "JPY")], {
      currency: "JPY",
    });
    const decided = decideLine({ fees: { returnShipping: { EUR: 495 } } }, yen, size("A"), now);
    expect(decided.fees).toEqual({
      restocking: { amount: 0, currency: "JPY" },
      returnShipping: { amount: 0, currency: "JPY" },
    });
    expect(decided.refundable).toEqual({ amount: 5000, currency: "JPY" });
    expect(decided.reasons).toEqual([]);
  });
});
