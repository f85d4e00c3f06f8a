import {
  type ActionCapabilities,
  AftersalesError,
  CurrencySchema,
  type WebhookVerifier,
} from "@aftersales/core";
import { z } from "zod";
import { createWooCommerceActions, type WooCommerceActions } from "./actions/actions.js";
import { createWooCommerceClient, type WooCommerceClient } from "./client/client.js";
import type { Sleep } from "./client/retry.js";
import {
  type IdentityTokenOptions,
  type IdentityVerification,
  verifyIdentityToken,
} from "./identity/identity-token.js";
import { createWooCommerceOrderSource, type WooCommerceOrderSource } from "./order/order-source.js";
import { createWooCommerceWebhookVerifier } from "./webhooks/verifier.js";

const flag = (fallback: boolean) =>
  z
    .enum(["true", "false", "1", "0", "yes", "no"], { message: "must be true or false" })
    .optional()
    .transform((value) => (value === undefined ? fallback : ["true", "1", "yes"].includes(value)));

/** The environment variables of the WooCommerce connector, with their defaults and checks. */
export const WooCommerceEnvSchema = z.object({
  /** The shop's site URL, e.g. `https://shop.example` — https uses Basic auth, http OAuth 1.0a. */
  WC_URL: z
    .url({ protocol: /^https?$/, message: "must be the shop's http(s) site URL, e.g. https://shop.example" })
    .refine((url) => !/\/wp-json(\/|$)/.test(url), {
      message: "must be the site URL without /wp-json",
      when: (payload) => payload.issues.length === 0,
    })
    .transform((url) => url.replace(/\/+$/, "")),
  WC_CONSUMER_KEY: z
    .string()
    .trim()
    .regex(/^ck_[0-9a-f]{20,64}$/i, "must be a WooCommerce REST API consumer key (ck_…)"),
  WC_CONSUMER_SECRET: z
    .string()
    .trim()
    .regex(/^cs_[0-9a-f]{20,64}$/i, "must be a WooCommerce REST API consumer secret (cs_…)"),
  WC_WEBHOOK_SECRET: z
    .string()
    .min(8, "must be the webhook's secret from WooCommerce → Settings → Advanced → Webhooks"),
  /** The Aftersales store (tenant) this shop belongs to; identity tokens must name it. */
  WC_STORE_SLUG: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, "must be the store slug (lower-case letters, digits and dashes)")
    .optional(),
  /** Shared with the WordPress plugin; needed to accept signed logged-in customers. */
  WC_IDENTITY_SECRET: z
    .string()
    .min(32, "must be at least 32 characters (the plugin's shared secret)")
    .optional(),
  /** Refund through the payment gateway instead of recording the refund only. */
  WC_GATEWAY_REFUNDS: flag(false),
  /** Allow refunds to put units back into stock. */
  WC_RESTOCK: flag(true),
  /** Order meta key with the delivery instant (falls back to date_completed_gmt). */
  WC_DELIVERY_DATE_META_KEY: z.string().trim().min(1).optional(),
  /** Comma-separated statuses staff may set, e.g. `completed,cancelled`. */
  WC_ORDER_STATUS_TARGETS: z
    .string()
    .optional()
    .transform((value) =>
      (value ?? "")
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .pipe(
      z.array(z.string().regex(/^[a-z0-9_-]+$/, "must be order status slugs such as completed,cancelled")),
    ),
  /** The store currency; fixed-amount coupons in another currency are refused. */
  WC_STORE_CURRENCY: CurrencySchema.optional(),
  WC_COUPON_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9]{0,12}$/, "must be up to 12 letters or digits")
    .default("as"),
  /** Secret for coupon codes (default: the consumer secret). */
  WC_COUPON_SECRET: z.string().min(16).optional(),
  WC_TIMEOUT_MS: z.coerce.number().int().min(1000).max(120_000).default(15_000),
  /** HTTPS only: send the keys in the query string for hosts that drop the Authorization header. */
  WC_QUERY_STRING_AUTH: flag(false),
});
/** The validated connector settings. */
export type WooCommerceSettings = z.output<typeof WooCommerceEnvSchema>;

/** Hooks for tests and embedding: time, waiting and the library module. */
export interface WooCommercePlatformHooks {
  readonly sleep?: Sleep;
  readonly now?: () => number;
  readonly library?: unknown;
}

