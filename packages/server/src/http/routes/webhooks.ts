import type { WebhookVerification, WebhookVerifier } from "@aftersales/core";
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { newId, nowIso } from "../../clock.js";
import type { Tenant } from "../../storage/tenants.js";
import type { AppEnv } from "../env.js";
import { notFound, Problem, ProblemType } from "../problem.js";
import { json, problems, StoreParam } from "../schemas.js";
import { tenantFromSlug } from "./stores.js";

/** The outbox topic of accepted platform webhooks. */
export const PLATFORM_EVENT_TOPIC = "platform_event";

/** A platform's webhook verifier: one for all stores or one per store. */
export type WebhookVerifierEntry = WebhookVerifier | ((tenant: Tenant) => WebhookVerifier);

/**
 * A platform's webhooks with its own answer rules: `store` serves `POST /v1/webhooks/{platform}`
 * (a connector bound to one store), and `responseStatus` answers with that status and an empty body
 * instead of JSON/problem+json (WooCommerce disables a webhook after repeated non-2xx answers and
 * needs exactly 200 for its ping).
 */
export interface PlatformWebhooks {
  readonly verifier: WebhookVerifierEntry;
  readonly store?: string;
  readonly responseStatus?: (verification: WebhookVerification) => number;
}

/** Webhook verifiers by platform name. */
export type WebhookVerifiers = Readonly<Record<string, WebhookVerifierEntry | PlatformWebhooks>>;

function platformWebhooks(entry: WebhookVerifierEntry | PlatformWebhooks): PlatformWebhooks {
  return typeof entry === "object" && "verifier" in entry ? entry : { verifier: entry };
}

const receiveRoute = createRoute({
  method: "post",
  path: "/v1/webhooks/{platform}/{store}",
  tags: ["platform"],
  summary: "Receive a platform webhook (verified by the platform's adapter, deduplicated by delivery id)",
  request: {
    params: StoreParam.extend({
      platform: z
        .string()
        .regex(/^[a-z0-9-]{1,32}$/)
        .openapi({ param: { name: "platform", in: "path" } }),
    }),
  },
  responses: {
    200: json(z.object({ received: z.boolean(), duplicate: z.boolean().optional() }), "Accepted (or a ping)"),
    ...problems(400, 401, 404, 413),
  },
});

const receiveForBoundStoreRoute = createRoute({
  method: "post",
  path: "/v1/webhooks/{platform}",
  tags: ["platform"],
  summary: "Receive a webhook of a connector bound to one store (e.g. WooCommerce); empty answers",
  request: {
    params: z.object({
      platform: z
        .string()
        .regex(/^[a-z0-9-]{1,32}$/)
        .openapi({ param: { name: "platform", in: "path" } }),
    }),
  },
  responses: {
    200: { description: "Accepted, a duplicate, a ping or an unhandled topic (empty body)" },
    401: { description: "Bad signature; nothing stored (empty body)" },
    400: { description: "Signed but unreadable (empty body)" },
    404: { description: "No such platform connected" },
  },
});

/**
 * Platform webhooks: the adapter's `WebhookVerifier` checks the signature over the raw body; an
 * accepted event is stored in `webhook_inbox` once per (store, platform, delivery id) and queued
 * for the jobs in the same transaction, so a platform's retries are answered 200 and ignored.
 */
export function registerWebhookRoutes(app: OpenAPIHono<AppEnv>, verifiers: WebhookVerifiers): void {
  app.openapi(receiveRoute, async (c) => {
    const { platform, store } = c.req.valid("param");
    const entry = verifiers[platform];
    if (!entry) throw notFound("Platform");
    return receive(c, platform, store, platformWebhooks(entry)) as never;
  });
  app.openapi(receiveForBoundStoreRoute, async (c) => {
    const { platform } = c.req.valid("param");
    const entry = verifiers[platform] && platformWebhooks(verifiers[platform]);
    if (!entry?.store) throw notFound("Platform");
    return receive(c, platform, entry.store, entry) as never;
  });
}

async function receive(
  c: Context<AppEnv>,
  _platform: string,
  store: string,
  entry: PlatformWebhooks,
): Promise<Response> {
  const services = c.get("services");
  const tenant = await tenantFromSlug(services, store);
  const verifier = typeof entry.verifier === "function" ? entry.verifier(tenant) : entry.verifier;
  // The signature covers the exact bytes: read them before anything parses the body.
  const rawBody = new Uint8Array(await c.req.arrayBuffer());
  const verified = await verifier.verify({ headers: c.req.raw.headers, rawBody });
  const answer = entry.responseStatus;
  if (!verified.ok) {
    if (answer) return new Response(null, { status: answer(verified) });
    if (verified.reason === "bad_signature") {
      throw new Problem(401, ProblemType.unauthorized, "The webhook signature does not match");
    }
    if (verified.reason === "malformed")
      throw new Problem(400, ProblemType.validation_failed, "The webhook cannot be read");
    // A topic we do not handle: acknowledge so that the platform stops retrying.
    return c.json({ received: false }, 200);
  }
  if ("ping" in verified) {
    return answer ? new Response(null, { status: answer(verified) }) : c.json({ received: true }, 200);
  }
  const { event } = verified;
  const now = nowIso(services.clock);
  const inserted = await services.db.transaction(async (tx) => {
    const { rowCount } = await tx.query(
      `INSERT INTO webhook_inbox (tenant_id, platform, delivery_id, topic, payload, received_at)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
      [tenant.id, event.platform, event.deliveryId, event.topic, JSON.stringify(event), now],
    );
    if (rowCount === 0) return false;
    await tx.query(
      `INSERT INTO outbox (id, tenant_id, topic, payload, created_at, next_attempt_at) VALUES ($1, $2, $3, $4, $5, $5)`,
      [
        newId("obx"),
        tenant.id,
        PLATFORM_EVENT_TOPIC,
        JSON.stringify({ platform: event.platform, deliveryId: event.deliveryId }),
        now,
      ],
    );
    return true;
  });
  if (answer) return new Response(null, { status: answer(verified) });
  return c.json({ received: true, ...(inserted ? {} : { duplicate: true }) }, 200);
}
