import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { OrderSnapshotSchema } from "../order/snapshot.js";
import { parsePolicy } from "./compile.js";
import { EligibilityDecisionSchema } from "./decision.js";
import { evaluate, evaluateParsed } from "./evaluate.js";
import { legalFloorFor, statutoryExclusionOf } from "./legal-floors.js";
import { ReturnReason, ReturnResolution } from "./policy.js";
import { reasonEffects } from "./reasons.js";
import { ReturnRequestSchema } from "./request.js";

const BASE = Date.parse("2026-03-01T10:00:00.000Z");
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

const currencyArb = fc.constantFrom("EUR", "JPY", "KWD", "CNY");
const reasonArb = fc.constantFrom(...Object.values(ReturnReason));
const resolutionArb = fc.constantFrom(...Object.values(ReturnResolution));
const percentArb = fc.integer({ min: 0, max: 1_000_000 }).map((n) => n / 10_000);

const policyArb = (currency: string) =>
  fc.record({
    window: fc.record({
      days: fc.integer({ min: 0, max: 60 }),
      basis: fc.constantFrom("delivery", "fulfilment", "order"),
      transitAllowanceDays: fc.integer({ min: 0, max: 10 }),
    }),
    overrides: fc.array(
      fc.record(
        {
          match: fc.record({ tags: fc.constant(["t1"]) }),
          windowDays: fc.integer({ min: 0, max: 90 }),
          resolutions: fc.uniqueArray(resolutionArb, { minLength: 1 }),
          excluded: fc.boolean(),
        },
        { requiredKeys: ["match", "excluded"] },
      ),
      { maxLength: 2 },
    ),
    exclusions: fc.record({ finalSale: fc.boolean(), giftCard: fc.boolean(), digital: fc.boolean() }),
    perishables: fc.record({ enabled: fc.boolean(), windowHours: fc.integer({ min: 1, max: 96 }) }),
    fees: fc.record({
      restockingPercent: percentArb,
      returnShipping: fc.integer({ min: 0, max: 5_000 }).map((n) => ({ [currency]: n })),
    }),
    resolutions: fc.record({
      refund: fc.record({ enabled: fc.boolean() }),
      storeCredit: fc.record({ enabled: fc.boolean(), bonusPercent: percentArb }),
      keepItem: fc.record({
        enabled: fc.boolean(),
        maxUnitValue: fc.integer({ min: 0, max: 5_000 }).map((n) => ({ [currency]: n })),
      }),
    }),
    autoApprove: fc.record(
      {
        maxOrderValue: fc.integer({ min: 0, max: 1e6 }).map((n) => ({ [currency]: n })),
        maxRecentReturns: fc.nat(5),
      },
      { requiredKeys: [] },
    ),
    legalFloors: fc.record({ enabled: fc.boolean() }),
  });

const lineArb = (currency: string, index: number) =>
  fc
    .record({
      quantity: fc.integer({ min: 1, max: 5 }),
      unit: fc.integer({ min: 0, max: 200_000 }),
      discountShare: fc.double({ min: 0, max: 1, noNaN: true }),
      refundableCut: fc.nat(5),
      tagged: fc.boolean(),
      flags: fc.record({
        finalSale: fc.boolean(),
        perishable: fc.boolean(),
        customized: fc.boolean(),
        digital: fc.boolean(),
        digitalOpened: fc.boolean(),
        giftCard: fc.boolean(),
        hygiene: fc.boolean(),
        periodical: fc.boolean(),
      }),
    })
    .map(({ quantity, unit, discountShare, refundableCut, tagged, flags }) => ({
      id: `L${index}`,
      productId: `P${index}`,
      variantId: `V${index}`,
      title: `Item ${index}`,
      quantity,
      refundableQuantity: Math.max(0, quantity - refundableCut),
      unitPrice: { amount: unit, currency },
      discount: { amount: Math.floor(unit * quantity * discountShare), currency },
      tags: tagged ? ["t1"] : [],
      flags,
    }));

