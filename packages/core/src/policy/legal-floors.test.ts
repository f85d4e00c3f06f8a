import { describe, expect, it } from "vitest";
import {
  afterDelivery,
  codes,
  DELIVERED,
  decide,
  decideLine,
  eur,
  line,
  order,
} from "./fixtures/eligibility.js";
import {
  customerCountry,
  isDistanceSale,
  LEGAL_FLOORS,
  legalFloorFor,
  legalRegionOf,
  statutoryExclusionOf,
} from "./legal-floors.js";

const sevenDays = { window: { days: 7 } };
const size = { lineId: "A", quantity: 1, reason: "size" } as const;
const floorApplied = (region: string, days: number, deadline: string, overrides: string[]) => ({
  code: "legal_floor_applied",
  params: { region, days, deadline, overrides },
});

describe("legal regions", () => {
  it("maps EU 27 (with outermost regions), EEA, UK and mainland China, and nothing else", () => {
    for (const c of ["DE", "FR", "IT", "ES", "PL", "SE", "IE", "RE", "GP", "AX"])
      expect(legalRegionOf(c), c).toBe("EU");
    for (const c of ["IS", "LI", "NO"]) expect(legalRegionOf(c), c).toBe("EEA");
    expect(legalRegionOf("GB")).toBe("UK");
    expect(legalRegionOf("UK")).toBe("UK");
    expect(legalRegionOf("CN")).toBe("CN");
    for (const c of ["HK", "MO", "TW", "US", "CH", "JP"]) expect(legalRegionOf(c), c).toBeNull();
  });

  it("covers distance sales only", () => {
    expect(isDistanceSale("online")).toBe(true);
    expect(isDistanceSale("phone")).toBe(true);
    expect(isDistanceSale("marketplace")).toBe(true);
    expect(isDistanceSale("pos")).toBe(false);
    expect(legalFloorFor(order([line("A")], { country: "DE", salesChannel: "pos" }))).toBeNull();
    expect(legalFloorFor(order([line("A")], { country: "DE" }))).toBe(LEGAL_FLOORS.EU);
  });

  it("finds the customer's country on the customer, else the shipping, else the billing address", () => {
    const base = order([line("A")]);
    const noCountry = { ...base, customer: { ...base.customer, country: undefined } };
    expect(customerCountry(base)).toBe("US");
    expect(
      customerCountry({
        ...noCountry,
        shippingAddress: { country: "FR" },
        billingAddress: { country: "IT" },
      }),
    ).toBe("FR");
    expect(customerCountry({ ...noCountry, billingAddress: { country: "IT" } })).toBe("IT");
    expect(customerCountry(noCountry)).toBeUndefined();
    expect(legalFloorFor(noCountry)).toBeNull();
  });

  it("knows the statutory exclusions of each floor", () => {
    const flags = order([line("A", { flags: { digital: true, digitalOpened: true } })]).lines[0]!.flags;
    expect(statutoryExclusionOf(LEGAL_FLOORS.CN, flags)).toBe("digital_opened");
    const plain = order([line("A", { flags: { finalSale: true, giftCard: true, digital: true } })]).lines[0]!
      .flags;
    expect(statutoryExclusionOf(LEGAL_FLOORS.EU, plain)).toBeNull();
    const periodical = order([line("A", { flags: { periodical: true } })]).lines[0]!.flags;
    expect(statutoryExclusionOf(LEGAL_FLOORS.UK, periodical)).toBe("periodical");
  });
});

