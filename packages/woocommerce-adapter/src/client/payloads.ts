import { z } from "zod";

// Schemas of the WooCommerce REST API v3 answers this adapter reads. Only the fields we use are
// listed (zod strips the rest); every one is checked, because the library hands back `any`.
// Shapes follow the REST API documentation, with the deviations real stores show noted inline.

/** A decimal money string as WooCommerce prints it ("29.35", "-10.00"); empty means zero. */
const decimal = z
  .string()
  .trim()
  .regex(/^(-?\d+(\.\d+)?)?$/, "must be a decimal amount")
  .transform((text) => (text === "" ? "0" : text));

/** Dates without an offset ("2017-03-22T19:28:02"); the `_gmt` variants are UTC. */
const wooDate = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/, "must be a WooCommerce date");

const id = z.number().int().nonnegative();

/** `meta_data` entries: the value can be any JSON (strings, numbers, arrays from plugins). */
export const WooMetaSchema = z.object({
  id: z.number().int().optional(),
  key: z.string(),
  value: z.unknown(),
  display_key: z.string().optional(),
  display_value: z.unknown().optional(),
});
/** One `meta_data` entry. */
export type WooMeta = z.infer<typeof WooMetaSchema>;
const meta = z.array(WooMetaSchema).default([]);

/** One tax rate's share of a line (`taxes[]`): `id` is the tax rate id. */
export const WooLineTaxSchema = z.object({ id, total: decimal.default("0"), subtotal: decimal.optional() });

const address = {
  first_name: z.string().nullish(),
  last_name: z.string().nullish(),
  city: z.string().nullish(),
  state: z.string().nullish(),
  postcode: z.string().nullish(),
  country: z.string().nullish(),
};

/** An order line item (`line_items[]`). */
export const WooLineItemSchema = z.object({
  id,
  name: z.string(),
  // 0 when the product has since been deleted.
  product_id: id.nullish().transform((v) => v ?? 0),
  variation_id: id.nullish().transform((v) => v ?? 0),
  quantity: z.number().int(),
  subtotal: decimal,
  subtotal_tax: decimal.default("0"),
  total: decimal,
  total_tax: decimal.default("0"),
  taxes: z.array(WooLineTaxSchema).default([]),
  meta_data: meta,
  // null when the product is gone; "" when it has no SKU.
  sku: z.string().nullish(),
  // `price` is documented as a string but sent as a float (total / quantity); never used for money.
});
/** An order line item. */
export type WooLineItem = z.infer<typeof WooLineItemSchema>;

/** A shipping line (`shipping_lines[]`). */
export const WooShippingLineSchema = z.object({
  id,
  method_title: z.string().nullish(),
  total: decimal,
  total_tax: decimal.default("0"),
  taxes: z.array(WooLineTaxSchema).default([]),
});
/** A shipping line. */
export type WooShippingLine = z.infer<typeof WooShippingLineSchema>;

/** An order (`GET /orders/<id>`, list entries, and the `order.*` webhook bodies). */
export const WooOrderSchema = z.object({
  id,
  number: z.union([z.string(), z.number()]).transform(String),
  status: z.string(),
  // "checkout", "admin", "rest-api", "pos" …
  created_via: z.string().nullish(),
  currency: z.string(),
  date_created_gmt: wooDate,
  date_completed_gmt: wooDate.nullish(),
  date_modified_gmt: wooDate.nullish(),
  total: decimal,
  shipping_total: decimal.default("0"),
  shipping_tax: decimal.default("0"),
  customer_id: id,
  billing: z.object({ ...address, email: z.string().nullish(), phone: z.string().nullish() }),
  shipping: z.object(address).nullish(),
  meta_data: meta,
  line_items: z.array(WooLineItemSchema),
  shipping_lines: z.array(WooShippingLineSchema).default([]),
  // The order's summary of its refunds: totals are negative ("-10.00").
  refunds: z.array(z.object({ id, total: decimal })).default([]),
});
/** An order. */
export type WooOrder = z.infer<typeof WooOrderSchema>;

/** A line of a refund: `quantity` and totals are negative; `_refunded_item_id` names the order line. */
export const WooRefundLineSchema = z.object({
  id,
  quantity: z.number().int(),
  total: decimal.default("0"),
  total_tax: decimal.default("0"),
  meta_data: meta,
});

/** A refund (`/orders/<id>/refunds`). */
export const WooRefundSchema = z.object({
  id,
  date_created_gmt: wooDate,
  amount: decimal,
  reason: z.string().nullish(),
  refunded_payment: z.boolean().default(false),
  meta_data: meta,
  line_items: z.array(WooRefundLineSchema).default([]),
});
/** A refund. */
export type WooRefund = z.infer<typeof WooRefundSchema>;

/** An order note (`/orders/<id>/notes`). */
export const WooNoteSchema = z.object({
  id,
  note: z.string(),
  customer_note: z.boolean(),
  date_created_gmt: wooDate.nullish(),
});
/** An order note. */
export type WooNote = z.infer<typeof WooNoteSchema>;

/** A coupon (`/coupons`). */
export const WooCouponSchema = z.object({
  id,
  code: z.string().min(1),
  amount: decimal,
  discount_type: z.string(),
  date_expires_gmt: wooDate.nullish(),
  usage_limit: z.number().int().nullish(),
  email_restrictions: z.array(z.string()).default([]),
  meta_data: meta,
});
/** A coupon. */
export type WooCoupon = z.infer<typeof WooCouponSchema>;

const term = z.object({ id, name: z.string(), slug: z.string() });

/** The fields of a product (`/products`) that the snapshot needs: tags, categories and kind. */
export const WooProductSchema = z.object({
  id,
  name: z.string(),
  type: z.string().default("simple"),
  downloadable: z.boolean().default(false),
  virtual: z.boolean().default(false),
  tags: z.array(term).default([]),
  categories: z.array(term).default([]),
});
/** A product, reduced to what the snapshot needs. */
export type WooProduct = z.infer<typeof WooProductSchema>;
