import type { ReturnDeclineReason } from "@aftersales/core";
import type { ReturnDeclineReason as ShopifyDeclineReason } from "../graphql/admin.gen.js";

/**
 * Our return reason codes (core's default policy) → Shopify return reason definition handles, best
 * match first. Since 2026-10 the `ReturnReason` enum is deprecated in favour of definitions looked
 * up with `returnReasonDefinitions(handles:)`; a code without a match goes to Shopify as "other"
 * with our code in the customer note, so no reason is lost. Merchants can pass their own table.
 */
export const DEFAULT_REASON_HANDLES: Readonly<Record<string, readonly string[]>> = {
  defective: ["defective"],
  damaged_in_transit: ["defective"],
  missing_part: ["defective", "not-as-described"],
  wrong_item: ["wrong-item"],
  not_as_described: ["not-as-described"],
  size: ["size-too-small", "size-too-large"],
  size_too_small: ["size-too-small"],
  size_too_large: ["size-too-large"],
  color: ["color"],
  style: ["style"],
  changed_mind: ["unwanted"],
  late_delivery: ["other"],
  other: ["other"],
};

/** Our decline reasons → `returnDeclineRequest`'s `ReturnDeclineReason`. */
export const DECLINE_REASONS = {
  final_sale: "FINAL_SALE",
  window_expired: "RETURN_PERIOD_ENDED",
  other: "OTHER",
} as const satisfies Record<ReturnDeclineReason, ShopifyDeclineReason>;
