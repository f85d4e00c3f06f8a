import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AftersalesError } from "../errors.js";
import { currencyExponent } from "./currency.js";
import {
  add,
  allocate,
  compare,
  formatMoney,
  isZero,
  max,
  min,
  money,
  multiply,
  parseMoney,
  percentage,
  subtract,
  sum,
  toDecimalString,
  zero,
} from "./money.js";

describe("currency exponents", () => {
  it("uses ISO 4217 minor units", () => {
    expect(currencyExponent("JPY")).toBe(0);
    expect(currencyExponent("EUR")).toBe(2);
    expect(currencyExponent("CNY")).toBe(2);
    expect(currencyExponent("KWD")).toBe(3);
    expect(currencyExponent("CLF")).toBe(4);
  });
});

describe("parseMoney", () => {
  it("parses decimal strings by the currency exponent without floats", () => {
    expect(parseMoney("19.99", "EUR")).toEqual({ amount: 1999, currency: "EUR" });
    expect(parseMoney("0.29", "USD")).toEqual({ amount: 29, currency: "USD" });
    expect(parseMoney("1999", "JPY")).toEqual({ amount: 1999, currency: "JPY" });
    expect(parseMoney("1.500", "KWD")).toEqual({ amount: 1500, currency: "KWD" });
    expect(parseMoney("12.5", "EUR")).toEqual({ amount: 1250, currency: "EUR" });
    expect(parseMoney("-5.00", "GBP")).toEqual({ amount: -500, currency: "GBP" });
    expect(parseMoney("10.00", "JPY")).toEqual({ amount: 10, currency: "JPY" });
    expect(parseMoney(" 7 ", "CNY")).toEqual({ amount: 700, currency: "CNY" });
    expect(parseMoney("-0.00", "EUR")).toEqual({ amount: 0, currency: "EUR" });
  });

  it("rejects extra significant decimals unless a rounding mode is given", () => {
    expect(() => parseMoney("12.345", "EUR")).toThrow(AftersalesError);
    expect(parseMoney("12.345", "EUR", "half-up").amount).toBe(1235);
    expect(parseMoney("12.345", "EUR", "half-even").amount).toBe(1234);
    expect(parseMoney("12.355", "EUR", "half-even").amount).toBe(1236);
    expect(parseMoney("12.3451", "EUR", "half-even").amount).toBe(1235);
    expect(parseMoney("12.344", "EUR", "half-up").amount).toBe(1234);
    expect(parseMoney("0.5", "JPY", "half-up").amount).toBe(1);
  });

  it("rejects text that is not a decimal number", () => {
    for (const bad of ["", "abc", "1,000.00", "1e3", "12.", ".5", "NaN"]) {
      expect(() => parseMoney(bad, "EUR"), bad).toThrowError(/not a decimal amount/);
    }
  });

  it("round-trips through toDecimalString", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.constantFrom("EUR", "JPY", "KWD", "CLF"),
        (n, c) => {
          const m = money(n, c);
          expect(parseMoney(toDecimalString(m), c)).toEqual(m);
        },
      ),
    );
  });
});

describe("toDecimalString and formatMoney", () => {
  it("prints exactly the currency's decimals", () => {
    expect(toDecimalString(money(5, "EUR"))).toBe("0.05");
    expect(toDecimalString(money(-1999, "EUR"))).toBe("-19.99");
    expect(toDecimalString(money(1999, "JPY"))).toBe("1999");
    expect(toDecimalString(money(1, "KWD"))).toBe("0.001");
  });
  it("formats for people in a locale", () => {
    expect(formatMoney(money(1999, "EUR"), "en")).toBe("€19.99");
    expect(formatMoney(money(199900, "JPY"), "en")).toBe("¥199,900");
    expect(formatMoney(money(12345, "CNY"), "zh-Hans")).toBe("¥123.45");
  });
});

describe("arithmetic", () => {
  it("adds, subtracts, multiplies and compares in one currency", () => {
    const a = money(1999, "EUR");
    const b = money(501, "EUR");
    expect(add(a, b)).toEqual(money(2500, "EUR"));
    expect(subtract(a, b)).toEqual(money(1498, "EUR"));
    expect(multiply(a, 3)).toEqual(money(5997, "EUR"));
    expect(sum([a, b, b], "EUR")).toEqual(money(3001, "EUR"));
    expect(sum([], "EUR")).toEqual(zero("EUR"));
    expect(compare(a, b)).toBeGreaterThan(0);
    expect(min(a, b)).toBe(b);
    expect(max(a, b)).toBe(a);
    expect(isZero(zero("JPY"))).toBe(true);
  });
  it("throws on mixed currencies and fractional units (bugs, not outcomes)", () => {
    expect(() => add(money(1, "EUR"), money(1, "USD"))).toThrowError(/EUR with USD/);
    expect(() => money(1.5, "EUR")).toThrow(AftersalesError);
    expect(() => multiply(money(1, "EUR"), 0.5)).toThrow(AftersalesError);
  });
  it("takes percentages rounded half-up to the minor unit", () => {
    expect(percentage(money(1999, "EUR"), 15)).toEqual(money(300, "EUR"));
    expect(percentage(money(1000, "EUR"), 12.5)).toEqual(money(125, "EUR"));
    expect(percentage(money(1, "EUR"), 50)).toEqual(money(1, "EUR"));
    expect(percentage(money(999, "JPY"), 10)).toEqual(money(100, "JPY"));
    expect(percentage(money(-1999, "EUR"), 15)).toEqual(money(-300, "EUR"));
  });
});

describe("allocate", () => {
  it("splits a discounted total across lines so parts sum exactly", () => {
    expect(allocate(money(1000, "EUR"), [1, 1, 1]).map((m) => m.amount)).toEqual([334, 333, 333]);
    expect(allocate(money(500, "EUR"), [2999, 1999, 999]).map((m) => m.amount)).toEqual([250, 167, 83]);
    expect(allocate(money(-100, "EUR"), [1, 2]).map((m) => m.amount)).toEqual([-33, -67]);
    expect(allocate(money(7, "JPY"), [0, 0]).map((m) => m.amount)).toEqual([4, 3]);
    expect(allocate(money(7, "JPY"), [])).toEqual([]);
    expect(() => allocate(money(7, "JPY"), [-1, 2])).toThrow(AftersalesError);
  });
  it("always sums to the total and stays proportional within one unit", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.array(fc.integer({ min: 0, max: 1e6 }), { minLength: 1, maxLength: 12 }),
        (total, weights) => {
          const parts = allocate(money(total, "EUR"), weights);
          expect(parts.reduce((s, p) => s + p.amount, 0)).toBe(total);
          const ws = weights.reduce((a, b) => a + b, 0) || weights.length;
          parts.forEach((p, i) => {
            const ideal =
              (total * (ws === weights.length && weights.every((w) => w === 0) ? 1 : weights[i]!)) / ws;
            expect(Math.abs(p.amount - ideal)).toBeLessThan(1.0001);
          });
        },
      ),
    );
  });
});
