import { z } from "zod";

const wooId = z.union([z.number().int().nonnegative(), z.string().regex(/^\d+$/)]).transform(String);

/**
 * The parts of an order webhook body (`order.created`, `order.updated`: the REST API v3 Order
 * resource) that change cases. Lenient on purpose: a field we do not read may be missing or of
 * another type on some WooCommerce version without the delivery being refused.
 */
export const WooOrderWebhookSchema = z.object({
  id: wooId,
  number: z.string().nullish(),
  status: z.string(),
  currency: z.string(),
  date_completed_gmt: z.string().nullish(),
  date_modified_gmt: z.string().nullish(),
  // The order's own summary of its refunds; `total` is negative ("-12.50") in the order currency.
  refunds: z
    .array(z.object({ id: wooId, reason: z.string().nullish(), total: z.string() }))
    .nullish()
    .transform((refunds) => refunds ?? []),
});
/** An order webhook body, as far as the case sync reads it. */
export type WooOrderWebhook = z.infer<typeof WooOrderWebhookSchema>;

/** `order.deleted`: WooCommerce sends only the id of the order that was trashed or deleted. */
export const WooDeletedWebhookSchema = z.object({ id: wooId });
