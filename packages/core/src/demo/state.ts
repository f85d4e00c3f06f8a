import { AftersalesError } from "../errors.js";
import { allocate, type Money } from "../money/money.js";
import { type OrderLine, type OrderSnapshot, OrderSnapshotSchema } from "../order/snapshot.js";
import type { RefundLine, ReturnStatus } from "../ports/actions.js";
import { parseOrThrow } from "../validation.js";
import type { DemoOrderSeed } from "./orders.js";

/** A refund as the demo store keeps it: per-line amounts too, which a snapshot does not show. */
export interface DemoRefundRecord {
  readonly id: string;
  readonly createdAt: string;
  readonly amount: Money;
  readonly lines: readonly RefundLine[];
  readonly shipping?: Money;
  readonly note?: string;
}

/** A return as the demo store keeps it. */
export interface DemoReturnRecord {
  readonly id: string;
  readonly createdAt: string;
  status: ReturnStatus;
  readonly lines: readonly { readonly lineId: string; readonly quantity: number }[];
}

/** One order inside the demo store: what was bought, plus the refunds and returns since. */
export interface DemoOrderRecord {
  /** The snapshot as placed, before refunds and returns (refundable quantities equal quantities). */
  readonly placed: OrderSnapshot;
  readonly refunds: DemoRefundRecord[];
  readonly returns: DemoReturnRecord[];
}

/** Statuses in which a return still holds its units. */
const ACTIVE_RETURN: ReadonlySet<ReturnStatus> = new Set(["requested", "open"]);

/** Sequence numbers for the ids the demo store hands out. */
export interface DemoIds {
  next(kind: string): string;
}

/** Creates a per-store id sequence: `gid://demo/Refund/1`, `gid://demo/Refund/2` … */
export function createDemoIds(): DemoIds {
  const counters = new Map<string, number>();
  return {
    next(kind) {
      const n = (counters.get(kind) ?? 0) + 1;
      counters.set(kind, n);
      return `gid://demo/${kind}/${n}`;
    },
  };
}

/** Converts an instant given as ISO text or epoch ms to ISO text; bad input is a misconfiguration. */
export function toInstant(value: string | number, what: string): string {
  const ms = typeof value === "number" ? value : Date.parse(value);
  if (!Number.isFinite(ms))
    throw new AftersalesError("invalid_argument", `${what} is not an instant: ${value}`);
  return new Date(ms).toISOString();
}

/** Drops keys whose value is undefined, so optional fields are absent rather than undefined. */
function withoutUndefined<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function minutesBefore(nowMs: number, minutes: number): string {
  return new Date(nowMs - minutes * 60_000).toISOString();
}

