import type { Money } from "@aftersales/core";
import type { WOOCOMMERCE_PLATFORM } from "../order/map-order.js";

type WOOCOMMERCE = typeof WOOCOMMERCE_PLATFORM;

/**
 * What a WooCommerce webhook reports, in the server's platform-neutral words (the shapes of
 * `PlatformFactInput` in `@aftersales/server`'s case sync, which validates them again).
 */
export type WooCaseFact =
  | {
      readonly type: "refund_created";
      readonly platform: WOOCOMMERCE;
      readonly refundId: string;
      readonly orderId: string;
      readonly amount: Money;
      readonly method?: "original_payment" | "manual";
    }
  | {
      readonly type: "order_fulfilled";
      readonly platform: WOOCOMMERCE;
      readonly orderId: string;
      readonly fulfilledAt?: string;
    }
  | {
      readonly type: "order_status_changed";
      readonly platform: WOOCOMMERCE;
      readonly orderId: string;
      readonly status: string;
      readonly message: string;
    };

/** What one WooCommerce webhook means for cases: facts to apply, or why there are none. */
export type WooWebhookMapping =
  | { readonly facts: readonly WooCaseFact[] }
  | { readonly facts: readonly []; readonly ignored: string };

/** No facts, with the reason (logged; never an error: WooCommerce gets its 200 either way). */
export const ignore = (reason: string): WooWebhookMapping => ({ facts: [], ignored: reason });
