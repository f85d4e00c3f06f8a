import { type ActionCapabilities, type AfterSalesActions, actionFailure } from "@aftersales/core";
import type { Queryable, Tenant } from "@aftersales/server";
import { createShopifyActions, type ShopifyAfterSalesActions } from "../actions/actions.js";
import { capabilitiesFromScopes } from "../actions/capabilities.js";
import { dbIdempotencyStore } from "../actions/idempotency.js";
import { type AdminApiClient, createAdminApiClient } from "../graphql/client.js";
import { shopDomain } from "./shop-tenant.js";

/** A shop's offline access token and the scopes the merchant granted with it. */
export interface ShopGrant {
  readonly accessToken: string;
  readonly scopes: readonly string[];
}

/** What {@link createShopActions} needs. */
export interface ShopActionsOptions {
  /** The server's database: first results of platform calls are kept in its `idempotency_keys`. */
  readonly db: Queryable;
  /**
   * The shop's offline session (token and granted scopes), or null when there is none (never
   * opened in the admin, or uninstalled). Read on every call, so a rotated token or changed
   * scopes take effect at once.
   */
  readonly grant: (shop: string) => Promise<ShopGrant | null>;
  /** The Admin API client for a shop and token (default `createAdminApiClient`); injected for tests. */
  readonly client?: (shop: string, accessToken: string) => AdminApiClient;
  /** The location restocked units go back to. */
  readonly restockLocationId?: string;
  /** The current instant (ISO); injected for tests. */
  readonly now?: () => string;
}

/** The Shopify actions of every shop, for `createServer({ actions })`. */
export interface ShopActions {
  /** The actions of a tenant's shop (an `ActionsResolver` for `createServer`). */
  readonly resolve: (tenant: Tenant) => AfterSalesActions;
  /**
   * Reads the shop's grant again so that the capability flags (`GET /v1/staff/me`) show its
   * scopes; call it after install, token exchange and `app/scopes_update`.
   */
  refresh(shop: string): Promise<void>;
  /** Forgets a shop's scopes (after `app/uninstalled`): every capability is off until it is back. */
  forget(shop: string): void;
}

/**
 * Connects the server's staff actions (refunds, store credit, coupons, order notes) to each
 * tenant's shop: every call reads the shop's offline session and runs the Shopify actions with its
 * token and granted scopes. A missing scope answers `unsupported` (the server's 422
 * `action_unsupported`); a shop without an offline session answers `unauthorized`.
 */
export function createShopActions(options: ShopActionsOptions): ShopActions {
  const now = options.now ?? (() => new Date().toISOString());
  const client = options.client ?? ((shop, accessToken) => createAdminApiClient({ shop, accessToken }));
  // Known scopes per shop, only for the synchronous capability flags; calls never rely on them.
  const scopes = new Map<string, readonly string[]>();

  async function load(shop: string): Promise<ShopGrant | null> {
    const grant = await options.grant(shop);
    if (grant) scopes.set(shop, grant.scopes);
    else scopes.delete(shop);
    return grant;
  }

  function resolve(tenant: Tenant): AfterSalesActions {
    const shop = shopDomain(tenant.slug);
    if (!scopes.has(shop)) void load(shop).catch(() => undefined);
    const withShop =
      <R, T>(call: (actions: ShopifyAfterSalesActions, request: R) => Promise<T>) =>
      async (request: R) => {
        const grant = await load(shop);
        if (!grant) {
          return actionFailure(
            "unauthorized",
            `${shop} has no offline access token: the app was uninstalled or not opened in the admin yet`,
          );
        }
        const actions = createShopifyActions({
          client: client(shop, grant.accessToken),
          scopes: grant.scopes,
          idempotency: dbIdempotencyStore(options.db, tenant.id, now),
          now,
          ...(options.restockLocationId ? { restockLocationId: options.restockLocationId } : {}),
        });
        return call(actions, request);
      };
    return {
      platform: "shopify",
      get capabilities(): ActionCapabilities {
        return capabilitiesFromScopes(scopes.get(shop) ?? []);
      },
      createReturn: withShop((a, r: Parameters<AfterSalesActions["createReturn"]>[0]) => a.createReturn(r)),
      approveReturn: withShop((a, r: Parameters<AfterSalesActions["approveReturn"]>[0]) =>
        a.approveReturn(r),
      ),
      declineReturn: withShop((a, r: Parameters<AfterSalesActions["declineReturn"]>[0]) =>
        a.declineReturn(r),
      ),
      refund: withShop((a, r: Parameters<AfterSalesActions["refund"]>[0]) => a.refund(r)),
      issueStoreCredit: withShop((a, r: Parameters<AfterSalesActions["issueStoreCredit"]>[0]) =>
        a.issueStoreCredit(r),
      ),
      issueCoupon: withShop((a, r: Parameters<AfterSalesActions["issueCoupon"]>[0]) => a.issueCoupon(r)),
      addOrderNote: withShop((a, r: Parameters<AfterSalesActions["addOrderNote"]>[0]) => a.addOrderNote(r)),
    };
  }

  return {
    resolve,
    async refresh(shop) {
      await load(shop);
    },
    forget(shop) {
      scopes.delete(shop);
    },
  };
}