describe("EU floor (Germany): 14 days from delivery", () => {
  const de = order([line("A")], { country: "DE" });

  it("beats a 7-day merchant window and says so", () => {
    const decision = decide(sevenDays, de, { lines: [size] }, afterDelivery(10));
    expect(decision.legalFloor).toEqual({
      region: "EU",
      days: 14,
      source: "Directive 2011/83/EU art. 9, 16",
      basis: "delivery",
      start: DELIVERED,
      deadline: "2026-03-18T12:30:00.000Z",
    });
    const decided = decision.lines[0]!;
    expect(decided.status).toBe("auto_approve");
    expect(decided.deadline).toBe("2026-03-18T12:30:00.000Z");
    expect(decided.reasons).toEqual([floorApplied("EU", 14, "2026-03-18T12:30:00.000Z", ["window"])]);
  });

  it("ends exactly 14 days after delivery", () => {
    expect(decideLine(sevenDays, de, size, afterDelivery(14)).status).toBe("auto_approve");
    const late = decideLine(sevenDays, de, size, afterDelivery(14, 1));
    expect(late.status).toBe("ineligible");
    expect(late.reasons).toEqual([
      { code: "window_expired", params: { deadline: "2026-03-18T12:30:00.000Z" } },
      floorApplied("EU", 14, "2026-03-18T12:30:00.000Z", ["window"]),
    ]);
  });

  it("says nothing when the merchant's own window is longer, but still waives restocking within the 14 days", () => {
    const policy = { fees: { restockingPercent: 10 } };
    const early = decideLine(policy, de, size, afterDelivery(5));
    expect(early.deadline).toBe("2026-04-03T12:30:00.000Z");
    expect(early.fees.restocking).toEqual(eur(0));
    expect(early.reasons).toEqual([
      { code: "fee_waived", params: { fee: "restocking", cause: "legal_floor" } },
      floorApplied("EU", 14, "2026-03-18T12:30:00.000Z", ["restocking_fee"]),
    ]);
    const later = decideLine(policy, de, size, afterDelivery(20));
    expect(later.fees.restocking).toEqual(eur(100));
    expect(later.reasons).toEqual([]);
  });

  it("sets aside final sale, a missing reason and a missing refund within the 14 days", () => {
    const finalSale = order([line("A", { flags: { finalSale: true } })], { country: "DE" });
    const policy = {
      ...sevenDays,
      reasons: { defective: { merchantFault: true, evidence: "photo" as const } },
      resolutions: { refund: { enabled: false } },
    };
    const decided = decideLine(policy, finalSale, { ...size, resolution: "refund" }, afterDelivery(10));
    expect(decided.status).toBe("auto_approve");
    expect(decided.resolutions).toEqual(["refund", "store_credit", "exchange"]);
    expect(decided.reasons).toEqual([
      floorApplied("EU", 14, "2026-03-18T12:30:00.000Z", ["window", "reason", "final_sale", "resolutions"]),
    ]);
    expect(codes(decideLine(policy, finalSale, size, afterDelivery(15)))).toEqual([
      "window_expired",
      "reason_not_accepted",
      "final_sale",
      "legal_floor_applied",
    ]);
  });

  it("does not cover customised or perishable goods, and explains why", () => {
    const customised = order([line("A", { flags: { customized: true } })], { country: "DE" });
    expect(decideLine(sevenDays, customised, size, afterDelivery(3)).reasons).toEqual([
      { code: "legal_floor_excluded", params: { region: "EU", exclusion: "customized" } },
      { code: "customized", params: {} },
    ]);
    const fresh = order([line("A", { flags: { perishable: true } })], { country: "DE" });
    const decided = decideLine(sevenDays, fresh, size, afterDelivery(1));
    expect(decided.deadline).toBe("2026-03-06T12:30:00.000Z");
    expect(codes(decided)).toEqual([
      "legal_floor_excluded",
      "perishable_rules",
      "perishable_reason_not_accepted",
    ]);
  });

  it("counts from fulfilment + transit when delivery is unknown, and can be switched off", () => {
    const undelivered = order([line("A")], { country: "DE", deliveredAt: undefined });
    expect(decide(sevenDays, undelivered, { lines: [size] }, afterDelivery(1)).legalFloor).toMatchObject({
      basis: "fulfilment_plus_transit",
      start: "2026-03-07T09:15:00.000Z",
      deadline: "2026-03-21T09:15:00.000Z",
    });
    const off = decide(
      { ...sevenDays, legalFloors: { enabled: false } },
      de,
      { lines: [size] },
      afterDelivery(10),
    );
    expect(off.legalFloor).toBeNull();
    expect(codes(off.lines[0]!)).toEqual(["window_expired"]);
  });

  it("does not apply to a sale in a shop", () => {
    const pos = order([line("A")], { country: "DE", salesChannel: "pos" });
    expect(codes(decideLine(sevenDays, pos, size, afterDelivery(10)))).toEqual(["window_expired"]);
  });
});

