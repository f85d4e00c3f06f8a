import { reason } from "../reasons.js";
import { allocateInteger, percentOf } from "./amounts.js";
import type { LineWork, OrderContext } from "./context.js";

/**
 * Restocking fee rule: the policy's percent of what was paid for the units, rounded half-up to the
 * minor unit — not charged for the merchant's faults, for goods that are not sent back, or while a
 * legal floor is in force (statutory withdrawal reimburses every payment: Directive 2011/83/EU
 * art. 13, CCR 2013 reg. 34, PRC CRPL art. 25). A waived fee is named in the reasons.
 */
export function applyRestockingFee(ctx: OrderContext, work: LineWork): void {
  const percent = ctx.compiled.policy.fees.restockingPercent;
  if (percent === 0 || work.paid <= 0) return;
  if (work.merchantFault) {
    work.reasons.push(reason("fee_waived", { fee: "restocking", cause: "merchant_fault" }));
  } else if (work.returnless) {
    work.reasons.push(reason("fee_waived", { fee: "restocking", cause: "returnless" }));
  } else if (work.withinFloor) {
    work.reasons.push(reason("fee_waived", { fee: "restocking", cause: "legal_floor" }));
    work.floorOverrides.push("restocking_fee");
  } else {
    work.restocking = percentOf(work.paid, percent, ctx.order.currency);
  }
}

/**
 * Return shipping fee rule, over the whole request: one charge (the policy's amount in the order
 * currency) per return shipment, split over the lines sent back in proportion to what remains
 * refundable on each, and never more than that. Waived for every line when any line sent back is
 * the merchant's fault (the merchant pays that parcel anyway); lines not sent back pay none. The
 * statutory floors let the customer bear the direct cost of return (Directive 2011/83/EU art.
 * 14(1); PRC CRPL art. 25), so a floor does not waive it. `lines` are those still eligible.
 */
export function applyReturnShippingFee(ctx: OrderContext, lines: readonly LineWork[]): void {
  const fee = ctx.compiled.policy.fees.returnShipping[ctx.order.currency];
  if (fee === undefined || fee === 0) return;
  const shipped: LineWork[] = [];
  let merchantFault = false;
  for (const work of lines) {
    if (work.quantity === 0) continue;
    if (work.returnless) {
      work.reasons.push(reason("fee_waived", { fee: "return_shipping", cause: "returnless" }));
      continue;
    }
    shipped.push(work);
    if (work.merchantFault) merchantFault = true;
  }
  if (shipped.length === 0) return;
  if (merchantFault) {
    for (const work of shipped) {
      work.reasons.push(reason("fee_waived", { fee: "return_shipping", cause: "merchant_fault" }));
    }
    return;
  }
  const remaining = shipped.map((work) => Math.max(0, work.paid - work.restocking));
  const parts = allocateInteger(fee, remaining, ctx.order.currency);
  shipped.forEach((work, i) => {
    work.returnShipping = Math.min(parts[i]!, remaining[i]!);
  });
}
