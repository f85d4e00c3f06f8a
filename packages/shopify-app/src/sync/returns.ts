import type { PlatformFactInput, PlatformReturnLine } from "@aftersales/server";
import { z } from "zod";
import { ignore, SHOPIFY, type WebhookMapping } from "./mapping.js";
import { gidOf, ReturnLineItemPayloadSchema, type ReturnPayload, ReturnPayloadSchema } from "./payloads.js";
import { declineReasonFromShopify, reasonFromShopify } from "./reasons.js";

/** The `returns/*` topics and the fact each one reports about the return. */
export const RETURN_TOPICS = [
  "returns/request",
  "returns/approve",
  "returns/decline",
  "returns/close",
  "returns/reopen",
  "returns/cancel",
  "returns/update",
] as const;
/** A `returns/*` topic the case sync handles. */
export type ReturnTopic = (typeof RETURN_TOPICS)[number];

/**
 * The lines of a return in our words: one entry per order line (Shopify lists one return line per
 * fulfilment line, so two parcels of the same shirt are two entries there and one line here).
 */
function returnLines(payload: ReturnPayload): PlatformReturnLine[] | undefined {
  const parsed = z.array(ReturnLineItemPayloadSchema).safeParse(payload.return_line_items);
  if (!parsed.success || parsed.data.length === 0) return undefined;
  const byLine = new Map<string, PlatformReturnLine>();
  for (const item of parsed.data) {
    const lineItem = item.fulfillment_line_item?.line_item;
    const lineId = lineItem ? gidOf("LineItem", lineItem) : undefined;
    if (!lineId) return undefined;
    const { reason, note } = reasonFromShopify({
      return_reason: item.return_reason,
      return_reason_definition: item.return_reason_definition,
      note: [item.return_reason_note, item.customer_note].filter(Boolean).join(" — ") || undefined,
    });
    const known = byLine.get(lineId);
    byLine.set(
      lineId,
      known
        ? { ...known, quantity: known.quantity + item.quantity }
        : { lineId, quantity: item.quantity, reason, ...(note ? { note } : {}) },
    );
  }
  return [...byLine.values()];
}

function hasExchange(payload: ReturnPayload): boolean {
  return Array.isArray(payload.exchange_line_items) && payload.exchange_line_items.length > 0;
}

/** `returns/update` lists what changed (`{ removals: [...] }`, `{ additions: [...] }`); say it in a line. */
function updateSummary(payload: ReturnPayload): string | undefined {
  const parts: string[] = [];
  for (const [field, label] of [
    ["return_line_items", "return lines"],
    ["exchange_line_items", "exchange lines"],
  ] as const) {
    const changes = z
      .object({ additions: z.array(z.unknown()).nullish(), removals: z.array(z.unknown()).nullish() })
      .safeParse(payload[field]);
    if (!changes.success) continue;
    const added = changes.data.additions?.length ?? 0;
    const removed = changes.data.removals?.length ?? 0;
    if (added) parts.push(`${added} ${label} added`);
    if (removed) parts.push(`${removed} ${label} removed`);
  }
  return parts.length > 0 ? parts.join(", ") : undefined;
}

/**
 * A `returns/*` webhook → facts. `returns/request` opens (or links) the case; `returns/approve`
 * also opens it first when the return was created already approved in the admin (Shopify's
 * merchant-created returns start open), so approving an unknown return still shows up in our cases.
 */
export function mapReturnWebhook(topic: ReturnTopic, body: unknown): WebhookMapping {
  const parsed = ReturnPayloadSchema.safeParse(body);
  if (!parsed.success) return ignore(`${topic}: not a return (${parsed.error.issues[0]?.message})`);
  const payload = parsed.data;
  const returnId = gidOf("Return", payload);
  if (!returnId) return ignore(`${topic}: the return has no id`);
  const ref = { platform: SHOPIFY, returnId, ...(payload.name ? { name: payload.name } : {}) };

  const opening = (): PlatformFactInput | undefined => {
    const orderId = payload.order ? gidOf("Order", payload.order) : undefined;
    const lines = returnLines(payload);
    if (!orderId || !lines) return undefined;
    return { type: "return_opened", ...ref, orderId, lines, exchange: hasExchange(payload) };
  };

  switch (topic) {
    case "returns/request": {
      const open = opening();
      return open ? { facts: [open] } : ignore(`${topic}: the return names no order or no lines`);
    }
    case "returns/approve": {
      const open = opening();
      return { facts: [...(open ? [open] : []), { type: "return_approved", ...ref }] };
    }
    case "returns/decline":
      return {
        facts: [
          {
            type: "return_declined",
            ...ref,
            reasonCode: declineReasonFromShopify(payload.decline?.reason),
            ...(payload.decline?.note ? { message: payload.decline.note } : {}),
          },
        ],
      };
    case "returns/close":
      return { facts: [{ type: "return_closed", ...ref }] };
    case "returns/reopen":
      return { facts: [{ type: "return_reopened", ...ref }] };
    case "returns/cancel":
      return { facts: [{ type: "return_cancelled", ...ref }] };
    case "returns/update": {
      const summary = updateSummary(payload);
      return { facts: [{ type: "return_updated", ...ref, ...(summary ? { summary } : {}) }] };
    }
    default: {
      const never: never = topic;
      throw new Error(`unhandled return topic ${String(never)}`);
    }
  }
}
