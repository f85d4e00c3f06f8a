import { z } from "zod";
import { toGid } from "../order/order-id.js";

/**
 * The parts of Shopify's webhook JSON that the case sync reads. Shopify's webhook bodies are the
 * REST-style JSON of the resource (snake_case, numeric `id` plus `admin_graphql_api_id`); fields
 * are optional or nullable here wherever Shopify leaves them out or sends null, so a valid but
 * unexpected body maps to "nothing to do" instead of an error. Unknown fields are dropped.
 */

const NumericOrText = z.union([z.number(), z.string().min(1)]);

/** `{ id, admin_graphql_api_id }` → the GraphQL global id we store (`gid://shopify/<Resource>/<n>`). */
export function gidOf(
  resource: string,
  ref: { id?: number | string | null | undefined; admin_graphql_api_id?: string | null | undefined },
): string | undefined {
  return (
    (ref.admin_graphql_api_id ? toGid(resource, ref.admin_graphql_api_id) : undefined) ??
    (ref.id === undefined || ref.id === null ? undefined : toGid(resource, ref.id))
  );
}

const Ref = z.object({ id: NumericOrText.nullish(), admin_graphql_api_id: z.string().nullish() });

/** One line of a return (`returns/request`, `returns/approve`). */
export const ReturnLineItemPayloadSchema = z.object({
  id: NumericOrText.nullish(),
  quantity: z.number().int().positive(),
  /** Legacy `ReturnReason` enum in lower case (`size_too_small`, `unwanted` …). */
  return_reason: z.string().nullish(),
  return_reason_note: z.string().nullish(),
  customer_note: z.string().nullish(),
  /** Since 2026-10: the reason definition the shopper or merchant picked. */
  return_reason_definition: z.object({ handle: z.string().nullish() }).nullish(),
  fulfillment_line_item: Ref.extend({ line_item: Ref.nullish() }).nullish(),
});
/** One line of a return webhook. */
export type ReturnLineItemPayload = z.infer<typeof ReturnLineItemPayloadSchema>;

/** The Return resource as `returns/*` webhooks carry it. */
export const ReturnPayloadSchema = Ref.extend({
  name: z.string().nullish(),
  status: z.string().nullish(),
  order: Ref.nullish(),
  /** An array of lines, except in `returns/update`, where it lists additions and removals. */
  return_line_items: z.unknown().optional(),
  exchange_line_items: z.unknown().optional(),
  decline: z.object({ reason: z.string().nullish(), note: z.string().nullish() }).nullish(),
});
/** A return webhook body. */
export type ReturnPayload = z.infer<typeof ReturnPayloadSchema>;

/** One transaction of a refund. */
export const RefundTransactionPayloadSchema = z.object({
  amount: z.string().min(1),
  currency: z.string().nullish(),
  kind: z.string(),
  status: z.string(),
  gateway: z.string().nullish(),
});

/** The Refund resource as `refunds/create` carries it. */
export const RefundPayloadSchema = Ref.extend({
  order_id: NumericOrText,
  created_at: z.string().nullish(),
  note: z.string().nullish(),
  /** The return the refund settles (refunds made by `returnProcess` or from a return in the admin). */
  return: Ref.nullish(),
  transactions: z.array(RefundTransactionPayloadSchema).nullish(),
});
/** A refund webhook body. */
export type RefundPayload = z.infer<typeof RefundPayloadSchema>;

/** A fulfilment (in the Order JSON, and the body of `fulfillments/update`). */
export const FulfillmentPayloadSchema = Ref.extend({
  order_id: NumericOrText.nullish(),
  status: z.string().nullish(),
  shipment_status: z.string().nullish(),
  created_at: z.string().nullish(),
  updated_at: z.string().nullish(),
});

/** The Order resource as `orders/updated` and `orders/fulfilled` carry it. */
export const OrderPayloadSchema = Ref.extend({
  name: z.string().nullish(),
  fulfillments: z.array(FulfillmentPayloadSchema).nullish(),
});

/** The body of `fulfillment_events/create`: one carrier status of a fulfilment. */
export const FulfillmentEventPayloadSchema = Ref.extend({
  fulfillment_id: NumericOrText.nullish(),
  order_id: NumericOrText,
  status: z.string(),
  happened_at: z.string().nullish(),
});

/** An instant Shopify wrote with an offset (`2026-02-12T11:04:00+01:00`) as UTC ISO, or undefined. */
export function utcInstant(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}
