import type { ReturnResolution } from "../policy.js";
import { reason } from "../reasons.js";
import type { LineWork, OrderContext } from "./context.js";

/**
 * Whether `resolution` fits this line and reason: an exchange needs a variant product and real
 * goods; repair and re-ship are for the merchant's faults; keeping the item needs a unit value at
 * most the policy's `keepItem.maxUnitValue` in the order currency.
 */
function fits(ctx: OrderContext, work: LineWork, resolution: ReturnResolution): boolean {
  const flags = work.line.flags;
  switch (resolution) {
    case "refund":
    case "store_credit":
      return true;
    case "exchange":
      return work.line.variantId !== undefined && !flags.giftCard && !flags.digital;
    case "repair":
    case "reship":
      return work.merchantFault && !flags.giftCard && !flags.digital;
    case "keep_item": {
      const limit = ctx.compiled.policy.resolutions.keepItem.maxUnitValue[ctx.order.currency];
      return limit !== undefined && work.quantity > 0 && Math.ceil(work.paid / work.quantity) <= limit;
    }
    default: {
      const unreachable: never = resolution;
      return unreachable;
    }
  }
}

/**
 * Resolutions rule: the offered resolutions are the perishable ones for perishables, else the
 * matching override's, else the policy's; each must fit the line (see `fits`). A legal floor in
 * force always offers a refund (statutory withdrawal reimburses the payment). A requested
 * resolution outside the offer makes the line ineligible with `resolution_not_offered {offered}`;
 * asking to keep the item (and every perishable claim, by default) means no return shipment.
 */
export function applyResolutions(ctx: OrderContext, work: LineWork): void {
  const base = work.perishable
    ? ctx.compiled.policy.perishables.resolutions
    : (work.overrideResolutions ?? ctx.compiled.resolutions);
  const offered: ReturnResolution[] = [];
  for (const resolution of base) if (fits(ctx, work, resolution)) offered.push(resolution);
  if (work.withinFloor && !offered.includes("refund")) {
    offered.unshift("refund");
    work.floorOverrides.push("resolutions");
  }
  work.resolutions = offered;
  const requested = work.request.resolution;
  if (offered.length === 0) {
    work.reasons.push(reason("no_resolution_available", {}));
  } else if (requested !== undefined && !offered.includes(requested)) {
    work.reasons.push(reason("resolution_not_offered", { requested, offered }));
  }
  if (requested === "keep_item") work.returnless = true;
}