const scenarioArb = currencyArb.chain((currency) =>
  fc.integer({ min: 1, max: 5 }).chain((lineCount) =>
    fc.record({
      currency: fc.constant(currency),
      policy: policyArb(currency),
      lines: fc.tuple(...Array.from({ length: lineCount }, (_, i) => lineArb(currency, i))),
      country: fc.constantFrom("DE", "GB", "NO", "CN", "HK", "US", "JP"),
      channel: fc.constantFrom("online", "pos", "phone", "marketplace"),
      fulfilledAfter: fc.option(fc.integer({ min: 0, max: 5 * DAY })),
      deliveredAfter: fc.option(fc.integer({ min: 0, max: 10 * DAY })),
      refundedUnits: fc.nat(3),
      requested: fc.array(
        fc.record(
          {
            line: fc.nat(4),
            quantity: fc.integer({ min: 1, max: 6 }),
            reason: reasonArb,
            resolution: resolutionArb,
            evidence: fc.record({ photos: fc.nat(2), videos: fc.nat(1) }),
            note: fc.constantFrom("It broke", ""),
          },
          { requiredKeys: ["line", "quantity", "reason"] },
        ),
        { minLength: 1, maxLength: 5 },
      ),
      customer: fc.record({ recentReturnCount: fc.nat(6), returnsInPeriod: fc.nat(8) }, { requiredKeys: [] }),
      nowAfter: fc.integer({ min: 0, max: 70 * DAY }),
    }),
  ),
);

type Scenario = typeof scenarioArb extends fc.Arbitrary<infer T> ? T : never;

function build(s: Scenario) {
  const paidTotal = s.lines.reduce((sum, l) => sum + l.unitPrice.amount * l.quantity - l.discount.amount, 0);
  const fulfilled = s.fulfilledAfter === null ? undefined : BASE + s.fulfilledAfter;
  const delivered =
    fulfilled === undefined || s.deliveredAfter === null ? undefined : fulfilled + s.deliveredAfter;
  const first = s.lines[0]!;
  const orderInput = {
    platform: "prop",
    id: "O",
    number: "#1",
    currency: s.currency,
    customer: { id: "C", email: "c@example.com", country: s.country },
    salesChannel: s.channel,
    placedAt: iso(BASE),
    ...(fulfilled === undefined ? {} : { fulfilledAt: iso(fulfilled) }),
    ...(delivered === undefined ? {} : { deliveredAt: iso(delivered) }),
    total: { amount: paidTotal, currency: s.currency },
    lines: s.lines,
    refunds:
      s.refundedUnits > 0 && s.refundedUnits <= first.quantity
        ? [
            {
              id: "R",
              createdAt: iso(BASE + DAY),
              amount: { amount: 0, currency: s.currency },
              lines: [{ lineId: first.id, quantity: s.refundedUnits }],
            },
          ]
        : [],
  };
  const seen = new Set<string>();
  const lines = s.requested
    .map((r) => ({ ...r, lineId: s.lines[r.line % s.lines.length]!.id, line: undefined }))
    .filter((r) => {
      if (seen.has(r.lineId)) return false;
      seen.add(r.lineId);
      return true;
    });
  return {
    orderInput,
    requestInput: { lines, customer: s.customer },
    now: BASE + s.nowAfter,
  };
}

