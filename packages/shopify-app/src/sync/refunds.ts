import { type Currency, CurrencySchema, type Money, parseMoney, sum } from "@aftersales/core";
import { ignore, SHOPIFY, type WebhookMapping } from "./mapping.js";
import { gidOf, RefundPayloadSchema } from "./payloads.js";

/** How the money went back, from the gateway of the refund's transactions. */
function methodOf(gateways: readonly string[]): "original_payment" | "store_credit" | "manual" {
  if (gateways.length > 0 && gateways.every((g) => g.includes("store_credit") || g.includes("gift_card"))) {
    return "store_credit";
  }
  if (gateways.length > 0 && gateways.every((g) => g === "manual" || g === "cash")) return "manual";
  return "original_payment";
}

/**
 * `refunds/create` → the refund, with the money actually paid back: the sum of its successful
 * `refund` transactions, parsed from Shopify's decimal strings by the currency's exponent. A
 * refund without one (restocking only, or a failed payment) moved no money and changes no case.
 */
export function mapRefundWebhook(body: unknown): WebhookMapping {
  const parsed = RefundPayloadSchema.safeParse(body);
  if (!parsed.success) return ignore(`refunds/create: not a refund (${parsed.error.issues[0]?.message})`);
  const refund = parsed.data;
  const refundId = gidOf("Refund", refund);
  const orderId = gidOf("Order", { id: refund.order_id });
  if (!refundId || !orderId) return ignore("refunds/create: the refund names no refund or order id");
  const paid = (refund.transactions ?? []).filter(
    (t) => t.kind.toLowerCase() === "refund" && t.status.toLowerCase() === "success",
  );
  if (paid.length === 0) return ignore(`refunds/create: refund ${refundId} paid nothing back`);
  const currencies = new Set(paid.map((t) => t.currency?.toUpperCase()));
  const [only] = currencies;
  const currency = CurrencySchema.safeParse(only);
  if (currencies.size !== 1 || !currency.success) {
    return ignore(`refunds/create: refund ${refundId} has no single currency`);
  }
  let amounts: Money[];
  try {
    amounts = paid.map((t) => parseMoney(t.amount, currency.data as Currency));
  } catch {
    return ignore(`refunds/create: refund ${refundId} has an amount that is not a decimal`);
  }
  const amount = sum(amounts, currency.data as Currency);
  if (amount.amount <= 0) return ignore(`refunds/create: refund ${refundId} paid nothing back`);
  const returnId = refund.return ? gidOf("Return", refund.return) : undefined;
  return {
    facts: [
      {
        type: "refund_created",
        platform: SHOPIFY,
        refundId,
        orderId,
        ...(returnId ? { returnId } : {}),
        amount,
        method: methodOf(paid.map((t) => t.gateway ?? "")),
      },
    ],
  };
}
