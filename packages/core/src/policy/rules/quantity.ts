import type { OrderSnapshot } from "../../order/snapshot.js";
import { reason } from "../reasons.js";
import { paidForUnitsFast } from "./amounts.js";
import type { LineWork, OrderContext } from "./context.js";

// Platform return statuses whose units are neither refunded yet nor given back to the customer.
// Closed returns are refunded (counted through `refunds`); declined and cancelled ones free their units.
const PENDING_RETURN = new Set(["requested", "open", "in_progress", "pending"]);

/**
 * Units per line id that earlier refunds and pending returns already took, or `null` when the
 * order has neither (the common case, kept allocation-free).
 */
export function takenUnitsOf(order: OrderSnapshot): Map<string, number> | null {
  if (order.refunds.length === 0 && order.returns.length === 0) return null;
  const taken = new Map<string, number>();
  const count = (lines: readonly { lineId: string; quantity: number }[]) => {
    for (const l of lines) taken.set(l.lineId, (taken.get(l.lineId) ?? 0) + l.quantity);
  };
  for (const refund of order.refunds) count(refund.lines);
  for (const ret of order.returns) if (PENDING_RETURN.has(ret.status.toLowerCase())) count(ret.lines);
  return taken;
}

/**
 * Quantity rule: a line never returns more than its refundable units — the smaller of the
 * platform's `refundableQuantity` and the units bought minus earlier refunds and pending returns.
 * None left: `nothing_refundable` (ineligible). Fewer than asked: the decision covers what is left
 * and says `quantity_exceeds_refundable {requested, refundable}`. The paid amount takes the units
 * after those already refunded, with the line's discount spread exactly (`paidForUnits`).
 */
export function applyQuantity(ctx: OrderContext, work: LineWork): void {
  const line = work.line;
  const requested = work.request.quantity;
  const taken = ctx.takenUnits?.get(line.id) ?? 0;
  const refundable = Math.max(0, Math.min(line.refundableQuantity, line.quantity - taken));
  work.refundableUnits = refundable;
  if (refundable === 0) {
    work.reasons.push(reason("nothing_refundable", { requested }));
    work.quantity = 0;
  } else if (requested > refundable) {
    work.reasons.push(reason("quantity_exceeds_refundable", { requested, refundable }));
    work.quantity = refundable;
  } else {
    work.quantity = requested;
  }
  work.paid = paidForUnitsFast(line, work.quantity, line.quantity - refundable);
}