/** Fixes a seed's dates against `now` and turns it into an order record. */
export function buildDemoOrder(seed: DemoOrderSeed, now: string, ids: DemoIds): DemoOrderRecord {
  const nowMs = Date.parse(now);
  const at = (minutes: number | undefined) =>
    minutes === undefined ? undefined : minutesBefore(nowMs, minutes);
  const money = (amount: number): Money => ({ amount, currency: seed.currency });
  const gross = seed.lines.map((line) => line.unitPrice * line.quantity);
  const discounts = seed.discount ? allocate(money(seed.discount.amount), gross) : [];
  const number = seed.number.replace(/^#/, "");
  const lines = seed.lines.map((line, i) => {
    const discount = discounts[i];
    const { product } = line;
    return {
      id: `L${i + 1}`,
      productId: product.productId,
      variantId: product.variantId,
      sku: product.sku,
      title: product.title,
      ...(product.variantTitle ? { variantTitle: product.variantTitle } : {}),
      productType: product.productType,
      vendor: product.vendor,
      tags: [...product.tags],
      collections: [...product.collections],
      quantity: line.quantity,
      refundableQuantity: line.quantity,
      unitPrice: money(line.unitPrice),
      ...(discount && discount.amount > 0 ? { discount } : {}),
      flags: { ...product.flags },
    };
  });
  const linesTotal = gross.reduce((a, b) => a + b, 0) - (seed.discount?.amount ?? 0);
  const placed = parseOrThrow(
    OrderSnapshotSchema,
    withoutUndefined({
      platform: "demo",
      id: `gid://demo/Order/${number}`,
      number: seed.number,
      currency: seed.currency,
      customer: seed.customer,
      salesChannel: seed.salesChannel ?? "online",
      placedAt: at(seed.placed),
      fulfilledAt: at(seed.fulfilled),
      deliveredAt: at(seed.delivered),
      shippingAddress: seed.shippingAddress,
      billingAddress: seed.shippingAddress,
      lines,
      shippingTotal: seed.shipping === undefined ? undefined : money(seed.shipping),
      total: money(linesTotal + (seed.shipping ?? 0)),
      tags: [...(seed.tags ?? []), ...(seed.discount ? [`discount:${seed.discount.code}`] : [])],
    }),
    `demo order ${seed.number}`,
  );
  const returns = (seed.returns ?? []).map((entry) => ({
    id: ids.next("Return"),
    createdAt: minutesBefore(nowMs, entry.at),
    status: entry.status,
    lines: entry.lines.map((line) => ({ ...line })),
  }));
  const refunds = (seed.refunds ?? []).map((refund) => {
    const parts = refund.lines.map((line) => ({ ...line, amount: money(line.amount) }));
    const amount = parts.reduce((total, line) => total + line.amount.amount, refund.shipping ?? 0);
    return {
      id: ids.next("Refund"),
      createdAt: minutesBefore(nowMs, refund.at),
      amount: money(amount),
      lines: parts,
      ...(refund.shipping === undefined ? {} : { shipping: money(refund.shipping) }),
      note: refund.note,
    };
  });
  return { placed, refunds, returns };
}

/** Units of a line refunded so far. */
export function refundedUnits(record: DemoOrderRecord, lineId: string): number {
  return record.refunds
    .flatMap((refund) => refund.lines)
    .filter((line) => line.lineId === lineId)
    .reduce((total, line) => total + line.quantity, 0);
}

/** Money refunded so far on a line (units and money-only parts). */
export function refundedOnLine(record: DemoOrderRecord, lineId: string): number {
  return record.refunds
    .flatMap((refund) => refund.lines)
    .filter((line) => line.lineId === lineId)
    .reduce((total, line) => total + line.amount.amount, 0);
}

/** Units of a line held by requested or open returns, optionally leaving one return out. */
export function unitsInReturns(record: DemoOrderRecord, lineId: string, exceptReturnId?: string): number {
  return record.returns
    .filter((entry) => ACTIVE_RETURN.has(entry.status) && entry.id !== exceptReturnId)
    .flatMap((entry) => entry.lines)
    .filter((line) => line.lineId === lineId)
    .reduce((total, line) => total + line.quantity, 0);
}

/** Units of the line that can still be refunded or returned, leaving out one return's hold. */
export function refundableUnits(record: DemoOrderRecord, line: OrderLine, exceptReturnId?: string): number {
  return Math.max(
    0,
    line.quantity - refundedUnits(record, line.id) - unitsInReturns(record, line.id, exceptReturnId),
  );
}

/** The snapshot of an order now: refunds and returns applied, refundable quantities shrunk. */
export function snapshotOf(record: DemoOrderRecord): OrderSnapshot {
  const { placed } = record;
  return structuredClone({
    ...placed,
    lines: placed.lines.map((line) => ({ ...line, refundableQuantity: refundableUnits(record, line) })),
    refunds: record.refunds.map((refund) => ({
      id: refund.id,
      createdAt: refund.createdAt,
      amount: refund.amount,
      lines: refund.lines
        .filter((line) => line.quantity > 0)
        .map((line) => ({ lineId: line.lineId, quantity: line.quantity })),
      ...(refund.note === undefined ? {} : { note: refund.note }),
    })),
    returns: record.returns.map((entry) => ({
      id: entry.id,
      createdAt: entry.createdAt,
      status: entry.status,
      lines: entry.lines.map((line) => ({ ...line })),
    })),
  });
}
