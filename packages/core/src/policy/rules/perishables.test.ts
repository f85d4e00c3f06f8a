import { describe, expect, it } from "vitest";
import { afterDelivery, codes, decideLine, line, order } from "../fixtures/eligibility.js";
import type { ReturnPolicyInput } from "../policy.js";

const fresh = order([
  line("A", { unitPrice: { amount: 2590, currency: "EUR" }, flags: { perishable: true } }),
]);
const spoiled = { lineId: "A", quantity: 1, reason: "defective", evidence: { photos: 1 } } as const;

describe("perishables rule", () => {
  it("accepts a quality claim with a photo within 48 hours of delivery, by refund or re-ship, without return", () => {
    const decided = decideLine({}, fresh, spoiled, afterDelivery(2));
    expect(decided).toMatchObject({
      status: "auto_approve",
      deadline: "2026-03-06T12:30:00.000Z",
      resolutions: ["refund", "reship"],
      returnless: true,
      merchantFault: true,
      evidenceRequired: "photo",
      refundable: { amount: 2590, currency: "EUR" },
    });
    expect(decided.reasons).toEqual([{ code: "perishable_rules", params: { windowHours: 48 } }]);
  });

  it("refuses a claim one minute after the 48 hours", () => {
    const decided = decideLine({}, fresh, spoiled, afterDelivery(2, 1));
    expect(decided.status).toBe("ineligible");
    expect(decided.reasons).toContainEqual({
      code: "window_expired",
      params: { deadline: "2026-03-06T12:30:00.000Z" },
    });
  });

  it("accepts only quality and damage reasons", () => {
    const decided = decideLine(
      {},
      fresh,
      { lineId: "A", quantity: 1, reason: "changed_mind" },
      afterDelivery(1),
    );
    expect(decided.status).toBe("ineligible");
    expect(decided.reasons).toContainEqual({
      code: "perishable_reason_not_accepted",
      params: {
        reason: "changed_mind",
        accepted: ["defective", "damaged_in_transit", "wrong_item", "not_as_described", "missing_part"],
      },
    });
  });

  it("requires photo evidence even for a reason that needs none elsewhere", () => {
    const decided = decideLine(
      { perishables: { reasons: ["defective", "late_delivery"] } },
      fresh,
      { lineId: "A", quantity: 1, reason: "late_delivery" },
      afterDelivery(1),
    );
    expect(decided.status).toBe("needs_review");
    expect(decided.evidenceRequired).toBe("photo");
    expect(codes(decided)).toEqual(["perishable_rules", "evidence_required"]);
  });

  it("counts from delivery whatever the policy's basis, with fulfilment + transit when delivery is unknown", () => {
    expect(decideLine({ window: { basis: "order" } }, fresh, spoiled, afterDelivery(1)).deadline).toBe(
      "2026-03-06T12:30:00.000Z",
    );
    const undelivered = order([line("A", { flags: { perishable: true } })], { deliveredAt: undefined });
    expect(decideLine({}, undelivered, spoiled, "2026-03-08T00:00:00.000Z").deadline).toBe(
      "2026-03-09T09:15:00.000Z",
    );
  });

  it("uses the merchant's hours and resolutions, and offers nothing else", () => {
    const policy: ReturnPolicyInput = {
      perishables: { windowHours: 24, resolutions: ["refund", "store_credit"] },
    };
    const decided = decideLine(policy, fresh, { ...spoiled, resolution: "exchange" }, afterDelivery(0, 60));
    expect(decided.deadline).toBe("2026-03-05T12:30:00.000Z");
    expect(decided.resolutions).toEqual(["refund", "store_credit"]);
    expect(decided.reasons).toContainEqual({
      code: "resolution_not_offered",
      params: { requested: "exchange", offered: ["refund", "store_credit"] },
    });
  });

  it("waives the return shipping fee because nothing is sent back", () => {
    const decided = decideLine(
      { fees: { restockingPercent: 10, returnShipping: { EUR: 495 } } },
      fresh,
      spoiled,
      afterDelivery(1),
    );
    expect(decided.fees).toEqual({
      restocking: { amount: 0, currency: "EUR" },
      returnShipping: { amount: 0, currency: "EUR" },
    });
    expect(decided.reasons).toEqual([
      { code: "perishable_rules", params: { windowHours: 48 } },
      { code: "fee_waived", params: { fee: "restocking", cause: "merchant_fault" } },
      { code: "fee_waived", params: { fee: "return_shipping", cause: "returnless" } },
    ]);
  });

  it("treats perishables like any line when the merchant switches the perishable rules off", () => {
    const decided = decideLine(
      { perishables: { enabled: false } },
      fresh,
      { lineId: "A", quantity: 1, reason: "size" },
      afterDelivery(20),
    );
    expect(decided.status).toBe("auto_approve");
    expect(decided.deadline).toBe("2026-04-03T12:30:00.000Z");
    expect(decided.returnless).toBe(false);
  });

  it("sends perishables back when the merchant wants them back", () => {
    const decided = decideLine({ perishables: { returnless: false } }, fresh, spoiled, afterDelivery(1));
    expect(decided.returnless).toBe(false);
  });
});
