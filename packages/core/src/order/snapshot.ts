import { z } from "zod";
import { CurrencySchema } from "../money/currency.js";
import { MoneySchema } from "../money/money.js";

/** A UTC instant as an ISO 8601 string with offset, e.g. `2026-11-23T09:00:00.000Z`. */
export const InstantSchema = z.iso.datetime({ offset: true }).describe("ISO 8601 instant");

/** ISO 3166-1 alpha-2 country code, upper case (`DE`, `GB`, `CN`). */
export const CountrySchema = z
  .string()
  .regex(/^[A-Z]{2}$/, "must be an ISO 3166-1 alpha-2 country code such as DE")
  .describe("ISO 3166-1 alpha-2 country code");

/** Where the order was sold; legal distance-selling rules apply to `online` (and phone/mail) sales only. */
export const SalesChannel = {
  online: "online",
  pos: "pos",
  phone: "phone",
  marketplace: "marketplace",
} as const;
/** Zod enum of {@link SalesChannel}. */
export const SalesChannelSchema = z.enum(SalesChannel);
/** Where the order was sold. */
export type SalesChannel = z.infer<typeof SalesChannelSchema>;

/** Product flags that change what the law and the policy allow for a line. */
export const LineFlagsSchema = z.object({
  finalSale: z.boolean().default(false),
  perishable: z.boolean().default(false),
  customized: z.boolean().default(false),
  digital: z.boolean().default(false),
  /** For digital goods: the download or licence was opened/activated (China's statutory exclusion). */
  digitalOpened: z.boolean().default(false),
  giftCard: z.boolean().default(false),
  hygiene: z.boolean().default(false),
  /** Newspapers and periodicals (a statutory exclusion in mainland China and the EU). */
  periodical: z.boolean().default(false),
});
/** Product flags of an order line. */
export type LineFlags = z.infer<typeof LineFlagsSchema>;

/** One line of an order as the platform reports it. */
export const OrderLineSchema = z.object({
  id: z.string().min(1),
  productId: z.string().min(1),
  variantId: z.string().min(1).optional(),
  sku: z.string().optional(),
  title: z.string().min(1),
  variantTitle: z.string().optional(),
  productType: z.string().optional(),
  vendor: z.string().optional(),
  tags: z.array(z.string()).default([]),
  collections: z.array(z.string()).default([]),
  /** Units bought. */
  quantity: z.number().int().positive(),
  /** Units that can still be refunded or returned (bought minus refunded or already in a return). */
  refundableQuantity: z.number().int().nonnegative(),
  /** Price of one unit before discounts. */
  unitPrice: MoneySchema,
  /** Discounts on the whole line (all units), including its share of order-level discounts. */
  discount: MoneySchema.optional(),
  flags: LineFlagsSchema.prefault({}),
});
/** One line of an order snapshot. */
export type OrderLine = z.infer<typeof OrderLineSchema>;

/** The customer of an order: a registered customer id or a guest (`id: null`). */
export const OrderCustomerSchema = z.object({
  id: z.string().min(1).nullable(),
  email: z.email(),
  phone: z.string().optional(),
  firstName: z.string().optional(),
  lastName: z.string().optional(),
  country: CountrySchema.optional(),
  region: z.string().optional(),
});
/** The customer of an order. */
export type OrderCustomer = z.infer<typeof OrderCustomerSchema>;

/** A postal address, reduced to what the rules need. */
export const AddressSchema = z.object({
  country: CountrySchema,
  region: z.string().optional(),
  city: z.string().optional(),
  postalCode: z.string().optional(),
});
/** A postal address reduced to what the rules need. */
export type Address = z.infer<typeof AddressSchema>;

/** A quantity of one order line, used by refunds and returns. */
export const LineQuantitySchema = z.object({
  lineId: z.string().min(1),
  quantity: z.number().int().positive(),
});
/** A quantity of one order line. */
export type LineQuantity = z.infer<typeof LineQuantitySchema>;

/** A refund already made on the order. */
export const OrderRefundSchema = z.object({
  id: z.string().min(1),
  createdAt: InstantSchema,
  amount: MoneySchema,
  lines: z.array(LineQuantitySchema).default([]),
  note: z.string().optional(),
});
/** A refund already made on the order. */
export type OrderRefund = z.infer<typeof OrderRefundSchema>;

/** A return already open or done on the platform for this order. */
export const OrderReturnSchema = z.object({
  id: z.string().min(1),
  createdAt: InstantSchema,
  status: z.string().min(1),
  lines: z.array(LineQuantitySchema).default([]),
});
/** A return already open or done on the platform for this order. */
export type OrderReturn = z.infer<typeof OrderReturnSchema>;

/**
 * The platform-neutral view of an order that every adapter produces (DESIGN §2). All money is in
 * the order currency; all instants are UTC.
 */
export const OrderSnapshotSchema = z
  .object({
    /** Which platform produced the snapshot (`shopify`, `woocommerce`, `demo`). */
    platform: z.string().min(1),
    /** The platform's id of the order. */
    id: z.string().min(1),
    /** The human order number the shopper sees ("#1001", "10523"); may differ from `id`. */
    number: z.string().min(1),
    currency: CurrencySchema,
    customer: OrderCustomerSchema,
    salesChannel: SalesChannelSchema.default("online"),
    placedAt: InstantSchema,
    fulfilledAt: InstantSchema.optional(),
    deliveredAt: InstantSchema.optional(),
    shippingAddress: AddressSchema.optional(),
    billingAddress: AddressSchema.optional(),
    lines: z.array(OrderLineSchema).min(1, "an order has at least one line"),
    shippingTotal: MoneySchema.optional(),
    total: MoneySchema,
    refunds: z.array(OrderRefundSchema).default([]),
    returns: z.array(OrderReturnSchema).default([]),
    /** Platform specific tags on the order (e.g. "wholesale", "vip"). */
    tags: z.array(z.string()).default([]),
  })
  .superRefine((order, ctx) => {
    const check = (currency: string, path: (string | number)[]) => {
      if (currency !== order.currency) {
        ctx.addIssue({ code: "custom", path, message: `must be in the order currency ${order.currency}` });
      }
    };
    check(order.total.currency, ["total", "currency"]);
    if (order.shippingTotal) check(order.shippingTotal.currency, ["shippingTotal", "currency"]);
    const ids = new Set<string>();
    order.lines.forEach((line, i) => {
      check(line.unitPrice.currency, ["lines", i, "unitPrice", "currency"]);
      if (line.discount) check(line.discount.currency, ["lines", i, "discount", "currency"]);
      if (line.refundableQuantity > line.quantity) {
        ctx.addIssue({
          code: "custom",
          path: ["lines", i, "refundableQuantity"],
          message: "cannot exceed the quantity bought",
        });
      }
      if (ids.has(line.id)) {
        ctx.addIssue({ code: "custom", path: ["lines", i, "id"], message: `duplicate line id ${line.id}` });
      }
      ids.add(line.id);
    });
    order.refunds.forEach((refund, i) => {
      check(refund.amount.currency, ["refunds", i, "amount", "currency"]);
    });
  });

/** The platform-neutral order snapshot (output type: defaults applied). */
export type OrderSnapshot = z.infer<typeof OrderSnapshotSchema>;
/** What an adapter may pass in before defaults are applied. */
export type OrderSnapshotInput = z.input<typeof OrderSnapshotSchema>;
