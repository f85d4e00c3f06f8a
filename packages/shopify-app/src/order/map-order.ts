import {
  add,
  type LineFlags,
  type Money,
  type OrderLine,
  type OrderSnapshot,
  type OrderSnapshotInput,
  OrderSnapshotSchema,
  parseMoney,
  toIssues,
  zero,
} from "@aftersales/core";
import type { GetOrderQuery, LinePageFragment } from "../graphql/admin.gen.js";

/** The order as the GetOrder query returns it (without its line-item connection). */
export type AdminOrder = NonNullable<GetOrderQuery["order"]>;
/** One line item node of the LinePage fragment. */
export type AdminLineItem = LinePageFragment["nodes"][number];

/** Which product tags set which line flag (lower-case tag → flag). Merchants tag products this way. */
export type FlagTags = Readonly<Record<string, keyof LineFlags>>;

/** The product tags the app reads as line flags unless the merchant configures others. */
export const DEFAULT_FLAG_TAGS: FlagTags = {
  "final-sale": "finalSale",
  "final sale": "finalSale",
  perishable: "perishable",
  "fresh-food": "perishable",
  customized: "customized",
  personalized: "customized",
  personalised: "customized",
  hygiene: "hygiene",
  periodical: "periodical",
};

/** What mapping needs besides the order. */
export interface MapOrderOptions {
  readonly flagTags?: FlagTags;
}

/** Mapping failed: the order cannot be a snapshot (no email, unreadable money …). */
export class UnmappableOrderError extends Error {
  override readonly name = "UnmappableOrderError";
}

type MoneyBag = { presentmentMoney: { amount: string; currencyCode: string } };

function money(bag: MoneyBag, currency: string): Money {
  if (bag.presentmentMoney.currencyCode !== currency) {
    throw new UnmappableOrderError(
      `amount in ${bag.presentmentMoney.currencyCode} on an order presented in ${currency}`,
    );
  }
  // Shopify sends decimals such as "19.99", "20.0" or "2000.0" for JPY; digits beyond the
  // currency's exponent are zeros, which parseMoney accepts without rounding.
  try {
    return parseMoney(bag.presentmentMoney.amount, currency);
  } catch (error) {
    throw new UnmappableOrderError(error instanceof Error ? error.message : String(error));
  }
}

const latest = (instants: readonly string[]): string | undefined =>
  instants.length === 0 ? undefined : instants.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a));

function utc(instant: string): string {
  return new Date(instant).toISOString();
}

type Fulfillment = AdminOrder["fulfillments"][number];

const LIVE = (f: Fulfillment) => f.status !== "CANCELLED" && f.status !== "ERROR" && f.status !== "FAILURE";

/**
 * When a parcel arrived: the fulfilment's `deliveredAt`, else the newest DELIVERED tracking event
 * (carriers that report through events), else nothing.
 */
export function fulfillmentDeliveredAt(fulfillment: Fulfillment): string | undefined {
  if (fulfillment.deliveredAt) return utc(fulfillment.deliveredAt);
  const delivered = fulfillment.events.nodes.filter((e) => e.status === "DELIVERED").map((e) => e.happenedAt);
  const at = latest(delivered);
  return at ? utc(at) : undefined;
}

/**
 * Fulfilment and delivery instants of the order. `fulfilledAt` is when the last live fulfilment
 * was created. `deliveredAt` is when the last parcel arrived, known only when every live
 * fulfilment that ships has arrived (a half-delivered order has no delivery instant, so the return
 * window falls back to fulfilment plus transit, as the policy says); fulfilments that need no
 * shipping (digital goods) count as delivered when created.
 */
export function deliveryInstants(order: AdminOrder): { fulfilledAt?: string; deliveredAt?: string } {
  const live = order.fulfillments.filter(LIVE);
  if (live.length === 0) return {};
  const fulfilledAt = utc(latest(live.map((f) => f.createdAt))!);
  const arrivals: string[] = [];
  for (const fulfillment of live) {
    const at = fulfillment.requiresShipping
      ? fulfillmentDeliveredAt(fulfillment)
      : utc(fulfillment.createdAt);
    if (!at) return { fulfilledAt };
    arrivals.push(at);
  }
  return { fulfilledAt, deliveredAt: latest(arrivals)! };
}

function flagsOf(line: AdminLineItem, flagTags: FlagTags): LineFlags {
  const flags: LineFlags = {
    finalSale: false,
    perishable: false,
    customized: false,
    digital: !line.requiresShipping && !line.isGiftCard,
    digitalOpened: false,
    giftCard: line.isGiftCard,
    hygiene: false,
    periodical: false,
  };
  for (const tag of line.product?.tags ?? []) {
    const flag = flagTags[tag.trim().toLowerCase()];
    if (flag) flags[flag] = true;
  }
  return flags;
}

/** Units of each line that sit in a return still open (requested or approved) and not yet refunded. */
function unitsInOpenReturns(order: AdminOrder): Map<string, number> {
  const units = new Map<string, number>();
  for (const ret of order.returns.nodes) {
    if (ret.status !== "REQUESTED" && ret.status !== "OPEN") continue;
    for (const item of ret.returnLineItems.nodes) {
      const lineId = "fulfillmentLineItem" in item ? item.fulfillmentLineItem.lineItem.id : undefined;
      if (!lineId) continue;
      const pending = Math.max(item.quantity - item.refundedQuantity, 0);
      units.set(lineId, (units.get(lineId) ?? 0) + pending);
    }
  }
  return units;
}

