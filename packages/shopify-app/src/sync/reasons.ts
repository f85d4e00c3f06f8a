import { DEFAULT_REASON_HANDLES } from "../actions/reasons.js";

/**
 * Shopify's return reasons → our reason codes (core's default policy). Webhooks carry the legacy
 * `return_reason` enum in lower case (`size_too_small`, `unwanted`, `unknown` …) and, since 2026-10,
 * the reason definition's handle (`size-too-small`). `unwanted` is the shopper changing their mind;
 * `unknown` (Shopify's value for returns made without a reason) is "other".
 */
const FROM_SHOPIFY: Readonly<Record<string, string>> = {
  color: "color",
  defective: "defective",
  not_as_described: "not_as_described",
  size_too_large: "size_too_large",
  size_too_small: "size_too_small",
  style: "style",
  unwanted: "changed_mind",
  wrong_item: "wrong_item",
  other: "other",
  unknown: "other",
};

/**
 * A return we requested with a reason Shopify has no definition for goes out as "other" with
 * `Reason: <our code>` in the customer note (see `createShopifyActions`); read it back from there.
 */
const OUR_REASON_IN_NOTE = /^Reason: ([a-z_]+)(?: — (.*))?$/s;

/** Our reason code and the remaining note of one Shopify return line. */
export function reasonFromShopify(line: {
  return_reason?: string | null | undefined;
  return_reason_definition?: { handle?: string | null | undefined } | null | undefined;
  note?: string | undefined;
}): { reason: string; note?: string } {
  const handle = line.return_reason_definition?.handle?.replaceAll("-", "_").toLowerCase();
  let reason =
    (handle && FROM_SHOPIFY[handle]) ?? FROM_SHOPIFY[line.return_reason?.toLowerCase() ?? ""] ?? "other";
  let note = line.note?.trim() || undefined;
  const ours = note ? OUR_REASON_IN_NOTE.exec(note) : null;
  if (ours?.[1] && reason === "other" && ours[1] in DEFAULT_REASON_HANDLES) {
    reason = ours[1];
    note = ours[2]?.trim() || undefined;
  }
  return note ? { reason, note } : { reason };
}

/** Shopify's decline reasons (`final_sale`, `return_period_ended`, `other`) → our codes. */
export function declineReasonFromShopify(reason: string | null | undefined): string {
  switch (reason?.toLowerCase()) {
    case "final_sale":
      return "final_sale";
    case "return_period_ended":
      return "window_expired";
    default:
      return "other";
  }
}