describe("UK and EEA floors", () => {
  it("gives a UK customer 14 days under the Consumer Contracts Regulations", () => {
    const decision = decide(
      sevenDays,
      order([line("A")], { country: "GB" }),
      { lines: [size] },
      afterDelivery(12),
    );
    expect(decision.legalFloor).toMatchObject({
      region: "UK",
      days: 14,
      deadline: "2026-03-18T12:30:00.000Z",
    });
    expect(decision.lines[0]!.reasons).toEqual([
      floorApplied("UK", 14, "2026-03-18T12:30:00.000Z", ["window"]),
    ]);
  });

  it("gives a Norwegian customer the EEA's 14 days", () => {
    const decided = decideLine(sevenDays, order([line("A")], { country: "NO" }), size, afterDelivery(12));
    expect(decided.reasons).toEqual([floorApplied("EEA", 14, "2026-03-18T12:30:00.000Z", ["window"])]);
  });
});

describe("mainland China floor: 7-day no-reason return", () => {
  const fiveDays = { window: { days: 5 } };
  const cn = (flags = {}) =>
    order([line("A", { unitPrice: { amount: 19_900, currency: "CNY" }, flags }, "CNY")], {
      currency: "CNY",
      country: "CN",
    });

  it("beats a 5-day merchant window until 7 days after delivery", () => {
    const decided = decideLine(
      fiveDays,
      cn(),
      { lineId: "A", quantity: 1, reason: "changed_mind" },
      afterDelivery(6),
    );
    expect(decided.status).toBe("auto_approve");
    expect(decided.deadline).toBe("2026-03-11T12:30:00.000Z");
    expect(decided.refundable).toEqual({ amount: 19_900, currency: "CNY" });
    expect(decided.reasons).toEqual([floorApplied("CN", 7, "2026-03-11T12:30:00.000Z", ["window"])]);
    expect(codes(decideLine(fiveDays, cn(), size, afterDelivery(7, 1)))).toEqual([
      "window_expired",
      "legal_floor_applied",
    ]);
  });

  it("does not cover customised goods, fresh food or opened digital downloads", () => {
    expect(decideLine(fiveDays, cn({ customized: true }), size, afterDelivery(6)).reasons).toEqual([
      { code: "legal_floor_excluded", params: { region: "CN", exclusion: "customized" } },
      { code: "window_expired", params: { deadline: "2026-03-09T12:30:00.000Z" } },
      { code: "customized", params: {} },
    ]);
    expect(codes(decideLine(fiveDays, cn({ perishable: true }), size, afterDelivery(1)))).toEqual([
      "legal_floor_excluded",
      "perishable_rules",
      "perishable_reason_not_accepted",
    ]);
    expect(
      codes(decideLine(fiveDays, cn({ digital: true, digitalOpened: true }), size, afterDelivery(1))),
    ).toEqual(["legal_floor_excluded", "digital"]);
  });

  it("covers an unopened digital product the merchant excludes", () => {
    const decided = decideLine(fiveDays, cn({ digital: true }), size, afterDelivery(6));
    expect(decided.status).toBe("auto_approve");
    expect(decided.reasons).toEqual([
      floorApplied("CN", 7, "2026-03-11T12:30:00.000Z", ["window", "digital"]),
    ]);
  });
});

describe("no floor", () => {
  it("leaves a US customer with the merchant's 7 days", () => {
    const decision = decide(
      sevenDays,
      order([line("A")], { country: "US" }),
      { lines: [size] },
      afterDelivery(10),
    );
    expect(decision.legalFloor).toBeNull();
    expect(decision.lines[0]!.reasons).toEqual([
      { code: "window_expired", params: { deadline: "2026-03-11T12:30:00.000Z" } },
    ]);
  });

  it("does not give a Hong Kong customer the mainland's 7 days", () => {
    const hk = order([line("A", { unitPrice: { amount: 50_000, currency: "HKD" } }, "HKD")], {
      currency: "HKD",
      country: "HK",
    });
    const decision = decide({ window: { days: 3 } }, hk, { lines: [size] }, afterDelivery(5));
    expect(decision.legalFloor).toBeNull();
    expect(codes(decision.lines[0]!)).toEqual(["window_expired"]);
  });
});
