import type { ActionCapabilities } from "@aftersales/core";
import type { GrantedScopesQuery } from "../graphql/admin.gen.js";
import type { AdminApiClient } from "../graphql/client.js";
import { GRANTED_SCOPES } from "../graphql/documents.js";

/**
 * What the app can do on a shop, from the scopes the merchant granted (a merchant may approve an
 * older, narrower scope set; optional scopes may be revoked). Each flag names the scope the
 * mutation behind it needs, per the Admin API schema's access metadata.
 */
export function capabilitiesFromScopes(scopes: readonly string[]): ActionCapabilities {
  const has = (scope: string) => scopes.includes(scope);
  const refunds = has("write_orders");
  return {
    platformReturns: has("write_returns"),
    refunds,
    refundsToOriginalPayment: refunds,
    storeCredit: has("write_store_credit_account_transactions"),
    coupons: has("write_discounts"),
    orderNotes: has("write_orders"),
    restock: refunds,
    orderStatus: refunds,
  };
}

/** The scopes granted to the app on the client's shop (`currentAppInstallation.accessScopes`). */
export async function grantedScopes(client: AdminApiClient): Promise<string[] | undefined> {
  const result = await client.request<GrantedScopesQuery>(GRANTED_SCOPES);
  return result.ok ? result.data.currentAppInstallation.accessScopes.map((s) => s.handle) : undefined;
}
