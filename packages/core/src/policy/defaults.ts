// The default return policy, written out in one place. `policy.ts` applies these values to every
// field a merchant leaves out, so `ReturnPolicySchema.parse({})` is exactly this policy.
// Data only: this module imports nothing at run time, so it can never take part in a load cycle.

/**
 * A sensible default return policy, as JSON input: 30 days counted from delivery (fulfilment + 5
 * days of transit when delivery is unknown); final-sale, gift-card, customised, digital and hygiene
 * items excluded; perishables only for quality, damage or fulfilment errors within 48 hours of
 * delivery, with a photo, by refund or re-ship and without sending the goods back; refund, store
 * credit, exchange and (for the merchant's faults) re-ship offered; no fees; auto-approval for the
 * common reasons; review from the 5th return in 90 days; legal floors on.
 *
 * Parse it (or `{}`) with `ReturnPolicySchema` / `parsePolicy` to get a typed policy.
 */
export const DEFAULT_RETURN_POLICY = Object.freeze({
  schemaVersion: 1,
  window: Object.freeze({ days: 30, basis: "delivery", transitAllowanceDays: 5 }),
  exclusions: Object.freeze({
    finalSale: true,
    giftCard: true,
    customized: true,
    digital: true,
    hygiene: true,
    periodical: false,
  }),
  perishables: Object.freeze({
    enabled: true,
    windowHours: 48,
    reasons: Object.freeze([
      "defective",
      "damaged_in_transit",
      "wrong_item",
      "not_as_described",
      "missing_part",
    ] as const),
    evidence: "photo",
    resolutions: Object.freeze(["refund", "reship"] as const),
    returnless: true,
  }),
  reasons: Object.freeze({
    defective: Object.freeze({ merchantFault: true, evidence: "photo" }),
    damaged_in_transit: Object.freeze({ merchantFault: true, evidence: "photo" }),
    wrong_item: Object.freeze({ merchantFault: true, evidence: "photo" }),
    not_as_described: Object.freeze({ merchantFault: true, evidence: "description" }),
    missing_part: Object.freeze({ merchantFault: true, evidence: "photo" }),
    late_delivery: Object.freeze({ merchantFault: true, evidence: "none" }),
    size: Object.freeze({ merchantFault: false, evidence: "none" }),
    changed_mind: Object.freeze({ merchantFault: false, evidence: "none" }),
    other: Object.freeze({ merchantFault: false, evidence: "description" }),
  }),
  fees: Object.freeze({ restockingPercent: 0 }),
  resolutions: Object.freeze({
    refund: Object.freeze({ enabled: true }),
    storeCredit: Object.freeze({ enabled: true, bonusPercent: 0 }),
    exchange: Object.freeze({ enabled: true }),
    repair: Object.freeze({ enabled: false }),
    reship: Object.freeze({ enabled: true }),
    keepItem: Object.freeze({ enabled: false }),
  }),
  autoApprove: Object.freeze({
    enabled: true,
    reasons: Object.freeze([
      "defective",
      "damaged_in_transit",
      "wrong_item",
      "missing_part",
      "late_delivery",
      "size",
      "changed_mind",
    ] as const),
  }),
  abuse: Object.freeze({ enabled: true, maxReturns: 5, periodDays: 90 }),
  legalFloors: Object.freeze({ enabled: true }),
} as const);
