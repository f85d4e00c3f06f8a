import type { PlatformFactInput } from "@aftersales/server";

/** What one Shopify webhook means for cases: facts to apply, or why there are none. */
export type WebhookMapping =
  | { readonly facts: readonly PlatformFactInput[] }
  | { readonly facts: readonly []; readonly ignored: string };

/** No facts, with the reason (logged; never an error: Shopify gets its 200 either way). */
export const ignore = (reason: string): WebhookMapping => ({ facts: [], ignored: reason });

/** The platform name on every fact from Shopify. */
export const SHOPIFY = "shopify";
