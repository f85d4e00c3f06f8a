import type { PlatformFactInput } from "@aftersales/server";
import { ignore, SHOPIFY, type WebhookMapping } from "./mapping.js";
import {
  FulfillmentEventPayloadSchema,
  FulfillmentPayloadSchema,
  gidOf,
  OrderPayloadSchema,
  utcInstant,
} from "./payloads.js";

/** The order and fulfilment topics that report fulfilment and delivery. */
export const ORDER_TOPICS = [
  "orders/updated",
  "orders/fulfilled",
  "fulfillments/update",
  "fulfillment_events/create",
] as const;
/** An order or fulfilment topic the case sync handles. */
export type OrderTopic = (typeof ORDER_TOPICS)[number];

const latest = (instants: (string | undefined)[]): string | undefined =>
  instants
    .filter((i): i is string => i !== undefined)
    .sort()
    .at(-1);

/**
 * Order and fulfilment webhooks → when the order was fulfilled and delivered. The Order JSON has
 * no delivery instant: a fulfilment whose `shipment_status` is `delivered` was delivered at its
 * `updated_at` at the latest; `fulfillment_events/create` with status `delivered` says exactly when.
 */
export function mapOrderWebhook(topic: OrderTopic, body: unknown): WebhookMapping {
  switch (topic) {
    case "orders/updated":
    case "orders/fulfilled": {
      const parsed = OrderPayloadSchema.safeParse(body);
      if (!parsed.success) return ignore(`${topic}: not an order (${parsed.error.issues[0]?.message})`);
      const orderId = gidOf("Order", parsed.data);
      const done = (parsed.data.fulfillments ?? []).filter((f) => f.status === "success");
      if (!orderId || done.length === 0) return ignore(`${topic}: nothing fulfilled`);
      const fulfilledAt = latest(done.map((f) => utcInstant(f.created_at)));
      const deliveredAt = latest(
        done.filter((f) => f.shipment_status === "delivered").map((f) => utcInstant(f.updated_at)),
      );
      return { facts: [fact(orderId, fulfilledAt, deliveredAt)] };
    }
    case "fulfillments/update": {
      const parsed = FulfillmentPayloadSchema.safeParse(body);
      const orderId = parsed.success ? gidOf("Order", { id: parsed.data.order_id }) : undefined;
      if (!parsed.success || !orderId) return ignore(`${topic}: not a fulfilment of an order`);
      if (parsed.data.status !== "success") return ignore(`${topic}: fulfilment is ${parsed.data.status}`);
      const delivered = parsed.data.shipment_status === "delivered";
      return {
        facts: [
          fact(
            orderId,
            utcInstant(parsed.data.created_at),
            delivered ? utcInstant(parsed.data.updated_at) : undefined,
          ),
        ],
      };
    }
    case "fulfillment_events/create": {
      const parsed = FulfillmentEventPayloadSchema.safeParse(body);
      const orderId = parsed.success ? gidOf("Order", { id: parsed.data.order_id }) : undefined;
      if (!parsed.success || !orderId) return ignore(`${topic}: not a fulfilment event of an order`);
      if (parsed.data.status !== "delivered") return ignore(`${topic}: carrier status ${parsed.data.status}`);
      return { facts: [fact(orderId, undefined, utcInstant(parsed.data.happened_at))] };
    }
    default: {
      const never: never = topic;
      throw new Error(`unhandled order topic ${String(never)}`);
    }
  }
}

function fact(orderId: string, fulfilledAt?: string, deliveredAt?: string): PlatformFactInput {
  return {
    type: "order_fulfilled",
    platform: SHOPIFY,
    orderId,
    ...(fulfilledAt ? { fulfilledAt } : {}),
    ...(deliveredAt ? { deliveredAt } : {}),
  };
}
