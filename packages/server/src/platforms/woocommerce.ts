import type { OrderLookup, OrderSource, PlatformEvent, WebhookVerification } from "@aftersales/core";
import type {
  VerifiedIdentity,
  WooCaseFact,
  WooCommerceClient,
  WooCommercePlatform,
  WooRefundOrigins,
  WooWebhookMapping,
} from "@aftersales/woocommerce-adapter";
import { type Clock, nowIso, systemClock } from "../clock.js";
import { ServerError } from "../errors.js";
import type { JobDeps } from "../jobs/handlers.js";
import { noOrderSource, type StartOptions } from "../runtime.js";
import type { Db, Queryable } from "../storage/db.js";
import { applyPlatformFacts, type PlatformFactInput, type PlatformFactResult } from "./case-sync.js";

/** What the server uses of `@aftersales/woocommerce-adapter` besides the platform object. */
export interface WooCommerceAdapterModule {
  createWooCommercePlatform(env: Readonly<Record<string, string | undefined>>): WooCommercePlatform;
  webhookResponseStatus(verification: WebhookVerification): number;
  resolveIdentityOrder(identity: VerifiedIdentity, source: OrderSource): Promise<OrderLookup>;
  mapWooCommerceWebhook(topic: string, body: unknown): WooWebhookMapping;
  readRefundOrigins(client: WooCommerceClient, orderId: string): Promise<WooRefundOrigins>;
}

/**
 * Loads the WooCommerce adapter at run time: it is an optional peer dependency, so the server
 * never imports it statically and installs without it.
 */
export async function loadWooCommerceAdapter(): Promise<WooCommerceAdapterModule> {
  const spec = "@aftersales/woocommerce-adapter";
  try {
    return (await import(spec)) as WooCommerceAdapterModule;
  } catch (error) {
    throw new ServerError(
      "invalid_config",
      `--platform woocommerce needs the package ${spec} installed (${(error as Error).message})`,
    );
  }
}

/**
 * The server options of a WooCommerce shop bound to the store `WC_STORE_SLUG`: its order source,
 * actions, WordPress-signed identities and `POST /v1/webhooks/woocommerce`. Other stores get no
 * orders and no actions. Throws `invalid_config` with every bad `WC_*` variable.
 */
export function wooCommerceServerOptions(
  adapter: WooCommerceAdapterModule,
  env: Readonly<Record<string, string | undefined>>,
  options: Omit<WooCommerceCaseSyncOptions, "adapter" | "client"> = {},
): {
  [K in "orderSource" | "actions" | "verifyIdentity" | "webhookVerifiers" | "onPlatformEvent"]-?: NonNullable<
    StartOptions[K]
  >;
} {
  let woo: WooCommercePlatform;
  try {
    woo = adapter.createWooCommercePlatform(env);
  } catch (error) {
    // The adapter's AftersalesError lists every bad WC_* variable; pass its message on as it is.
    throw new ServerError("invalid_config", (error as Error).message);
  }
  const slug = woo.storeSlug;
  if (!slug) {
    throw new ServerError(
      "invalid_config",
      "Invalid WooCommerce configuration:\n  WC_STORE_SLUG: is required (the store this shop serves)",
    );
  }
  return {
    orderSource: (tenant) => (tenant.slug === slug ? woo.orderSource : noOrderSource),
    actions: (tenant) => (tenant.slug === slug ? woo.actions : undefined),
    verifyIdentity: async (tenant, token, nowMs) => {
      if (tenant.slug !== slug) return null;
      const verified = woo.verifyIdentity(token, nowMs, { store: tenant.slug });
      if (!verified.ok) return null;
      const found = await adapter.resolveIdentityOrder(verified.identity, woo.orderSource);
      return found.ok ? { order: found.order } : null;
    },
    webhookVerifiers: {
      woocommerce: {
        verifier: woo.webhookVerifier,
        store: slug,
        responseStatus: adapter.webhookResponseStatus,
      },
    },
    onPlatformEvent: createWooCommerceCaseSync({ ...options, adapter, client: woo.client }),
  };
}

/**
 * How long a refund our refund action made is left to that action to record on its case (ten
 * minutes). WooCommerce may deliver `order.updated` for the refund before the action, still
 * waiting for WooCommerce's answer, has written `refund_issued` with the refund id; recording it
 * from the webhook then would record it twice. After this long the action is taken to have failed
 * and the webhook records the refund itself.
 */
export const OWN_REFUND_GRACE_MS = 10 * 60_000;

/** What {@link createWooCommerceCaseSync} needs. */
export interface WooCommerceCaseSyncOptions {
  readonly adapter: Pick<WooCommerceAdapterModule, "mapWooCommerceWebhook" | "readRefundOrigins">;
  /** The shop's REST client (refund origins are read through it). */
  readonly client: WooCommerceClient;
  readonly clock?: Clock;
  /** Sees what each delivery did (logs, metrics). */
  readonly onResults?: (
    event: PlatformEvent,
    mapping: WooWebhookMapping,
    results: PlatformFactResult[],
  ) => void;
}

