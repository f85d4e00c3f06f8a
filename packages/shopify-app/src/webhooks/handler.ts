import type { PlatformEvent, WebhookVerifier } from "@aftersales/core";
import type { Db, Tenant } from "@aftersales/server";
import { z } from "zod";
import {
  deleteTenantData,
  type ExportedCase,
  exportCustomerData,
  type PrivacySubject,
  redactCustomer,
} from "../privacy/redact.js";
import { findShopTenant } from "../tenancy/shop-tenant.js";
import { markProcessed, pendingDeliveries, recordDelivery } from "./inbox.js";

const id = z.union([z.number(), z.string()]).transform(String);
const PrivacyPayloadSchema = z.object({
  shop_domain: z.string(),
  customer: z
    .object({ id: id.optional(), email: z.string().nullish(), phone: z.string().nullish() })
    .optional(),
  orders_requested: z.array(id).optional(),
  orders_to_redact: z.array(id).optional(),
});

function subjectOf(payload: unknown): PrivacySubject | undefined {
  const parsed = PrivacyPayloadSchema.safeParse(payload);
  if (!parsed.success) return undefined;
  const { customer, orders_requested, orders_to_redact } = parsed.data;
  return {
    ...(customer?.id ? { customerId: customer.id } : {}),
    ...(customer?.email ? { email: customer.email } : {}),
    ...(customer?.phone ? { phone: customer.phone } : {}),
    orderIds: [...(orders_requested ?? []), ...(orders_to_redact ?? [])],
  };
}

/** What {@link createWebhookHandler} needs. */
export interface WebhookHandlerOptions {
  readonly verifier: WebhookVerifier;
  readonly db: Db;
  /** The current instant (ISO). */
  readonly now?: () => string;
  /**
   * Runs processing after the 200 is sent (default: on the next turn of the event loop). Tests
   * pass a function that keeps the promise to await it.
   */
  readonly defer?: (work: () => Promise<void>) => void;
  /** The customer's cases for `customers/data_request`: hand them to the merchant (mail, download). */
  readonly onDataRequest?: (shop: string, subject: PrivacySubject, cases: ExportedCase[]) => Promise<void>;
  /** `app/uninstalled`: drop the shop's sessions (may arrive more than once). */
  readonly onUninstalled?: (shop: string) => Promise<void>;
  /** Every other event (orders, fulfilments, returns, refunds), for the cases that follow them. */
  readonly onEvent?: (event: PlatformEvent, tenant: Tenant) => Promise<void>;
  /**
   * `app/scopes_update`: the merchant granted or revoked scopes; `scopes` is what the app holds now.
   * Store it on the shop's session so capability flags follow the grant. Not deduplicated through
   * the inbox (there is no case to protect, and setting the same scopes twice is harmless).
   */
  readonly onScopesUpdate?: (shop: string, scopes: string[]) => Promise<void>;
  /** A delivery failed while being processed (it stays unprocessed in the inbox for `drain()`). */
  readonly onError?: (error: unknown, event: WebhookErrorSubject) => void;
}

/** The delivery a processing error is about (a platform event, or an app topic such as `app/scopes_update`). */
export interface WebhookErrorSubject {
  readonly topic: string;
  readonly shop?: string | undefined;
  readonly deliveryId?: string | undefined;
}

const ScopesUpdatePayloadSchema = z.object({
  current: z.array(z.string()),
  previous: z.array(z.string()).optional(),
});

/** A web-standard webhook endpoint: verify, deduplicate through the inbox, answer 200, then process. */
export interface WebhookHandler {
  (request: Request): Promise<Response>;
  /**
   * Processes deliveries the inbox holds unprocessed (after a crash, or whose processing failed
   * and may succeed now); with `receivedBefore`, only those received before that instant.
   * Returns how many it tried.
   */
  drain(options?: { receivedBefore?: string }): Promise<number>;
}

