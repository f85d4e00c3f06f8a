import { allocate, type Money, multiply, subtract, zero } from "../money/money.js";
import type { OrderLine } from "./snapshot.js";

/** What the shopper paid for the whole line: unit price × quantity minus the line's discounts. */
export function linePaid(line: OrderLine): Money {
  const gross = multiply(line.unitPrice, line.quantity);
  return line.discount ? subtract(gross, line.discount) : gross;
}

/**
 * What the shopper paid for `quantity` units of the line, with the line's discount spread across
 * its units so that refunding every unit one at a time sums exactly to what was paid.
 * Units are taken from the end, so earlier refunds of the line leave the larger shares first.
 */
export function paidForUnits(line: OrderLine, quantity: number, alreadyRefundedUnits = 0): Money {
  if (quantity <= 0) return zero(line.unitPrice.currency);
  const perUnit = allocate(
    linePaid(line),
    Array.from({ length: line.quantity }, () => 1),
  );
  return perUnit
    .slice(alreadyRefundedUnits, alreadyRefundedUnits + quantity)
    .reduce(
      (total, part) => ({ amount: total.amount + part.amount, currency: total.currency }),
      zero(line.unitPrice.currency),
    );
}
