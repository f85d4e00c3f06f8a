import type { OrderSnapshot } from "../../order/snapshot.js";
import type { WindowBasis } from "../policy.js";
import { reason } from "../reasons.js";
import { DAY_MS, HOUR_MS, type LineWork, type OrderContext, type WindowStart } from "./context.js";
import { parseInstant } from "./instants.js";

/**
 * The instant a window is counted from. By `delivery`: the delivery instant, else fulfilment plus
 * `transitAllowanceDays`, else the order date. By `fulfilment`: the fulfilment instant, else the
 * order date. By `order`: the order date. The result says which one it used.
 */
export function windowStartOf(
  order: OrderSnapshot,
  basis: WindowBasis,
  transitAllowanceDays: number,
): WindowStart {
  if (basis === "delivery" && order.deliveredAt !== undefined) {
    return { basis: "delivery", ms: parseInstant(order.deliveredAt) };
  }
  if (basis !== "order" && order.fulfilledAt !== undefined) {
    const fulfilled = parseInstant(order.fulfilledAt);
    return basis === "delivery"
      ? { basis: "fulfilment_plus_transit", ms: fulfilled + transitAllowanceDays * DAY_MS }
      : { basis: "fulfilment", ms: fulfilled };
  }
  return { basis: "order", ms: parseInstant(order.placedAt) };
}

/**
 * Window rule. The merchant's deadline is the start + the window's days × 24 h (the override's days
 * when one applies); for perishables, the delivery start + the perishable hours. A legal floor that
 * covers the line and ends later replaces it (and says so). Asking after the deadline makes the line
 * ineligible with `window_expired {deadline}`; the deadline itself still counts as in time.
 */
export function applyWindow(ctx: OrderContext, work: LineWork): void {
  const merchantDeadline = work.perishable
    ? ctx.deliveryStart.ms + ctx.compiled.policy.perishables.windowHours * HOUR_MS
    : ctx.windowStart.ms + work.windowDays * DAY_MS;
  work.deadlineMs = merchantDeadline;
  if (ctx.floor !== null && work.floorCovers && ctx.floor.deadlineMs > merchantDeadline) {
    work.deadlineMs = ctx.floor.deadlineMs;
    work.floorOverrides.push("window");
  }
  if (ctx.nowMs > work.deadlineMs) {
    work.reasons.push(reason("window_expired", { deadline: ctx.iso(work.deadlineMs) }));
  }
}
