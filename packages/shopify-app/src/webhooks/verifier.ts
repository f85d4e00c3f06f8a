import {
  type PlatformEvent,
  type PlatformTopic,
  type WebhookVerification,
  type WebhookVerifier,
  webhookBodyBytes,
  webhookBodyText,
  webhookHeader,
} from "@aftersales/core";
import { toGid } from "../order/order-id.js";
import { type Secrets, verifyWebhookHmac } from "./hmac.js";

/** Shopify webhook topics the app handles, in core's normalised words. */
export const SHOPIFY_TOPICS = {
  "orders/create": "order.created",
  "orders/updated": "order.updated",
  "orders/edited": "order.updated",
  "orders/cancelled": "order.cancelled",
  "orders/delete": "order.deleted",
  "orders/fulfilled": "fulfillment.changed",
  "orders/partially_fulfilled": "fulfillment.changed",
  "fulfillments/create": "fulfillment.changed",
  "fulfillments/update": "fulfillment.changed",
  "fulfillment_events/create": "fulfillment.changed",
  "returns/request": "return.changed",
  "returns/approve": "return.changed",
  "returns/decline": "return.changed",
  "returns/cancel": "return.changed",
  "returns/close": "return.changed",
  "returns/reopen": "return.changed",
  "returns/update": "return.changed",
  "refunds/create": "refund.created",
  "app/uninstalled": "app.uninstalled",
  "customers/data_request": "customer.data_request",
  "customers/redact": "customer.redact",
  "shop/redact": "shop.redact",
} as const satisfies Record<string, PlatformTopic>;

type Payload = Record<string, unknown>;

/** A verified Shopify event with the topic as Shopify named it (`returns/approve`). */
export type ShopifyPlatformEvent = PlatformEvent & { readonly shopifyTopic: string };

/**
 * The Shopify topic of a verified event (`returns/approve`), also for deliveries the inbox kept
 * from before the event carried it (their delivery id starts with the topic).
 */
export function shopifyTopicOf(event: PlatformEvent): string | undefined {
  const kept = (event as Partial<ShopifyPlatformEvent>).shopifyTopic;
  if (typeof kept === "string" && kept !== "") return kept;
  const prefix = /^([a-z_]+\/[a-z_]+):/.exec(event.deliveryId);
  return prefix?.[1];
}

const idOf = (value: unknown): string | undefined =>
  typeof value === "number" || (typeof value === "string" && value !== "") ? String(value) : undefined;

/** The id of what the event is about, as a GraphQL global id where Shopify has one. */
function resourceIdOf(topic: string, payload: Payload): string | undefined {
  const gid = typeof payload.admin_graphql_api_id === "string" ? payload.admin_graphql_api_id : undefined;
  if (topic.startsWith("orders/")) return gid ?? (idOf(payload.id) && toGid("Order", idOf(payload.id)!));
  if (topic.startsWith("fulfillment")) {
    // Fulfilment events matter for the order's delivery date: point at the order.
    const order = idOf(payload.order_id);
    return order ? toGid("Order", order) : gid;
  }
  if (topic.startsWith("returns/")) return gid ?? (idOf(payload.id) && toGid("Return", idOf(payload.id)!));
  if (topic === "refunds/create") return gid ?? (idOf(payload.id) && toGid("Refund", idOf(payload.id)!));
  if (topic.startsWith("customers/")) {
    const customer = idOf((payload.customer as Payload | undefined)?.id);
    return customer ? toGid("Customer", customer) : undefined;
  }
  if (topic === "shop/redact" || topic === "app/uninstalled") return idOf(payload.shop_id ?? payload.id);
  return gid;
}

function isoOrUndefined(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

/**
 * The `WebhookVerifier` for Shopify: the HMAC of the raw body checked in constant time against
 * the app secret(s), then the topic, shop and ids read from the `X-Shopify-*` headers. The
 * delivery id is `X-Shopify-Event-Id` (the same for every retry and every subscription of one
 * event) with the topic, falling back to `X-Shopify-Webhook-Id`. Passes `runWebhookVerifierContract`.
 */
export function createShopifyWebhookVerifier(options: { readonly secret: Secrets }): WebhookVerifier {
  return {
    platform: "shopify",
    async verify(request): Promise<WebhookVerification> {
      const hmac = webhookHeader(request.headers, "x-shopify-hmac-sha256");
      if (!verifyWebhookHmac(options.secret, webhookBodyBytes(request.rawBody), hmac)) {
        return { ok: false, reason: "bad_signature" };
      }
      const topic = webhookHeader(request.headers, "x-shopify-topic");
      const shop = webhookHeader(request.headers, "x-shopify-shop-domain");
      const eventId = webhookHeader(request.headers, "x-shopify-event-id");
      const webhookId = webhookHeader(request.headers, "x-shopify-webhook-id");
      if (!topic || !shop || (!eventId && !webhookId)) return { ok: false, reason: "malformed" };
      let payload: unknown;
      try {
        payload = JSON.parse(webhookBodyText(request.rawBody));
      } catch {
        return { ok: false, reason: "malformed" };
      }
      if (payload === null || typeof payload !== "object" || Array.isArray(payload)) {
        return { ok: false, reason: "malformed" };
      }
      const normalised = (SHOPIFY_TOPICS as Record<string, PlatformTopic>)[topic];
      if (!normalised) return { ok: false, reason: "unsupported_topic" };
      const resourceId = resourceIdOf(topic, payload as Payload);
      const occurredAt = isoOrUndefined(
        webhookHeader(request.headers, "x-shopify-triggered-at") ??
          ((payload as Payload).updated_at as string | undefined),
      );
      // Several Shopify topics share one normalised topic (every `returns/*` is `return.changed`);
      // the case sync needs Shopify's own word, so the event keeps it (it travels through the inbox).
      const event: ShopifyPlatformEvent = {
        platform: "shopify",
        deliveryId: eventId ? `${topic}:${eventId}` : `webhook:${webhookId}`,
        topic: normalised,
        shop,
        ...(occurredAt ? { occurredAt } : {}),
        ...(resourceId ? { resourceId } : {}),
        payload,
        shopifyTopic: topic,
      };
      return { ok: true, event };
    },
  };
}
