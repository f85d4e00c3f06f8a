import { z } from "zod";
import { AftersalesError } from "../errors.js";
import { type Currency, CurrencySchema, currencyExponent } from "./currency.js";

/**
 * An amount of money: an integer number of minor units (cents, fen, yen) and its currency.
 * `{ amount: 1999, currency: "EUR" }` is €19.99; `{ amount: 1999, currency: "JPY" }` is ¥1,999.
 */
export const MoneySchema = z.object({
  amount: z
    .number()
    .int("must be an integer number of minor units")
    .refine(Number.isSafeInteger, "too large"),
  currency: CurrencySchema,
});

/** An amount of money in integer minor units plus its ISO 4217 currency. */
export type Money = z.infer<typeof MoneySchema>;

/** How to treat digits beyond the currency's exponent when parsing ("12.345" EUR). */
export type ParseRounding = "reject" | "half-up" | "half-even";

/** Creates a money value from integer minor units. Throws for a non-integer amount (a bug). */
export function money(amount: number, currency: Currency): Money {
  if (!Number.isSafeInteger(amount)) {
    throw new AftersalesError("invalid_money", `Money amounts are integer minor units, got ${amount}`);
  }
  return { amount, currency };
}

/** Zero in the given currency. */
export function zero(currency: Currency): Money {
  return { amount: 0, currency };
}

const DECIMAL = /^([+-])?(\d+)(?:\.(\d+))?$/;

/**
 * Parses a platform decimal string ("19.99", "1999", "0.500") into minor units by the currency's
 * exponent, without floating point. Digits beyond the exponent must be zeros unless a rounding
 * mode is given. Returns `undefined`-free results: throws {@link AftersalesError} `invalid_money`
 * for text that is not a plain decimal number (adapters validate platform payloads before this).
 */
export function parseMoney(text: string, currency: Currency, rounding: ParseRounding = "reject"): Money {
  const match = DECIMAL.exec(text.trim());
  if (!match) throw new AftersalesError("invalid_money", `"${text}" is not a decimal amount`);
  const [, sign, whole = "0", fraction = ""] = match;
  const exponent = currencyExponent(currency);
  const kept = fraction.slice(0, exponent).padEnd(exponent, "0");
  const dropped = fraction.slice(exponent);
  let units = BigInt(whole) * 10n ** BigInt(exponent) + BigInt(kept || "0");
  if (/[1-9]/.test(dropped)) {
    if (rounding === "reject") {
      throw new AftersalesError(
        "invalid_money",
        `"${text}" has more than ${exponent} decimal place(s) for ${currency}`,
      );
    }
    const first = Number(dropped[0]);
    const rest = /[1-9]/.test(dropped.slice(1));
    const roundUp = first > 5 || (first === 5 && (rest || rounding === "half-up" || units % 2n === 1n));
    if (roundUp) units += 1n;
  }
  const amount = Number(sign === "-" ? -units : units);
  if (!Number.isSafeInteger(amount)) throw new AftersalesError("invalid_money", `"${text}" is too large`);
  return { amount: amount === 0 ? 0 : amount, currency };
}

/** Formats money as a plain decimal string with exactly the currency's decimals ("19.90"), for platform APIs. */
export function toDecimalString(value: Money): string {
  const exponent = currencyExponent(value.currency);
  const negative = value.amount < 0;
  const digits = Math.abs(value.amount)
    .toString()
    .padStart(exponent + 1, "0");
  const whole = exponent === 0 ? digits : digits.slice(0, -exponent);
  const fraction = exponent === 0 ? "" : `.${digits.slice(-exponent)}`;
  return `${negative ? "-" : ""}${whole}${fraction}`;
}

/** Formats money for people with `Intl.NumberFormat` in the given locale ("€19.99", "¥1,999"). */
export function formatMoney(value: Money, locale = "en"): string {
  const exponent = currencyExponent(value.currency);
  return new Intl.NumberFormat(locale, {
    style: "currency",
    currency: value.currency,
    minimumFractionDigits: exponent,
    maximumFractionDigits: exponent,
  }).format(Number(toDecimalString(value)));
}

