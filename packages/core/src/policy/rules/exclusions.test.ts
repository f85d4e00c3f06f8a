import { describe, expect, it } from "vitest";
import { afterDelivery, codes, decideLine, line, order } from "../fixtures/eligibility.js";

const now = afterDelivery(3);
const size = { lineId: "A", quantity: 1, reason: "size" } as const;

describe("exclusions rule", () => {
  it.each([
    ["finalSale", "final_sale"],
    ["giftCard", "gift_card"],
    ["customized", "customized"],
    ["digital", "digital"],
    ["hygiene", "hygiene"],
  ] as const)("makes a %s line ineligible with %s under the default policy", (flag, code) => {
    const decided = decideLine({}, order([line("A", { flags: { [flag]: true } })]), size, now);
    expect(decided.status).toBe("ineligible");
    expect(decided.reasons).toEqual([{ code, params: {} }]);
    expect(decided.refundable).toEqual({ amount: 0, currency: "EUR" });
    expect(decided.fees).toEqual({
      restocking: { amount: 0, currency: "EUR" },
      returnShipping: { amount: 0, currency: "EUR" },
    });
  });

  it("excludes periodicals only when the policy says so, and lets a merchant switch an exclusion off", () => {
    const periodical = order([line("A", { flags: { periodical: true } })]);
    expect(decideLine({}, periodical, size, now).status).toBe("auto_approve");
    expect(codes(decideLine({ exclusions: { periodical: true } }, periodical, size, now))).toEqual([
      "periodical",
    ]);

    const finalSale = order([line("A", { flags: { finalSale: true } })]);
    expect(decideLine({ exclusions: { finalSale: false } }, finalSale, size, now).status).toBe(
      "auto_approve",
    );
  });

  it("lists every exclusion a line falls under", () => {
    const decided = decideLine(
      {},
      order([line("A", { flags: { finalSale: true, hygiene: true } })]),
      size,
      now,
    );
    expect(codes(decided)).toEqual(["final_sale", "hygiene"]);
  });

  it("sends a merchant-fault claim on an excluded item to review instead of refusing it", () => {
    const decided = decideLine(
      {},
      order([line("A", { flags: { finalSale: true } })]),
      { lineId: "A", quantity: 1, reason: "defective", evidence: { photos: 1 } },
      now,
    );
    expect(decided.status).toBe("needs_review");
    expect(decided.reasons).toEqual([
      { code: "excluded_item_fault_claim", params: { exclusion: "final_sale", reason: "defective" } },
    ]);
    expect(decided.refundable).toEqual({ amount: 1000, currency: "EUR" });
  });

  it("excludes lines a merchant override excludes, naming the override, and lets a later override win", () => {
    const snapshot = order([line("A", { sku: "CLR-1", tags: ["Clearance"] })]);
    const labelled = decideLine(
      { overrides: [{ label: "Clearance", match: { tags: ["clearance"] }, excluded: true }] },
      snapshot,
      size,
      now,
    );
    expect(labelled.reasons).toEqual([
      { code: "excluded_by_policy", params: { override: 0, label: "Clearance" } },
    ]);

    const unlabelled = decideLine(
      {
        overrides: [
          { match: { tags: ["other"] }, windowDays: 10 },
          { match: { skus: ["CLR-1"] }, excluded: true },
        ],
      },
      snapshot,
      size,
      now,
    );
    expect(unlabelled.reasons).toEqual([{ code: "excluded_by_policy", params: { override: 1 } }]);

    const reinstated = decideLine(
      {
        overrides: [
          { match: { tags: ["clearance"] }, excluded: true },
          { match: { skus: ["CLR-1"] }, excluded: false },
        ],
      },
      snapshot,
      size,
      now,
    );
    expect(reinstated.status).toBe("auto_approve");
  });
});
