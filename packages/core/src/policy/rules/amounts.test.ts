import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allocate, money, percentage } from "../../money/money.js";
import { paidForUnits } from "../../order/lines.js";
import { OrderLineSchema } from "../../order/snapshot.js";
import { allocateInteger, paidForUnitsFast, percentOf } from "./amounts.js";

const currency = fc.constantFrom("EUR", "JPY", "KWD");

describe("hot-path amounts equal the money functions", () => {
  it("paidForUnitsFast = paidForUnits", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: -2_000_000, max: 50_000_000 }),
        fc.nat(),
        fc.nat(),
        (quantity, unit, discount, a, b) => {
          const line = OrderLineSchema.parse({
            id: "L",
            productId: "P",
            title: "T",
            quantity,
            refundableQuantity: quantity,
            unitPrice: { amount: unit, currency: "EUR" },
            discount: { amount: discount, currency: "EUR" },
          });
          const skip = a % (quantity + 1);
          const take = b % (quantity - skip + 1);
          expect(paidForUnitsFast(line, take, skip)).toBe(paidForUnits(line, take, skip).amount);
        },
      ),
    );
  });

  it("paidForUnitsFast falls back beyond the safe range or the line's units", () => {
    const line = OrderLineSchema.parse({
      id: "L",
      productId: "P",
      title: "T",
      quantity: 3,
      refundableQuantity: 3,
      unitPrice: { amount: 1000, currency: "EUR" },
    });
    expect(paidForUnitsFast(line, 2, 2)).toBe(paidForUnits(line, 2, 2).amount);
    expect(paidForUnitsFast(line, 0, 0)).toBe(0);
    const huge = { ...line, unitPrice: { amount: Number.MAX_SAFE_INTEGER, currency: "EUR" } };
    expect(() => paidForUnitsFast(huge, 1, 0)).toThrow(/integer minor units/);
  });

  it("percentOf = percentage", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.integer({ min: 0, max: 1_000_000 }).map((n) => n / 10_000),
        currency,
        (amount, percent, c) => {
          expect(percentOf(amount, percent, c)).toBe(percentage(money(amount, c), percent).amount);
        },
      ),
    );
    expect(percentOf(Number.MAX_SAFE_INTEGER, 50, "EUR")).toBe(
      percentage(money(Number.MAX_SAFE_INTEGER, "EUR"), 50).amount,
    );
  });

  it("allocateInteger = allocate", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.array(fc.integer({ min: 0, max: 1e7 }), { minLength: 0, maxLength: 8 }),
        (total, weights) => {
          expect(allocateInteger(total, weights, "EUR")).toEqual(
            allocate(money(total, "EUR"), weights).map((m) => m.amount),
          );
        },
      ),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: -1000, max: 1000 }),
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 6 }),
        (total, weights) => {
          expect(allocateInteger(total, weights, "EUR")).toEqual(
            allocate(money(total, "EUR"), weights).map((m) => m.amount),
          );
        },
      ),
    );
    expect(allocateInteger(1, [1, 1], "EUR")).toEqual([1, 0]);
    expect(allocateInteger(7, [0, 0], "JPY")).toEqual([4, 3]);
    expect(allocateInteger(-5, [1, 1], "EUR")).toEqual([-3, -2]);
    const big = [Number.MAX_SAFE_INTEGER - 1, 1];
    expect(allocateInteger(1_000_000, big, "EUR")).toEqual(
      allocate(money(1_000_000, "EUR"), big).map((m) => m.amount),
    );
  });
});