describe("eligibility properties", () => {
  it("never refunds more than was paid, never charges negative fees, and adds up", () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const { orderInput, requestInput, now } = build(s);
        const compiled = parsePolicy(s.policy);
        expect(compiled.ok).toBe(true);
        if (!compiled.ok) return;
        const order = OrderSnapshotSchema.parse(orderInput);
        const request = ReturnRequestSchema.parse(requestInput);
        const decision = evaluateParsed(compiled.value, order, request, now);
        expect(EligibilityDecisionSchema.parse(decision)).toEqual(decision);

        let refundable = 0;
        let fees = 0;
        let bonus = 0;
        let shipping = 0;
        for (const [i, d] of decision.lines.entries()) {
          const source = order.lines.find((l) => l.id === d.lineId)!;
          const requested = request.lines[i]!;
          const restocking = d.fees.restocking.amount;
          const ship = d.fees.returnShipping.amount;
          expect(d.quantity).toBeLessThanOrEqual(Math.min(requested.quantity, source.refundableQuantity));
          expect(d.paid.amount).toBeGreaterThanOrEqual(0);
          expect(d.paid.amount).toBeLessThanOrEqual(
            source.unitPrice.amount * source.quantity - (source.discount?.amount ?? 0),
          );
          expect(restocking).toBeGreaterThanOrEqual(0);
          expect(ship).toBeGreaterThanOrEqual(0);
          expect(d.refundable.amount).toBeGreaterThanOrEqual(0);
          expect(d.refundable.amount).toBeLessThanOrEqual(d.paid.amount);

          const effects = d.reasons.map((r) => reasonEffects[r.code]);
          const expected = effects.includes("ineligible")
            ? "ineligible"
            : effects.includes("review")
              ? "needs_review"
              : "auto_approve";
          expect(d.status).toBe(expected);
          if (d.status === "ineligible") {
            expect([d.refundable.amount, restocking, ship, d.storeCreditBonus]).toEqual([0, 0, 0, undefined]);
          } else {
            expect(d.refundable.amount + restocking + ship).toBe(d.paid.amount);
          }
          if (d.merchantFault) expect(restocking + ship).toBe(0);
          if (d.storeCreditBonus) expect(d.storeCreditBonus.amount).toBeGreaterThanOrEqual(0);
          if (requested.resolution !== undefined && d.status !== "ineligible") {
            expect(d.resolutions).toContain(requested.resolution);
          }

          // A legal floor in force sets aside the merchant's stricter rules.
          const floor = s.policy.legalFloors.enabled ? legalFloorFor(order) : null;
          if (
            floor !== null &&
            decision.legalFloor !== null &&
            statutoryExclusionOf(floor, source.flags) === null
          ) {
            if (now <= Date.parse(decision.legalFloor.deadline)) {
              const codes = d.reasons.map((r) => r.code);
              for (const code of [
                "window_expired",
                "final_sale",
                "gift_card",
                "digital",
                "excluded_by_policy",
                "reason_not_accepted",
              ]) {
                expect(codes).not.toContain(code);
              }
              expect(d.resolutions).toContain("refund");
              expect(restocking).toBe(0);
            }
            expect(Date.parse(d.deadline!)).toBeGreaterThanOrEqual(Date.parse(decision.legalFloor.deadline));
          }

          if (d.status !== "ineligible") {
            refundable += d.refundable.amount;
            fees += restocking + ship;
            bonus += d.storeCreditBonus?.amount ?? 0;
            shipping += ship;
          }
        }
        expect(decision.totals.refundable.amount).toBe(refundable);
        expect(decision.totals.fees.amount).toBe(fees);
        expect(decision.totals.storeCreditBonus.amount).toBe(bonus);
        expect(shipping).toBeLessThanOrEqual(s.policy.fees.returnShipping[s.currency] ?? 0);
      }),
      { numRuns: 400 },
    );
  });

  it("gives the same decision from JSON through evaluate as from parsed input", () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const { orderInput, requestInput, now } = build(s);
        const json = (v: unknown) => JSON.parse(JSON.stringify(v));
        const result = evaluate(json(s.policy), json(orderInput), json(requestInput), iso(now));
        expect(result.ok).toBe(true);
        const compiled = parsePolicy(s.policy);
        if (!result.ok || !compiled.ok) return;
        const direct = evaluateParsed(
          compiled.value,
          OrderSnapshotSchema.parse(orderInput),
          ReturnRequestSchema.parse(requestInput),
          now,
        );
        expect(result.value).toEqual(direct);
      }),
      { numRuns: 100 },
    );
  });
});
