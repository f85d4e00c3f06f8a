import {
  type Currency,
  type LineFlags,
  type Money,
  type OrderSnapshot,
  type OrderSnapshotInput,
  OrderSnapshotSchema,
  parseMoney,
  validate,
} from "@aftersales/core";
import type { WooLineItem, WooOrder, WooProduct, WooRefund } from "../client/payloads.js";
import { gmtInstant, metaInstant, metaValue } from "./dates.js";
import { decodeEntities, present } from "./text.js";

/** The platform name in every snapshot and event. */
export const WOOCOMMERCE_PLATFORM = "woocommerce";

/** Product tags (or category slugs) that set a line flag; compared case-insensitively with slugs and names. */
export type FlagTags = Readonly<Partial<Record<keyof LineFlags, readonly string[]>>>;

/** Default tag slugs for each flag; a merchant tags products with these (or configures others). */
export const defaultFlagTags: FlagTags = {
  finalSale: ["final-sale"],
  perishable: ["perishable"],
  customized: ["customized", "personalized", "personalised"],
  hygiene: ["hygiene"],
  giftCard: ["gift-card"],
  periodical: ["periodical"],
};

/** How WooCommerce orders become snapshots. */
export interface OrderMappingOptions {
  /**
   * Order meta key holding the delivery instant (written by a shipment-tracking plugin or by the
   * merchant); without it, or when it is empty, delivery falls back to `date_completed_gmt`.
   */
  readonly deliveryDateMetaKey?: string;
  /** Which tags mark a line final sale, perishable …; default {@link defaultFlagTags}. */
  readonly flagTags?: FlagTags;
}

/** What one order needs to be mapped: the order, its refunds and the products of its lines. */
export interface WooOrderBundle {
  readonly order: WooOrder;
  readonly refunds: readonly WooRefund[];
  readonly products: ReadonlyMap<number, WooProduct>;
}

type LineInput = OrderSnapshotInput["lines"][number];
type RefundInput = NonNullable<OrderSnapshotInput["refunds"]>[number];

/** Why an order could not become a snapshot (a result, not an exception). */
export type MappingResult =
  | { readonly ok: true; readonly order: OrderSnapshot }
  | { readonly ok: false; readonly message: string };

/** A WooCommerce decimal string in minor units of the order currency; refunds' negative signs dropped. */
function money(text: string, currency: Currency): Money {
  return parseMoney(text, currency);
}

function sumMinor(texts: readonly string[], currency: Currency): number {
  return texts.reduce((total, text) => total + money(text, currency).amount, 0);
}

/** The order line id a refund line gives back (`_refunded_item_id` meta; the refund line's own id differs). */
export function refundedItemId(line: WooRefund["line_items"][number]): number | undefined {
  const value = metaValue(line.meta_data, "_refunded_item_id");
  const id = typeof value === "number" ? value : typeof value === "string" ? Number(value) : Number.NaN;
  return Number.isInteger(id) && id > 0 ? id : undefined;
}

function flagsFor(product: WooProduct | undefined, flagTags: FlagTags): Partial<LineFlags> {
  if (!product) return {};
  const labels = new Set(
    [...product.tags, ...product.categories].flatMap((term) => [
      term.slug.toLowerCase(),
      decodeEntities(term.name).toLowerCase(),
    ]),
  );
  const flags: Partial<LineFlags> = {};
  for (const [flag, tags] of Object.entries(flagTags) as [keyof LineFlags, readonly string[]][]) {
    if (tags.some((tag) => labels.has(tag.toLowerCase()))) flags[flag] = true;
  }
  if (product.downloadable) flags.digital = true;
  return flags;
}

function variantTitle(item: WooLineItem): string | undefined {
  if (item.variation_id <= 0) return undefined;
  const values = item.meta_data
    .filter((entry) => !entry.key.startsWith("_"))
    .map((entry) => entry.display_value ?? entry.value)
    .filter((value): value is string | number => typeof value === "string" || typeof value === "number")
    .map((value) => decodeEntities(String(value)).trim())
    .filter((value) => value !== "");
  return values.length > 0 ? values.join(" / ") : undefined;
}

/**
 * One order line. Amounts are what the shopper paid, tax included: `subtotal + subtotal_tax` before
 * discounts, `total + total_tax` after. WooCommerce keeps line totals, not unit prices (its `price`
 * is a float of total ÷ quantity), so the unit price is the subtotal divided by the quantity,
 * rounded up to a whole minor unit, and the discount absorbs the difference: unit price × quantity
 * − discount is exactly the line's paid total.
 */
function mapLine(
  item: WooLineItem,
  currency: Currency,
  refundedUnits: number,
  product: WooProduct | undefined,
  flagTags: FlagTags,
): LineInput {
  const gross = sumMinor([item.subtotal, item.subtotal_tax], currency);
  const paid = sumMinor([item.total, item.total_tax], currency);
  const unit = Math.ceil(Math.max(gross, paid) / item.quantity);
  const discount = unit * item.quantity - paid;
  const sku = present(item.sku);
  const variant = variantTitle(item);
  return {
    id: String(item.id),
    productId: String(item.product_id),
    ...(item.variation_id > 0 ? { variantId: String(item.variation_id) } : {}),
    ...(sku ? { sku } : {}),
    title: decodeEntities(item.name).trim() || `Item ${item.id}`,
    ...(variant ? { variantTitle: variant } : {}),
    tags: product ? product.tags.map((tag) => decodeEntities(tag.name)) : [],
    collections: product ? product.categories.map((category) => decodeEntities(category.name)) : [],
    quantity: item.quantity,
    refundableQuantity: Math.max(0, item.quantity - refundedUnits),
    unitPrice: { amount: unit, currency },
    ...(discount > 0 ? { discount: { amount: discount, currency } } : {}),
    flags: flagsFor(product, flagTags),
  };
}

