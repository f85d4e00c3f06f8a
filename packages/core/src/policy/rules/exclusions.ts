import { type ExclusionCode, reason } from "../reasons.js";
import type { LineWork, OrderContext } from "./context.js";

function exclude(
  work: LineWork,
  code: ExclusionCode,
  override: { index: number; label: string | undefined } | null,
) {
  // A statutory right in force sets aside a merchant exclusion the statute does not make (goods the
  // statute excludes never get `withinFloor`).
  if (work.withinFloor) {
    work.floorOverrides.push(code);
    return;
  }
  // Faulty goods stay the merchant's responsibility even when excluded from returns: a person checks.
  const given = work.request.reason;
  if (work.merchantFault && given !== undefined) {
    work.reasons.push(reason("excluded_item_fault_claim", { exclusion: code, reason: given }));
    return;
  }
  if (code === "excluded_by_policy") {
    const params =
      override!.label === undefined
        ? { override: override!.index }
        : { override: override!.index, label: override!.label };
    work.reasons.push(reason("excluded_by_policy", params));
  } else {
    work.reasons.push(reason(code, {}));
  }
}

/**
 * Exclusions rule: final-sale, gift-card, customised, digital, hygiene and periodical items (as the
 * policy's `exclusions` switch them on) and lines an override excludes are ineligible — unless a
 * legal floor is in force for the line (the floor overrides the exclusion and says so), or the
 * reason is the merchant's fault (`excluded_item_fault_claim`, reviewed by a person).
 */
export function applyExclusions(ctx: OrderContext, work: LineWork): void {
  const on = ctx.compiled.policy.exclusions;
  const flags = work.line.flags;
  // Written out rather than looped over a table: this runs for every line of every evaluation.
  if (on.finalSale && flags.finalSale) exclude(work, "final_sale", null);
  if (on.giftCard && flags.giftCard) exclude(work, "gift_card", null);
  if (on.customized && flags.customized) exclude(work, "customized", null);
  if (on.digital && flags.digital) exclude(work, "digital", null);
  if (on.hygiene && flags.hygiene) exclude(work, "hygiene", null);
  if (on.periodical && flags.periodical) exclude(work, "periodical", null);
  if (work.excludedBy !== null) exclude(work, "excluded_by_policy", work.excludedBy);
}