function assertSameCurrency(a: Money, b: Money): void {
  if (a.currency !== b.currency) {
    throw new AftersalesError("currency_mismatch", `Cannot combine ${a.currency} with ${b.currency}`);
  }
}

/** a + b; both in the same currency (mixing currencies is a bug and throws `currency_mismatch`). */
export function add(a: Money, b: Money): Money {
  assertSameCurrency(a, b);
  return money(a.amount + b.amount, a.currency);
}

/** a − b; both in the same currency. */
export function subtract(a: Money, b: Money): Money {
  assertSameCurrency(a, b);
  return money(a.amount - b.amount, a.currency);
}

/** The sum of a list of amounts in `currency` (zero for an empty list). */
export function sum(values: readonly Money[], currency: Currency): Money {
  return values.reduce((total, v) => add(total, v), zero(currency));
}

/** Multiplies by an integer quantity (unit price × quantity). */
export function multiply(value: Money, quantity: number): Money {
  if (!Number.isInteger(quantity)) {
    throw new AftersalesError("invalid_money", `Quantities are integers, got ${quantity}`);
  }
  return money(value.amount * quantity, value.currency);
}

/** Divides integers with half-up rounding (away from zero on ties), exactly, in BigInt. */
function divideRound(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const q = (n * 2n + d) / (2n * d);
  return negative ? -q : q;
}

/**
 * A percentage of an amount, rounded half-up to the minor unit: `percentage(€19.99, 15)` → €3.00.
 * Percent may have up to four decimals (12.5, 7.25).
 */
export function percentage(value: Money, percent: number): Money {
  const scaled = Math.round(percent * 10_000);
  return money(Number(divideRound(BigInt(value.amount) * BigInt(scaled), 1_000_000n)), value.currency);
}

/**
 * Splits `total` across parts in proportion to `weights` so that the parts sum to `total` exactly
 * (largest-remainder method; ties go to the earlier part). Used to spread an order discount over
 * its lines or a refund over line items. Zero weights everywhere split evenly.
 */
export function allocate(total: Money, weights: readonly number[]): Money[] {
  if (weights.length === 0) return [];
  if (weights.some((w) => w < 0 || !Number.isFinite(w))) {
    throw new AftersalesError("invalid_money", "Allocation weights must be finite and non-negative");
  }
  const weightSum = weights.reduce((a, b) => a + b, 0);
  const effective = weightSum === 0 ? weights.map(() => 1) : weights;
  const scale = 1_000_000;
  const intWeights = effective.map((w) => BigInt(Math.round(w * scale)));
  const denominator = intWeights.reduce((a, b) => a + b, 0n);
  const sign = total.amount < 0 ? -1n : 1n;
  const absTotal = BigInt(Math.abs(total.amount));
  const floors = intWeights.map((w) => (absTotal * w) / denominator);
  const remainders = intWeights.map((w, i) => absTotal * w - floors[i]! * denominator);
  let leftover = absTotal - floors.reduce((a, b) => a + b, 0n);
  const order = remainders
    .map((r, i) => ({ r, i }))
    .sort((x, y) => (x.r === y.r ? x.i - y.i : x.r > y.r ? -1 : 1));
  for (const { i } of order) {
    if (leftover === 0n) break;
    floors[i] = floors[i]! + 1n;
    leftover -= 1n;
  }
  return floors.map((f) => money(Number(f * sign), total.currency));
}

/** Compares two amounts of the same currency: negative, zero or positive. */
export function compare(a: Money, b: Money): number {
  assertSameCurrency(a, b);
  return a.amount - b.amount;
}

/** The smaller of two amounts of the same currency. */
export function min(a: Money, b: Money): Money {
  return compare(a, b) <= 0 ? a : b;
}

/** The larger of two amounts of the same currency. */
export function max(a: Money, b: Money): Money {
  return compare(a, b) >= 0 ? a : b;
}

/** True when the amount is exactly zero. */
export function isZero(value: Money): boolean {
  return value.amount === 0;
}
