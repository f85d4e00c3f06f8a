import { allocate, money, percentage } from "../../money/money.js";
import { paidForUnits } from "../../order/lines.js";
import type { OrderLine } from "../../order/snapshot.js";

// Integer arithmetic on plain numbers for the evaluation hot path. Each function gives exactly
// the result of its money/order counterpart (property-tested in amounts.test.ts) and falls back
// to it when an intermediate product could leave the safe-integer range.

/** `Math.floor(a / b)` for non-negative safe integers, exact even where the float quotient rounds up. */
function floorDiv(a: number, b: number): number {
  let q = Math.floor(a / b);
  if (q * b > a) q -= 1;
  else if ((q + 1) * b <= a) q += 1;
  return q;
}

/**
 * What was paid for `quantity` units of the line after the first `skip` units, in minor units —
 * `paidForUnits(line, quantity, skip).amount`. The line's paid total is split evenly over its
 * units with the remainder going to the earliest units (largest remainder, ties to the earlier).
 */
export function paidForUnitsFast(line: OrderLine, quantity: number, skip: number): number {
  if (quantity <= 0) return 0;
  const units = line.quantity;
  const total = line.unitPrice.amount * units - (line.discount?.amount ?? 0);
  if (!Number.isSafeInteger(total) || skip + quantity > units)
    return paidForUnits(line, quantity, skip).amount;
  const abs = Math.abs(total);
  const base = floorDiv(abs, units);
  const leftover = abs - base * units;
  const extra = Math.max(0, Math.min(skip + quantity, leftover) - skip);
  const paid = quantity * base + extra;
  return total < 0 && paid !== 0 ? -paid : paid;
}

/**
 * `percentage(money(amount), percent).amount`: the percentage rounded half-up (away from zero) to
 * the minor unit, for percents with at most four decimals.
 */
export function percentOf(amount: number, percent: number, currency: string): number {
  const scaled = Math.round(percent * 10_000);
  const product = Math.abs(amount * scaled);
  if (!Number.isSafeInteger(product * 2 + 1_000_000))
    return percentage(money(amount, currency), percent).amount;
  const q = floorDiv(product * 2 + 1_000_000, 2_000_000);
  return amount < 0 !== scaled < 0 && q !== 0 ? -q : q;
}

/**
 * `allocate(money(total), weights)` for non-negative integer weights, as minor units: parts in
 * proportion to the weights that sum exactly to `total` (largest remainder, ties to the earlier
 * part; all-zero weights split evenly).
 */
export function allocateInteger(total: number, weights: readonly number[], currency: string): number[] {
  const n = weights.length;
  if (n === 0) return [];
  let sum = 0;
  for (const w of weights) sum += w;
  const effective = sum === 0 ? weights.map(() => 1) : weights;
  const denominator = sum === 0 ? n : sum;
  const abs = Math.abs(total);
  let maxWeight = 0;
  for (const w of effective) if (w > maxWeight) maxWeight = w;
  if (!Number.isSafeInteger(abs * maxWeight) || !Number.isSafeInteger(denominator)) {
    return allocate(money(total, currency), weights).map((m) => m.amount);
  }
  const parts = new Array<number>(n);
  const remainders = new Array<number>(n);
  let left = abs;
  for (let i = 0; i < n; i++) {
    const product = abs * effective[i]!;
    const part = floorDiv(product, denominator);
    parts[i] = part;
    remainders[i] = product - part * denominator;
    left -= part;
  }
  if (left > 0) {
    const order = Array.from({ length: n }, (_, i) => i).sort((x, y) =>
      remainders[x] === remainders[y] ? x - y : remainders[y]! - remainders[x]!,
    );
    for (let k = 0; k < left; k++) {
      const index = order[k]!;
      parts[index] = parts[index]! + 1;
    }
  }
  if (total < 0) for (let i = 0; i < n; i++) parts[i] = parts[i] === 0 ? 0 : -parts[i]!;
  return parts;
}