/** Everything the server needs from WooCommerce, built from the environment. */
export interface WooCommercePlatform {
  readonly platform: "woocommerce";
  readonly orderSource: WooCommerceOrderSource;
  readonly actions: WooCommerceActions;
  readonly webhookVerifier: WebhookVerifier;
  readonly capabilities: ActionCapabilities;
  /** `WC_STORE_SLUG`: the tenant whose orders this shop serves, when configured. */
  readonly storeSlug: string | undefined;
  /**
   * Checks a WordPress-signed customer; the token must name `options.store`, else `WC_STORE_SLUG`
   * when set. Refuses every token when `WC_IDENTITY_SECRET` is unset.
   */
  verifyIdentity(
    token: string,
    now: number | string | Date,
    options?: IdentityTokenOptions,
  ): IdentityVerification;
  readonly client: WooCommerceClient;
  /** The settings, secrets removed, for logs and the admin. */
  readonly settings: Readonly<Record<string, unknown>>;
}

const SECRETS = new Set([
  "WC_CONSUMER_KEY",
  "WC_CONSUMER_SECRET",
  "WC_WEBHOOK_SECRET",
  "WC_IDENTITY_SECRET",
  "WC_COUPON_SECRET",
]);

/**
 * Validates the `WC_*` environment variables and builds the WooCommerce order source, actions,
 * webhook verifier and identity check. Throws `AftersalesError` `invalid_config` naming every bad
 * variable (never echoing a secret), so a misconfigured server fails at start with one message.
 */
export function createWooCommercePlatform(
  env: Readonly<Record<string, string | undefined>>,
  hooks: WooCommercePlatformHooks = {},
): WooCommercePlatform {
  const cleaned = Object.fromEntries(
    Object.keys(WooCommerceEnvSchema.shape).map((key) => [key, env[key] === "" ? undefined : env[key]]),
  );
  const parsed = WooCommerceEnvSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? "environment");
      const got = cleaned[name];
      const shown = SECRETS.has(name) || got === undefined ? "" : ` (got ${JSON.stringify(got)})`;
      return `${name}: ${got === undefined ? "is required" : issue.message}${shown}`;
    });
    throw new AftersalesError(
      "invalid_config",
      `Invalid WooCommerce configuration:\n  ${lines.join("\n  ")}`,
    );
  }
  const settings = parsed.data;
  const client = createWooCommerceClient({
    url: settings.WC_URL,
    consumerKey: settings.WC_CONSUMER_KEY,
    consumerSecret: settings.WC_CONSUMER_SECRET,
    timeoutMs: settings.WC_TIMEOUT_MS,
    queryStringAuth: settings.WC_QUERY_STRING_AUTH,
    ...(hooks.sleep ? { sleep: hooks.sleep } : {}),
    ...(hooks.now ? { now: hooks.now } : {}),
    ...(hooks.library !== undefined ? { library: hooks.library } : {}),
  });
  const orderSource = createWooCommerceOrderSource(client, {
    ...(settings.WC_DELIVERY_DATE_META_KEY
      ? { deliveryDateMetaKey: settings.WC_DELIVERY_DATE_META_KEY }
      : {}),
    ...(hooks.now ? { catalogOptions: { now: hooks.now } } : {}),
  });
  const actions = createWooCommerceActions(client, orderSource, {
    gatewayRefunds: settings.WC_GATEWAY_REFUNDS,
    restock: settings.WC_RESTOCK,
    orderStatusTargets: settings.WC_ORDER_STATUS_TARGETS,
    couponSecret: settings.WC_COUPON_SECRET ?? settings.WC_CONSUMER_SECRET,
    couponPrefix: settings.WC_COUPON_PREFIX,
    ...(settings.WC_STORE_CURRENCY ? { storeCurrency: settings.WC_STORE_CURRENCY } : {}),
  });
  const identitySecret = settings.WC_IDENTITY_SECRET;
  return {
    platform: "woocommerce",
    orderSource,
    actions,
    webhookVerifier: createWooCommerceWebhookVerifier({ secret: settings.WC_WEBHOOK_SECRET }),
    capabilities: actions.capabilities,
    storeSlug: settings.WC_STORE_SLUG,
    verifyIdentity(token, now, options = {}) {
      if (!identitySecret) return { ok: false, reason: "bad_signature" };
      const store = options.store ?? settings.WC_STORE_SLUG;
      return verifyIdentityToken(token, identitySecret, now, { ...options, ...(store ? { store } : {}) });
    },
    client,
    settings: Object.fromEntries(
      Object.entries(settings).map(([key, value]) => [
        key,
        SECRETS.has(key) ? (value ? "(set)" : "(unset)") : value,
      ]),
    ),
  };
}
