import type { LineFlags } from "../../order/snapshot.js";
import type { ReturnPolicy } from "../policy.js";
import { type ExclusionCode, reason } from "../reasons.js";
import type { LineWork, OrderContext } from "./context.js";

type FlagExclusion = readonly [keyof LineFlags & keyof ReturnPolicy["exclusions"], ExclusionCode];

const FLAG_EXCLUSIONS: readonly FlagExclusion[] = [
  ["finalSale", "final_sale"],
  ["giftCard", "gift_card"],
  ["customized", "customized"],
  ["digital", "digital"],
  ["hygiene", "hygiene"],
  ["periodical", "periodical"],
];

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
  const exclusions = ctx.compiled.policy.exclusions;
  const flags = work.line.flags;
  for (const [flag, code] of FLAG_EXCLUSIONS) {
    if (exclusions[flag] && flags[flag]) exclude(work, code, null);
  }
  if (work.excludedBy !== null) exclude(work, "excluded_by_policy", work.excludedBy);
}
