import {
  type ActionFailure,
  actionFailure,
  allocate,
  type Money,
  parseMoney,
  type RefundRequest,
  toDecimalString,
} from "@aftersales/core";
import type { WooLineItem, WooOrder, WooRefund, WooShippingLine } from "../client/payloads.js";
import { refundedItemId } from "../order/map-order.js";

/**
 * The refund meta key that carries our idempotency key. WooCommerce has no idempotency keys of its
 * own; storing ours on the refund lets a repeat (from any server process, after a crash or a lost
 * answer) find the refund instead of paying twice. No leading underscore: the REST API does not
 * write protected meta.
 */
export const IDEMPOTENCY_META_KEY = "aftersales_idempotency_key";

/** One entry of a refund's `line_items` in the REST API's create format. */
export interface WooRefundLinePayload {
  readonly id: number;
  readonly quantity: number;
  readonly refund_total: string;
  readonly refund_tax: readonly { readonly id: number; readonly refund_total: string }[];
}

/** The body of `POST /orders/<id>/refunds`. */
export interface WooRefundPayload {
  readonly amount: string;
  readonly reason?: string;
  readonly api_refund: boolean;
  readonly api_restock: boolean;
  readonly line_items: readonly WooRefundLinePayload[];
  readonly meta_data: readonly { readonly key: string; readonly value: string }[];
}

const minor = (text: string, currency: string) => parseMoney(text, currency).amount;

/**
 * Splits a tax-inclusive amount of one order item into `refund_total` (net) and one `refund_tax`
 * per tax rate, in proportion to the item's own net total and taxes. The parts are allocated in
 * whole minor units and always add up to the amount exactly.
 */
function splitItem(
  item: Pick<WooLineItem | WooShippingLine, "id" | "total" | "taxes">,
  amount: Money,
  quantity: number,
): WooRefundLinePayload {
  const { currency } = amount;
  const weights = [minor(item.total, currency), ...item.taxes.map((tax) => minor(tax.total, currency))];
  const parts = weights.every((weight) => weight <= 0)
    ? [amount, ...item.taxes.map(() => ({ amount: 0, currency }))]
    : allocate(
        amount,
        weights.map((weight) => Math.max(0, weight)),
      );
  return {
    id: item.id,
    quantity,
    refund_total: toDecimalString(parts[0]!),
    refund_tax: item.taxes.map((tax, i) => ({ id: tax.id, refund_total: toDecimalString(parts[i + 1]!) })),
  };
}

/** What was already refunded of each order item: units and tax-inclusive money. */
function refundedByItem(
  refunds: readonly WooRefund[],
  currency: string,
): Map<number, { units: number; amount: number }> {
  const totals = new Map<number, { units: number; amount: number }>();
  for (const line of refunds.flatMap((refund) => refund.line_items)) {
    const itemId = refundedItemId(line);
    if (itemId === undefined) continue;
    const current = totals.get(itemId) ?? { units: 0, amount: 0 };
    totals.set(itemId, {
      units: current.units + Math.abs(line.quantity),
      amount: current.amount + Math.abs(minor(line.total, currency) + minor(line.total_tax, currency)),
    });
  }
  return totals;
}

/** The refund already made with this idempotency key, if any. */
export function refundWithKey(refunds: readonly WooRefund[], key: string): WooRefund | undefined {
  return refunds.find((refund) =>
    refund.meta_data.some((entry) => entry.key === IDEMPOTENCY_META_KEY && entry.value === key),
  );
}

/** Settings that shape every refund. */
export interface RefundPlanOptions {
  /** Ask the payment gateway to pay the money back (`api_refund: true`); otherwise record only. */
  readonly gatewayRefunds: boolean;
}

/**
 * Checks a validated refund request against the order as WooCommerce has it now and builds the
 * request body: every line in the order's currency, existing and with enough units and money left,
 * the total within what is left to refund; then line amounts split into net and per-rate taxes,
 * shipping spread over the shipping lines, `api_refund` as configured (WooCommerce's default is a
 * gateway refund, so "record only" must be sent explicitly) and `api_restock` only when asked
 * (WooCommerce's default is to restock).
 */
export function planRefund(
  order: WooOrder,
  refunds: readonly WooRefund[],
  request: RefundRequest,
  options: RefundPlanOptions,
): { readonly ok: true; readonly payload: WooRefundPayload } | ActionFailure {
  const currency = order.currency.toUpperCase();
  if (request.amount.currency !== currency) {
    return actionFailure(
      "currency_mismatch",
      `Order ${order.id} is in ${currency}, the refund in ${request.amount.currency}`,
    );
  }
  const refunded = refundedByItem(refunds, currency);
  const lines: WooRefundLinePayload[] = [];
  for (const line of request.lines) {
    const item = order.line_items.find((candidate) => String(candidate.id) === line.lineId);
    if (!item) return actionFailure("not_found", `Order ${order.id} has no line ${line.lineId}`);
    const done = refunded.get(item.id) ?? { units: 0, amount: 0 };
    const unitsLeft = item.quantity - done.units;
    if (line.quantity > unitsLeft) {
      return actionFailure(
        "exceeds_refundable",
        `Line ${line.lineId} has ${Math.max(0, unitsLeft)} refundable unit(s); ${line.quantity} requested`,
      );
    }
    const moneyLeft = minor(item.total, currency) + minor(item.total_tax, currency) - done.amount;
    if (line.amount.amount > moneyLeft) {
      return actionFailure(
        "exceeds_refundable",
        `Line ${line.lineId} has ${toDecimalString({ amount: Math.max(0, moneyLeft), currency })} ${currency} left to refund; ${toDecimalString(line.amount)} requested`,
      );
    }
    lines.push(splitItem(item, line.amount, line.quantity));
  }
  const shipping = request.shipping?.amount ?? 0;
  if (shipping > 0) {
    const shippingLines = order.shipping_lines;
    if (shippingLines.length === 0)
      return actionFailure("exceeds_refundable", `Order ${order.id} has no shipping to refund`);
    const gross = shippingLines.map((item) => minor(item.total, currency) + minor(item.total_tax, currency));
    const shares = allocate({ amount: shipping, currency }, gross);
    shippingLines.forEach((item, i) => {
      if (shares[i]!.amount > 0) lines.push(splitItem(item, shares[i]!, 0));
    });
  }
  const alreadyRefunded = refunds.reduce(
    (total, refund) => total + Math.abs(minor(refund.amount, currency)),
    0,
  );
  const left = minor(order.total, currency) - alreadyRefunded;
  if (request.amount.amount > left) {
    return actionFailure(
      "exceeds_refundable",
      `Order ${order.id} has ${toDecimalString({ amount: Math.max(0, left), currency })} ${currency} left to refund; ${toDecimalString(request.amount)} requested`,
    );
  }
  return {
    ok: true,
    payload: {
      amount: toDecimalString(request.amount),
      ...(request.note ? { reason: request.note } : {}),
      api_refund: options.gatewayRefunds,
      api_restock: request.restock,
      line_items: lines,
      meta_data: [{ key: IDEMPOTENCY_META_KEY, value: request.idempotencyKey }],
    },
  };
}
