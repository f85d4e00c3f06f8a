import { reason } from "../reasons.js";
import type { LineWork, OrderContext } from "./context.js";

/**
 * Perishables rule (fresh food): when the policy handles perishables, a perishable line follows its
 * own rules — a short window after delivery (see the window rule), only the listed quality, damage
 * and fulfilment reasons (`perishable_reason_not_accepted` otherwise), the perishable evidence (see
 * the reason rule), the perishable resolutions, and no return of the goods when `returnless`.
 */
export function applyPerishables(ctx: OrderContext, work: LineWork): void {
  if (!work.perishable) return;
  const settings = ctx.compiled.policy.perishables;
  work.reasons.push(reason("perishable_rules", { windowHours: settings.windowHours }));
  const given = work.request.reason;
  if (given !== undefined && !ctx.compiled.perishableReasons.has(given)) {
    work.reasonRefused = true;
    work.reasons.push(
      reason("perishable_reason_not_accepted", { reason: given, accepted: settings.reasons }),
    );
  }
  if (settings.returnless) work.returnless = true;
}
