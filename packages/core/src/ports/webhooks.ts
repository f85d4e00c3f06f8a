import { z } from "zod";
import { InstantSchema } from "../order/snapshot.js";

/**
 * Platform webhook topics, normalised across platforms (Shopify `orders/updated` and WooCommerce
 * `order.updated` both become `order.updated`). The privacy topics are the ones Shopify makes
 * mandatory; they name the same duties under the GDPR and China's PIPL on any platform.
 */
export const PlatformTopic = {
  orderCreated: "order.created",
  orderUpdated: "order.updated",
  orderCancelled: "order.cancelled",
  orderDeleted: "order.deleted",
  fulfillmentChanged: "fulfillment.changed",
  returnChanged: "return.changed",
  refundCreated: "refund.created",
  couponChanged: "coupon.changed",
  customerUpdated: "customer.updated",
  appUninstalled: "app.uninstalled",
  customerDataRequest: "customer.data_request",
  customerRedact: "customer.redact",
  shopRedact: "shop.redact",
} as const;
/** Zod enum of the values of {@link PlatformTopic} (`"order.updated"` …). */
export const PlatformTopicSchema = z.enum(PlatformTopic);
/** A normalised platform webhook topic. */
export type PlatformTopic = z.infer<typeof PlatformTopicSchema>;

/** A verified platform webhook, normalised. The server deduplicates on `platform` + `deliveryId`. */
export const PlatformEventSchema = z.object({
  /** Which platform sent it (`shopify`, `woocommerce`). */
  platform: z.string().min(1),
  /**
   * The platform's id of this delivery (Shopify `X-Shopify-Event-Id`, WooCommerce
   * `X-WC-Webhook-Delivery-ID`); the same for every retry of the same event.
   */
  deliveryId: z.string().min(1),
  topic: PlatformTopicSchema,
  /** The store that sent it (Shopify shop domain, WooCommerce site URL), to find the tenant. */
  shop: z.string().min(1).optional(),
  /** When the platform says the event happened. */
  occurredAt: InstantSchema.optional(),
  /** The id of the order, return, refund, coupon or customer the event is about. */
  resourceId: z.string().min(1).optional(),
  /** The parsed body as the platform sent it; adapters validate it before mapping. */
  payload: z.unknown(),
});
/** A verified, normalised platform webhook. */
export type PlatformEvent = z.infer<typeof PlatformEventSchema>;

/** Why a webhook request was not accepted. */
export const WebhookRejection = {
  /** The signature is missing or does not match the raw body. */
  bad_signature: "bad_signature",
  /** Signed correctly, but the body or headers cannot be read. */
  malformed: "malformed",
  /** Signed correctly, but about a topic we do not handle. */
  unsupported_topic: "unsupported_topic",
} as const;
/** Zod enum of {@link WebhookRejection}. */
export const WebhookRejectionSchema = z.enum(WebhookRejection);
/** Why a webhook request was not accepted. */
export type WebhookRejection = z.infer<typeof WebhookRejectionSchema>;

/** Request headers as a plain record (any case) or a web `Headers` object. */
export type WebhookHeaders = Readonly<Record<string, string | undefined>> | Headers;

/** What a webhook verifier needs: the headers and the body exactly as received (never re-serialised JSON). */
export interface WebhookRequest {
  readonly headers: WebhookHeaders;
  readonly rawBody: Uint8Array | string;
}

/**
 * The outcome of verifying a webhook: a normalised event, a platform ping to acknowledge
 * (WooCommerce sends an unsigned `webhook_id=…` when a webhook is saved), or a rejection.
 */
export type WebhookVerification =
  | { readonly ok: true; readonly event: PlatformEvent }
  | { readonly ok: true; readonly ping: true }
  | { readonly ok: false; readonly reason: WebhookRejection };

/**
 * The port that turns a raw platform webhook request into a verified {@link PlatformEvent}
 * (DESIGN §6). It never throws for bad requests; rejections are values. The HMAC lives in the
 * adapter (core does no crypto); adapters pass `runWebhookVerifierContract` from
 * `@aftersales/core/testing`.
 */
export interface WebhookVerifier {
  /** The platform name written into every event. */
  readonly platform: string;
  /** Verifies the signature over the raw body and normalises the event. */
  verify(request: WebhookRequest): Promise<WebhookVerification>;
}

/** Reads one header case-insensitively from a plain record or a `Headers` object. */
export function webhookHeader(headers: WebhookHeaders, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === wanted && value !== undefined) return value;
  }
  return undefined;
}

/** The raw body as bytes (UTF-8 for a string), which is what an HMAC is computed over. */
export function webhookBodyBytes(rawBody: Uint8Array | string): Uint8Array {
  return typeof rawBody === "string" ? new TextEncoder().encode(rawBody) : rawBody;
}

/** The raw body as text (bytes decoded as UTF-8, invalid sequences replaced), for parsing. */
export function webhookBodyText(rawBody: Uint8Array | string): string {
  return typeof rawBody === "string" ? rawBody : new TextDecoder().decode(rawBody);
}
