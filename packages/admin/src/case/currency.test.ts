import { describe, expect, it } from "vitest";
import { decimalString, formatMoney, parseAmount } from "../i18n/index.js";
import { caseCurrency } from "./currency.js";
import { buildOptions } from "./options.js";

describe("caseCurrency", () => {
  it("takes the decision's currency first, then the order's", () => {
    expect(
      caseCurrency({ decisionCurrency: "JPY", hasOrder: true, order: { currency: "EUR" }, amounts: [] }),
    ).toBe("JPY");
    expect(caseCurrency({ hasOrder: true, order: { currency: "KWD" }, amounts: [] })).toBe("KWD");
  });

  it("waits (null) while the order loads instead of assuming EUR", () => {
    expect(
      caseCurrency({ hasOrder: true, order: undefined, amounts: [{ amount: 1, currency: "GBP" }] }),
    ).toBe(null);
  });

  it("falls back to money already on the case, else knows none", () => {
    expect(
      caseCurrency({ hasOrder: true, order: null, amounts: [undefined, { amount: 500, currency: "USD" }] }),
    ).toBe("USD");
    expect(caseCurrency({ hasOrder: false, order: null, amounts: [] })).toBe(null);
  });
});

describe("amounts in the order's currency", () => {
  it("reads JPY without decimals and KWD with three, to the minor unit", () => {
    expect(parseAmount("1500", "JPY")).toBe(1500);
    expect(parseAmount("1500.5", "JPY")).toBe(null);
    expect(parseAmount("12.345", "KWD")).toBe(12345);
    expect(parseAmount("12.3456", "KWD")).toBe(null);
    expect(decimalString({ amount: 12345, currency: "KWD" })).toBe("12.345");
    expect(decimalString({ amount: 1500, currency: "JPY" })).toBe("1500");
  });

  it("proposes a coupon of ¥500 on a JPY order as 500 minor units", () => {
    expect(buildOptions([{ kind: "coupon", amount: "500", label: "" }], "JPY", parseAmount)).toEqual({
      ok: true,
      command: {
        type: "propose_options",
        options: [{ id: "opt1", kind: "coupon", amount: { amount: 500, currency: "JPY" } }],
      },
    });
    expect(formatMoney("en", { amount: 500, currency: "JPY" })).toBe("¥500");
    expect(formatMoney("en", { amount: 12345, currency: "KWD" })).toBe("KWD\u00a012.345");
  });
});
