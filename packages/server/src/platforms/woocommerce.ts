import type { OrderLookup, OrderSource, WebhookVerification } from "@aftersales/core";
import type { VerifiedIdentity, WooCommercePlatform } from "@aftersales/woocommerce-adapter";
import { ServerError } from "../errors.js";
import { noOrderSource, type StartOptions } from "../runtime.js";

/** What the server uses of `@aftersales/woocommerce-adapter` besides the platform object. */
export interface WooCommerceAdapterModule {
  createWooCommercePlatform(env: Readonly<Record<string, string | undefined>>): WooCommercePlatform;
  webhookResponseStatus(verification: WebhookVerification): number;
  resolveIdentityOrder(identity: VerifiedIdentity, source: OrderSource): Promise<OrderLookup>;
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
): {
  [K in "orderSource" | "actions" | "verifyIdentity" | "webhookVerifiers"]-?: NonNullable<StartOptions[K]>;
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
  };
}
