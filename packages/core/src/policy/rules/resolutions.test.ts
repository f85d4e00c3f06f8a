import { describe, expect, it } from "vitest";
import { afterDelivery, decide, decideLine, eur, line, order } from "../fixtures/eligibility.js";

const now = afterDelivery(5);
const size = { lineId: "A", quantity: 1, reason: "size" } as const;
const defective = { lineId: "A", quantity: 1, reason: "defective", evidence: { photos: 1 } } as const;

describe("resolutions rule", () => {
  it("offers refund, store credit and exchange, plus re-ship for the merchant's faults, by default", () => {
    const snapshot = order([line("A")]);
    expect(decideLine({}, snapshot, size, now).resolutions).toEqual(["refund", "store_credit", "exchange"]);
    expect(decideLine({}, snapshot, defective, now).resolutions).toEqual([
      "refund",
      "store_credit",
      "exchange",
      "reship",
    ]);
    expect(
      decideLine({ resolutions: { repair: { enabled: true } } }, snapshot, defective, now).resolutions,
    ).toEqual(["refund", "store_credit", "exchange", "repair", "reship"]);
  });

  it("offers an exchange only for a product with variants, and nothing but money for gift cards", () => {
    expect(decideLine({}, order([line("A", { variantId: undefined })]), size, now).resolutions).toEqual([
      "refund",
      "store_credit",
    ]);
    const giftCard = order([line("A", { flags: { giftCard: true } })]);
    expect(decideLine({ exclusions: { giftCard: false } }, giftCard, defective, now).resolutions).toEqual([
      "refund",
      "store_credit",
    ]);
  });

  it("lets the customer keep an item worth at most the threshold in the order currency", () => {
    const policy = {
      resolutions: { keepItem: { enabled: true, maxUnitValue: { EUR: 500 } } },
      fees: { returnShipping: { EUR: 495 } },
    };
    const cheap = order([line("A", { unitPrice: eur(450), quantity: 2 })]);
    const kept = decideLine(policy, cheap, { ...size, quantity: 2, resolution: "keep_item" }, now);
    expect(kept.resolutions).toEqual(["refund", "store_credit", "exchange", "keep_item"]);
    expect(kept.returnless).toBe(true);
    expect(kept.fees.returnShipping).toEqual(eur(0));
    expect(kept.refundable).toEqual(eur(900));
    expect(kept.reasons).toEqual([
      { code: "fee_waived", params: { fee: "return_shipping", cause: "returnless" } },
    ]);

    expect(
      decideLine(policy, order([line("A", { unitPrice: eur(501) })]), size, now).resolutions,
    ).not.toContain("keep_item");
    const yen = order([line("A", { unitPrice: { amount: 300, currency: "JPY" } }, "JPY")], {
      currency: "JPY",
    });
    expect(decideLine(policy, yen, size, now).resolutions).not.toContain("keep_item");
  });

  it("uses an override's resolutions and refuses one it does not offer", () => {
    const snapshot = order([line("A", { tags: ["sale"] })]);
    const policy = { overrides: [{ match: { tags: ["sale"] }, resolutions: ["store_credit" as const] }] };
    const decided = decideLine(policy, snapshot, { ...size, resolution: "refund" }, now);
    expect(decided.status).toBe("ineligible");
    expect(decided.resolutions).toEqual(["store_credit"]);
    expect(decided.reasons).toEqual([
      { code: "resolution_not_offered", params: { requested: "refund", offered: ["store_credit"] } },
    ]);
    expect(decideLine(policy, snapshot, { ...size, resolution: "store_credit" }, now).status).toBe(
      "auto_approve",
    );
  });

  it("refuses a line no resolution fits", () => {
    const snapshot = order([line("A", { tags: ["electronics"] })]);
    const policy = { overrides: [{ match: { tags: ["electronics"] }, resolutions: ["repair" as const] }] };
    const decided = decideLine(policy, snapshot, size, now);
    expect(decided.status).toBe("ineligible");
    expect(decided.resolutions).toEqual([]);
    expect(decided.reasons).toEqual([{ code: "no_resolution_available", params: {} }]);
    expect(decideLine(policy, snapshot, defective, now).resolutions).toEqual(["repair"]);
  });

  it("shows a store credit bonus as its own amount unless the customer asked for something else", () => {
    const policy = { resolutions: { storeCredit: { enabled: true, bonusPercent: 10 } } };
    const snapshot = order([line("A", { unitPrice: eur(1999) }), line("B", { unitPrice: eur(2999) })]);
    const decision = decide(
      policy,
      snapshot,
      {
        lines: [
          { ...size, resolution: "store_credit" },
          { lineId: "B", quantity: 1, reason: "size", resolution: "refund" },
        ],
      },
      now,
    );
    expect(decision.lines[0]!.storeCreditBonus).toEqual(eur(200));
    expect(decision.lines[0]!.refundable).toEqual(eur(1999));
    expect(decision.lines[1]!.storeCreditBonus).toBeUndefined();
    expect(decision.totals.storeCreditBonus).toEqual(eur(200));
    expect(decideLine(policy, snapshot, size, now).storeCreditBonus).toEqual(eur(200));
    expect(decideLine({}, snapshot, size, now).storeCreditBonus).toBeUndefined();
  });

  it("offers what the merchant switched on", () => {
    const decided = decideLine(
      { resolutions: { refund: { enabled: false }, exchange: { enabled: false } } },
      order([line("A")]),
      size,
      now,
    );
    expect(decided.resolutions).toEqual(["store_credit"]);
  });
});
