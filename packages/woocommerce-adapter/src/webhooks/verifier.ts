import { createHmac, timingSafeEqual } from "node:crypto";
import {
  type PlatformTopic,
  type WebhookVerification,
  type WebhookVerifier,
  webhookBodyBytes,
  webhookBodyText,
  webhookHeader,
} from "@aftersales/core";
import { gmtInstant } from "../order/dates.js";
import { WOOCOMMERCE_PLATFORM } from "../order/map-order.js";

/** The headers WooCommerce puts on every webhook delivery (`WC_Webhook::deliver`). */
export const WooWebhookHeader = {
  signature: "x-wc-webhook-signature",
  topic: "x-wc-webhook-topic",
  resource: "x-wc-webhook-resource",
  event: "x-wc-webhook-event",
  source: "x-wc-webhook-source",
  webhookId: "x-wc-webhook-id",
  deliveryId: "x-wc-webhook-delivery-id",
} as const;

/** WooCommerce topics we handle and what they mean to Aftersales. */
export const wooTopics: Readonly<Record<string, PlatformTopic>> = {
  "order.created": "order.created",
  "order.updated": "order.updated",
  "order.restored": "order.updated",
  "order.deleted": "order.deleted",
  "coupon.created": "coupon.changed",
  "coupon.updated": "coupon.changed",
  "coupon.restored": "coupon.changed",
  "coupon.deleted": "coupon.changed",
};

/**
 * The signature WooCommerce sends: base64 of HMAC-SHA256 over the raw body with the webhook's
 * secret (WooCommerce HTML-decodes the stored secret first, so this is the secret as typed).
 */
export function signWooCommerceWebhook(rawBody: Uint8Array | string, secret: string): string {
  return createHmac("sha256", secret).update(webhookBodyBytes(rawBody)).digest("base64");
}

/**
 * WooCommerce's ping when a webhook is saved: an unsigned form-encoded POST whose whole body is
 * `webhook_id=<id>`. It must be answered with exactly HTTP 200 or WooCommerce refuses to save.
 */
export function isWooCommercePing(rawBody: Uint8Array | string): boolean {
  return /^webhook_id=\d+$/.test(webhookBodyText(rawBody).trim());
}

function signatureMatches(rawBody: Uint8Array | string, given: string, secret: string): boolean {
  const expected = createHmac("sha256", secret).update(webhookBodyBytes(rawBody)).digest();
  const received = Buffer.from(given.trim(), "base64");
  return received.length === expected.length && timingSafeEqual(received, expected);
}

/** Options of {@link createWooCommerceWebhookVerifier}. */
export interface WooCommerceWebhookVerifierOptions {
  /** The secret set on the webhook in WooCommerce → Settings → Advanced → Webhooks. */
  readonly secret: string;
}

/**
 * The {@link WebhookVerifier} for WooCommerce: checks `X-WC-Webhook-Signature` in constant time
 * over the raw body, recognises the unsigned ping, and turns `order.*` and `coupon.*` deliveries
 * into platform events whose `deliveryId` is `X-WC-Webhook-Delivery-ID` (the same on every retry
 * of a delivery, so the server's inbox can deduplicate on it).
 */
export function createWooCommerceWebhookVerifier(
  options: WooCommerceWebhookVerifierOptions,
): WebhookVerifier {
  if (options.secret.length === 0) throw new TypeError("The WooCommerce webhook secret must not be empty");
  return {
    platform: WOOCOMMERCE_PLATFORM,
    async verify(request): Promise<WebhookVerification> {
      const header = (name: string) => webhookHeader(request.headers, name)?.trim() || undefined;
      const signature = header(WooWebhookHeader.signature);
      if (signature === undefined) {
        return isWooCommercePing(request.rawBody)
          ? { ok: true, ping: true }
          : { ok: false, reason: "bad_signature" };
      }
      if (!signatureMatches(request.rawBody, signature, options.secret))
        return { ok: false, reason: "bad_signature" };
      let payload: unknown;
      try {
        payload = JSON.parse(webhookBodyText(request.rawBody));
      } catch {
        return { ok: false, reason: "malformed" };
      }
      const deliveryId = header(WooWebhookHeader.deliveryId);
      if (payload === null || typeof payload !== "object" || Array.isArray(payload) || !deliveryId) {
        return { ok: false, reason: "malformed" };
      }
      const resource = header(WooWebhookHeader.resource);
      const event = header(WooWebhookHeader.event);
      const wooTopic = header(WooWebhookHeader.topic) ?? (resource && event ? `${resource}.${event}` : "");
      const topic = wooTopics[wooTopic];
      if (!topic) return { ok: false, reason: "unsupported_topic" };
      const body = payload as { id?: unknown; date_modified_gmt?: unknown };
      const resourceId =
        typeof body.id === "number" || typeof body.id === "string" ? String(body.id) : undefined;
      const occurredAt =
        typeof body.date_modified_gmt === "string" ? gmtInstant(body.date_modified_gmt) : undefined;
      const shop = header(WooWebhookHeader.source);
      return {
        ok: true,
        event: {
          platform: WOOCOMMERCE_PLATFORM,
          deliveryId,
          topic,
          ...(shop ? { shop } : {}),
          ...(occurredAt ? { occurredAt } : {}),
          ...(resourceId ? { resourceId } : {}),
          payload,
        },
      };
    },
  };
}

/**
 * The HTTP status to answer WooCommerce with: 200 for events and the ping (the ping needs exactly
 * 200), 401 for a bad or missing signature (store nothing), 400 for a signed but unreadable body,
 * and 200 for a topic we do not handle — WooCommerce disables a webhook after five failed
 * deliveries in a row, so an unwanted topic must not count as one.
 */
export function webhookResponseStatus(verification: WebhookVerification): 200 | 400 | 401 {
  if (verification.ok) return 200;
  switch (verification.reason) {
    case "bad_signature":
      return 401;
    case "malformed":
      return 400;
    case "unsupported_topic":
      return 200;
    default: {
      const exhaustive: never = verification.reason;
      return exhaustive;
    }
  }
}