function mapRefund(refund: WooRefund, currency: Currency, lineIds: ReadonlySet<number>): RefundInput {
  const units = new Map<number, number>();
  for (const line of refund.line_items) {
    const itemId = refundedItemId(line);
    if (itemId === undefined || !lineIds.has(itemId) || line.quantity === 0) continue;
    units.set(itemId, (units.get(itemId) ?? 0) + Math.abs(line.quantity));
  }
  const note = present(refund.reason);
  return {
    id: String(refund.id),
    createdAt: gmtInstant(refund.date_created_gmt) ?? "",
    amount: { amount: Math.abs(money(refund.amount, currency).amount), currency },
    lines: [...units].map(([lineId, quantity]) => ({ lineId: String(lineId), quantity })),
    ...(note ? { note } : {}),
  };
}

function address(source: WooOrder["shipping"] | WooOrder["billing"]) {
  const country = present(source?.country)?.toUpperCase();
  if (!source || !country) return undefined;
  const region = present(source.state);
  const city = present(source.city);
  const postalCode = present(source.postcode);
  return {
    country,
    ...(region ? { region } : {}),
    ...(city ? { city } : {}),
    ...(postalCode ? { postalCode } : {}),
  };
}

const POS_CHANNELS = new Set(["pos", "woocommerce-pos", "pos-rest-api"]);

/**
 * Maps a WooCommerce order (with its refunds and products) to core's {@link OrderSnapshot},
 * validated with `OrderSnapshotSchema`: money strings to minor units of the order currency, guests
 * (`customer_id` 0) to `id: null`, `*_gmt` dates to UTC instants, delivery from the configured meta
 * key or `date_completed_gmt`, refundable quantities net of refunded units.
 */
export function mapWooOrder(bundle: WooOrderBundle, options: OrderMappingOptions = {}): MappingResult {
  const { order, refunds, products } = bundle;
  const flagTags = options.flagTags ?? defaultFlagTags;
  const currency = order.currency.toUpperCase();
  let input: OrderSnapshotInput;
  try {
    const email = present(order.billing.email);
    if (!email) return { ok: false, message: `Order ${order.id} has no billing email` };
    const lines = order.line_items.filter((item) => item.quantity > 0);
    const lineIds = new Set(lines.map((item) => item.id));
    const mappedRefunds = refunds.map((refund) => mapRefund(refund, currency, lineIds));
    const refundedUnits = new Map<string, number>();
    for (const line of mappedRefunds.flatMap((refund) => refund.lines ?? [])) {
      refundedUnits.set(line.lineId, (refundedUnits.get(line.lineId) ?? 0) + line.quantity);
    }
    const completedAt = gmtInstant(order.date_completed_gmt);
    const deliveredFromMeta = options.deliveryDateMetaKey
      ? metaInstant(metaValue(order.meta_data, options.deliveryDateMetaKey))
      : undefined;
    const deliveredAt = deliveredFromMeta ?? completedAt;
    const billing = address(order.billing);
    const shipping = address(order.shipping);
    const phone = present(order.billing.phone);
    const firstName = present(order.billing.first_name);
    const lastName = present(order.billing.last_name);
    const region = present(order.billing.state);
    input = {
      platform: WOOCOMMERCE_PLATFORM,
      id: String(order.id),
      number: order.number,
      currency,
      customer: {
        id: order.customer_id > 0 ? String(order.customer_id) : null,
        email,
        ...(phone ? { phone } : {}),
        ...(firstName ? { firstName } : {}),
        ...(lastName ? { lastName } : {}),
        ...(billing ? { country: billing.country } : {}),
        ...(region ? { region } : {}),
      },
      salesChannel: POS_CHANNELS.has(order.created_via ?? "") ? "pos" : "online",
      placedAt: gmtInstant(order.date_created_gmt) ?? "",
      ...(completedAt ? { fulfilledAt: completedAt } : {}),
      ...(deliveredAt ? { deliveredAt } : {}),
      ...(shipping ? { shippingAddress: shipping } : {}),
      ...(billing ? { billingAddress: billing } : {}),
      lines: lines.map((item) =>
        mapLine(
          item,
          currency,
          refundedUnits.get(String(item.id)) ?? 0,
          products.get(item.product_id),
          flagTags,
        ),
      ),
      shippingTotal: { amount: sumMinor([order.shipping_total, order.shipping_tax], currency), currency },
      total: { amount: money(order.total, currency).amount, currency },
      refunds: mappedRefunds,
      returns: [],
      tags: [],
    };
  } catch (error) {
    return { ok: false, message: `Order ${order.id} cannot be read: ${(error as Error).message}` };
  }
  const result = validate(OrderSnapshotSchema, input);
  if (!result.ok) {
    const issues = result.issues.map((issue) => `${issue.path || "(root)"}: ${issue.message}`).join("; ");
    return { ok: false, message: `Order ${order.id} does not make a valid snapshot: ${issues}` };
  }
  return { ok: true, order: result.value };
}
