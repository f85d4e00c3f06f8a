import { AftersalesError, type OrderSource, type PlatformEvent } from "@aftersales/core";
import {
  applyPlatformFacts,
  type Clock,
  type Db,
  type PlatformFactResult,
  systemClock,
  type Tenant,
} from "@aftersales/server";
import { shopifyTopicOf } from "../webhooks/verifier.js";
import { ignore, type WebhookMapping } from "./mapping.js";
import { mapOrderWebhook, ORDER_TOPICS, type OrderTopic } from "./orders.js";
import { ownRefundNotRecordedYet } from "./own-refunds.js";
import { mapRefundWebhook } from "./refunds.js";
import { mapReturnWebhook, RETURN_TOPICS, type ReturnTopic } from "./returns.js";

export { ignore, type WebhookMapping } from "./mapping.js";
export { mapOrderWebhook, ORDER_TOPICS, type OrderTopic } from "./orders.js";
export { mapRefundWebhook } from "./refunds.js";
export { mapReturnWebhook, RETURN_TOPICS, type ReturnTopic } from "./returns.js";

/** Every Shopify topic that changes cases; `shopify.app.toml` subscribes to these (and the app topics). */
export const CASE_SYNC_TOPICS = [...RETURN_TOPICS, "refunds/create", ...ORDER_TOPICS] as const;

const isReturnTopic = (topic: string): topic is ReturnTopic =>
  (RETURN_TOPICS as readonly string[]).includes(topic);
const isOrderTopic = (topic: string): topic is OrderTopic =>
  (ORDER_TOPICS as readonly string[]).includes(topic);

/** A Shopify webhook (topic as Shopify names it, parsed body) → platform facts for the cases. */
export function mapShopifyWebhook(topic: string, body: unknown): WebhookMapping {
  if (isReturnTopic(topic)) return mapReturnWebhook(topic, body);
  if (topic === "refunds/create") return mapRefundWebhook(body);
  if (isOrderTopic(topic)) return mapOrderWebhook(topic, body);
  return ignore(`${topic}: not a topic that changes cases`);
}

/** What {@link createShopifyCaseSync} needs. */
export interface ShopifyCaseSyncOptions {
  readonly db: Db;
  /** The tenant's order source (returns opened in the admin need the order for the case). */
  readonly orders: (tenant: Tenant) => OrderSource;
  readonly clock?: Clock;
  /** Sees what each webhook did (logs, metrics). */
  readonly onResults?: (event: PlatformEvent, mapping: WebhookMapping, results: PlatformFactResult[]) => void;
}

/**
 * The webhook handler's `onEvent` for Shopify: maps the delivery to platform facts and applies
 * them to the tenant's cases (`applyPlatformFacts`). What changes nothing is a result, not an
 * error. Only a fact that may succeed later (the order could not be read from Shopify) throws, so
 * the delivery stays unprocessed in the inbox and `drain()` applies it again.
 */
export function createShopifyCaseSync(
  options: ShopifyCaseSyncOptions,
): (event: PlatformEvent, tenant: Tenant) => Promise<PlatformFactResult[]> {
  return async (event, tenant) => {
    const topic = shopifyTopicOf(event);
    const mapping = topic ? mapShopifyWebhook(topic, event.payload) : ignore("the delivery names no topic");
    const now = new Date((options.clock ?? systemClock).now()).toISOString();
    for (const fact of mapping.facts) {
      if (
        fact.type === "refund_created" &&
        (await ownRefundNotRecordedYet(options.db, tenant.id, fact.refundId, now))
      ) {
        throw new AftersalesError(
          "platform_retry",
          `${topic}: refund ${fact.refundId} was made by a staff action that has not recorded it yet`,
        );
      }
    }
    const results =
      mapping.facts.length === 0
        ? []
        : await applyPlatformFacts(options.db, tenant.id, mapping.facts, {
            orders: options.orders(tenant),
            ...(options.clock ? { clock: options.clock } : {}),
          });
    options.onResults?.(event, mapping, results);
    const retry = results.find((r) => r.outcome === "ignored" && r.retryable);
    if (retry && retry.outcome === "ignored") {
      throw new AftersalesError("platform_retry", `${topic}: ${retry.message}`);
    }
    return results;
  };
}