function mapLine(
  line: AdminLineItem,
  currency: string,
  inReturns: number,
  flagTags: FlagTags,
): OrderLine | undefined {
  // Lines removed by an order edit keep quantity but have currentQuantity 0: nothing to return.
  if (line.quantity <= 0) return undefined;
  const discount = line.discountAllocations.reduce(
    (total, allocation) => add(total, money(allocation.allocatedAmountSet, currency)),
    zero(currency),
  );
  const product = line.product;
  return {
    id: line.id,
    productId: product?.id ?? line.variant?.id ?? line.id,
    ...(line.variant ? { variantId: line.variant.id } : {}),
    ...(line.sku ? { sku: line.sku } : {}),
    title: line.title,
    ...(line.variantTitle ? { variantTitle: line.variantTitle } : {}),
    ...(product?.productType ? { productType: product.productType } : {}),
    ...(line.vendor ? { vendor: line.vendor } : {}),
    tags: product?.tags ?? [],
    collections: product?.collections.nodes.map((c) => c.handle) ?? [],
    quantity: line.quantity,
    // Shopify's refundableQuantity already leaves out refunded units; units waiting in an open
    // return are not refundable a second time either.
    refundableQuantity: Math.max(Math.min(line.refundableQuantity, line.quantity) - inReturns, 0),
    unitPrice: money(line.originalUnitPriceSet, currency),
    ...(discount.amount > 0 ? { discount } : {}),
    flags: flagsOf(line, flagTags),
  };
}

function address(
  value: {
    countryCodeV2: string | null;
    provinceCode: string | null;
    city?: string | null;
    zip?: string | null;
  } | null,
) {
  if (!value?.countryCodeV2) return undefined;
  return {
    country: value.countryCodeV2,
    ...(value.provinceCode ? { region: value.provinceCode } : {}),
    ...(value.city ? { city: value.city } : {}),
    ...(value.zip ? { postalCode: value.zip } : {}),
  };
}

/**
 * Maps an Admin API order (with all its line items) to core's snapshot. Money is in the
 * presentment currency (what the shopper paid and is refunded in), parsed by that currency's
 * exponent. Throws {@link UnmappableOrderError} when the order cannot be a valid snapshot.
 */
export function mapOrder(
  order: AdminOrder,
  lines: readonly AdminLineItem[],
  options: MapOrderOptions = {},
): OrderSnapshot {
  const currency = order.presentmentCurrencyCode;
  const flagTags = options.flagTags ?? DEFAULT_FLAG_TAGS;
  const email = order.email ?? order.customer?.email;
  if (!email) throw new UnmappableOrderError(`order ${order.name} has no email`);
  const inReturns = unitsInOpenReturns(order);
  const customer = order.customer;
  const country =
    customer?.defaultAddress?.countryCodeV2 ??
    order.shippingAddress?.countryCodeV2 ??
    order.billingAddress?.countryCodeV2 ??
    undefined;
  const region =
    customer?.defaultAddress?.provinceCode ??
    order.shippingAddress?.provinceCode ??
    order.billingAddress?.provinceCode ??
    undefined;
  const phone = order.phone ?? customer?.phone ?? undefined;
  const shippingAddress = address(order.shippingAddress);
  const billingAddress = address(order.billingAddress);
  const shippingTotal = money(order.totalShippingPriceSet, currency);
  const snapshot: OrderSnapshotInput = {
    platform: "shopify",
    id: order.id,
    number: order.name,
    currency,
    customer: {
      id: customer?.id ?? null,
      email,
      ...(phone ? { phone } : {}),
      ...(customer?.firstName ? { firstName: customer.firstName } : {}),
      ...(customer?.lastName ? { lastName: customer.lastName } : {}),
      ...(country ? { country } : {}),
      ...(region ? { region } : {}),
    },
    salesChannel: order.sourceName === "pos" ? "pos" : "online",
    placedAt: utc(order.processedAt ?? order.createdAt),
    ...deliveryInstants(order),
    ...(shippingAddress ? { shippingAddress } : {}),
    ...(billingAddress ? { billingAddress } : {}),
    lines: lines.flatMap((line) => mapLine(line, currency, inReturns.get(line.id) ?? 0, flagTags) ?? []),
    ...(shippingTotal.amount > 0 ? { shippingTotal } : {}),
    total: money(order.totalPriceSet, currency),
    refunds: order.refunds.map((refund) => ({
      id: refund.id,
      createdAt: utc(refund.createdAt ?? order.createdAt),
      amount: money(refund.totalRefundedSet, currency),
      lines: refund.refundLineItems.nodes
        .filter((item) => item.quantity > 0)
        .map((item) => ({ lineId: item.lineItem.id, quantity: item.quantity })),
      ...(refund.note ? { note: refund.note } : {}),
    })),
    returns: order.returns.nodes.map((ret) => ({
      id: ret.id,
      createdAt: utc(ret.createdAt),
      status: RETURN_STATUS[ret.status],
      lines: ret.returnLineItems.nodes.flatMap((item) =>
        "fulfillmentLineItem" in item && item.quantity > 0
          ? [{ lineId: item.fulfillmentLineItem.lineItem.id, quantity: item.quantity }]
          : [],
      ),
    })),
    tags: order.tags,
  };
  const parsed = OrderSnapshotSchema.safeParse(snapshot);
  if (!parsed.success) {
    const issues = toIssues(parsed.error)
      .map((issue) => `${issue.path}: ${issue.message}`)
      .join("; ");
    throw new UnmappableOrderError(`order ${order.name} does not make a valid snapshot: ${issues}`);
  }
  return parsed.data;
}

/** Shopify's return statuses in core's words. */
export const RETURN_STATUS = {
  REQUESTED: "requested",
  OPEN: "open",
  DECLINED: "declined",
  CLOSED: "closed",
  CANCELED: "cancelled",
} as const satisfies Record<AdminOrder["returns"]["nodes"][number]["status"], string>;