/**
 * The jobs' `onPlatformEvent` for WooCommerce: maps a queued delivery to platform facts
 * (`mapWooCommerceWebhook`) and applies them to the store's cases (`applyPlatformFacts`) inside
 * the job's transaction, so the cases change exactly when the delivery counts as processed.
 * Refunds are recorded once per WooCommerce refund id; a refund not on any case yet is looked up
 * in WooCommerce first, and one our own refund action made less than {@link OWN_REFUND_GRACE_MS}
 * ago is left to that action. What changes nothing is a result; it throws (and the job is tried
 * again later) only when WooCommerce could not be read, a refund is left to its action, or the
 * case sync reports a fact that may succeed later.
 */
export function createWooCommerceCaseSync(
  options: WooCommerceCaseSyncOptions,
): NonNullable<JobDeps["onPlatformEvent"]> {
  const clock = options.clock ?? systemClock;
  return async (event, tx, tenantId) => {
    if (event.platform !== "woocommerce") return;
    const mapping = options.adapter.mapWooCommerceWebhook(event.topic, event.payload);
    const facts = await settleRefunds(tx, tenantId, mapping.facts, options, nowIso(clock));
    const results =
      facts.length === 0 ? [] : await applyPlatformFacts(savepointDb(tx), tenantId, facts, { clock });
    options.onResults?.(event, mapping, results);
    const retry = results.find((r) => r.outcome === "ignored" && r.retryable);
    if (retry?.outcome === "ignored")
      throw new ServerError("platform_retry", `woocommerce ${event.topic}: ${retry.message}`);
  };
}

/**
 * The facts to apply, refunds settled: those already on a case pass through (the case sync
 * reports them as recorded), and so do all of them when the order has no case (it reports that).
 * For the others the order's refunds are read from WooCommerce, to leave our own fresh refunds to
 * their action and to say how the money went back. Every `order.updated` repeats the order's
 * whole refund history, so a refund made before the order's first case was opened is dropped: it
 * settled something else, and must not land on a case opened later.
 */
async function settleRefunds(
  tx: Queryable,
  tenantId: string,
  facts: readonly WooCaseFact[],
  options: WooCommerceCaseSyncOptions,
  now: string,
): Promise<PlatformFactInput[]> {
  const refunds = facts.filter((f) => f.type === "refund_created");
  if (refunds.length === 0) return [...facts] as PlatformFactInput[];
  const { rows } = await tx.query<{ id: string }>(
    `SELECT DISTINCT data->>'platformRefundId' AS id FROM case_events
     WHERE tenant_id = $1 AND type = 'refund_issued'
     AND data->>'platformRefundId' IN (SELECT jsonb_array_elements_text($2::jsonb))`,
    [tenantId, JSON.stringify(refunds.map((r) => r.refundId))],
  );
  const recorded = new Set(rows.map((row) => row.id));
  const fresh = refunds.filter((r) => !recorded.has(r.refundId));
  const first = fresh[0];
  if (!first) return [...facts] as PlatformFactInput[];
  const opened = await tx.query<{ first: string | null }>(
    "SELECT min(opened_at) AS first FROM cases WHERE tenant_id = $1 AND order_id = $2",
    [tenantId, first.orderId],
  );
  const firstCaseAt = opened.rows[0]?.first;
  if (!firstCaseAt) return [...facts] as PlatformFactInput[];
  const origins = await options.adapter.readRefundOrigins(options.client, first.orderId);
  if (!origins.ok) {
    throw new ServerError(
      "platform_retry",
      `woocommerce: the refunds of order ${first.orderId} could not be read (${origins.message})`,
    );
  }
  const settled: PlatformFactInput[] = [];
  for (const fact of facts) {
    if (fact.type !== "refund_created" || recorded.has(fact.refundId)) {
      settled.push(fact as PlatformFactInput);
      continue;
    }
    const origin = origins.refunds.get(fact.refundId);
    // Deleted in WooCommerce since the delivery was sent: no money went back.
    if (!origin) continue;
    if (origin.createdAt && Date.parse(origin.createdAt) < Date.parse(firstCaseAt)) continue;
    const age = origin.createdAt ? Date.parse(now) - Date.parse(origin.createdAt) : Number.POSITIVE_INFINITY;
    if (origin.ours && age < OWN_REFUND_GRACE_MS) {
      throw new ServerError(
        "platform_retry",
        `woocommerce: refund ${fact.refundId} was made by a staff action that has not recorded it yet`,
      );
    }
    settled.push({ ...fact, method: origin.refundedPayment ? "original_payment" : "manual" });
  }
  return settled;
}

/**
 * The job's transaction as a {@link Db} for the case sync: its own transactions become savepoints,
 * so a command that loses a race is undone and decided again without ending the job's transaction.
 */
function savepointDb(tx: Queryable): Db {
  let depth = 0;
  return {
    // Savepoints work the same on PostgreSQL and PGlite; the case sync does not read `kind`.
    kind: "postgres",
    query: <R>(sql: string, params?: readonly unknown[]) => tx.query<R>(sql, params),
    exec: (sql) => tx.exec(sql),
    async transaction(fn) {
      const name = `case_sync_${++depth}`;
      await tx.query(`SAVEPOINT ${name}`);
      try {
        const result = await fn(tx);
        await tx.query(`RELEASE SAVEPOINT ${name}`);
        return result;
      } catch (error) {
        await tx.query(`ROLLBACK TO SAVEPOINT ${name}`);
        throw error;
      } finally {
        depth--;
      }
    },
    close: async () => {},
  };
}