const text = (status: number, body: string) =>
  new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/**
 * Shopify's webhook endpoint (`/webhooks`, all topics, including the mandatory privacy topics).
 * A bad HMAC gets 401 and changes nothing. A verified delivery is written to the server's
 * `webhook_inbox` first (deduplicated by delivery id) and answered 200 at once — Shopify waits
 * five seconds at most — and processed afterwards; `drain()` picks up what a crash left behind.
 */
export function createWebhookHandler(options: WebhookHandlerOptions): WebhookHandler {
  const { db } = options;
  const now = options.now ?? (() => new Date().toISOString());
  const defer = options.defer ?? ((work) => void setImmediate(() => void work()));

  async function process(tenantKey: string, event: PlatformEvent): Promise<void> {
    try {
      const shop = event.shop ?? "";
      const tenant = await findShopTenant(db, shop);
      switch (event.topic) {
        case "customer.redact": {
          const subject = subjectOf(event.payload);
          if (tenant && subject) await redactCustomer(db, tenant.id, subject);
          break;
        }
        case "customer.data_request": {
          const subject = subjectOf(event.payload);
          if (subject) {
            const cases = tenant ? await exportCustomerData(db, tenant.id, subject) : [];
            await options.onDataRequest?.(shop, subject, cases);
          }
          break;
        }
        case "shop.redact":
          if (tenant) await deleteTenantData(db, tenant.id);
          // The inbox rows of the shop go too, this one included.
          await db.query("DELETE FROM webhook_inbox WHERE tenant_id = $1", [tenantKey]);
          return;
        case "app.uninstalled":
          await options.onUninstalled?.(shop);
          break;
        default:
          if (tenant) await options.onEvent?.(event, tenant);
      }
      await markProcessed(db, tenantKey, event, now());
    } catch (error) {
      options.onError?.(error, event);
    }
  }

  function scopesUpdate(headers: Headers, rawBody: Uint8Array): void {
    const shop = headers.get("x-shopify-shop-domain");
    if (headers.get("x-shopify-topic") !== "app/scopes_update" || !shop || !options.onScopesUpdate) return;
    let body: unknown;
    try {
      body = JSON.parse(new TextDecoder().decode(rawBody));
    } catch {
      return;
    }
    const parsed = ScopesUpdatePayloadSchema.safeParse(body);
    if (!parsed.success) return;
    const subject = { topic: "app/scopes_update", shop };
    const scopes = parsed.data.current.map((scope) => scope.trim()).filter(Boolean);
    defer(async () => {
      try {
        await options.onScopesUpdate?.(shop, scopes);
      } catch (error) {
        options.onError?.(error, subject);
      }
    });
  }

  const handler = (async (request: Request): Promise<Response> => {
    if (request.method !== "POST") return text(405, "Method Not Allowed");
    const rawBody = new Uint8Array(await request.arrayBuffer());
    const verified = await options.verifier.verify({ headers: request.headers, rawBody });
    if (!verified.ok) {
      if (verified.reason === "bad_signature") return text(401, "Unauthorized");
      // Signed by Shopify but not a platform event: the app's own topics, or one we do not
      // handle. Acknowledge either way, so no retries.
      if (verified.reason === "unsupported_topic") {
        scopesUpdate(request.headers, rawBody);
        return text(200, "OK");
      }
      return text(400, "Bad Request");
    }
    if (!("event" in verified)) return text(200, "OK");
    const event = verified.event;
    // Deliveries for shops without a tenant (privacy topics after uninstall) still dedupe by shop.
    const tenant = await findShopTenant(db, event.shop ?? "");
    const tenantKey = tenant?.id ?? `shop:${event.shop}`;
    const fresh = await recordDelivery(db, tenantKey, event, now());
    if (fresh) defer(() => process(tenantKey, event));
    return text(200, "OK");
  }) as WebhookHandler;

  handler.drain = async (drainOptions = {}) => {
    const pending = await pendingDeliveries(db, 100, drainOptions.receivedBefore);
    for (const { tenantKey, event } of pending) await process(tenantKey, event);
    return pending.length;
  };
  return handler;
}
