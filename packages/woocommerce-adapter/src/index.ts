/**
 * `@aftersales/woocommerce-adapter` — connects a WooCommerce store to Aftersales through the
 * REST API v3: an `OrderSource`, `AfterSalesActions` (refunds, notes, coupons), a
 * `WebhookVerifier`, the mapping of its webhooks to case facts, and the check of customers signed by the bundled WordPress plugin.
 */

export {
  createWooCommerceActions,
  type OrderStatusRequest,
  OrderStatusRequestSchema,
  type OrderStatusResult,
  type WooCommerceActions,
  type WooCommerceActionsOptions,
  WooOrderStatus,
} from "./actions/actions.js";
export { couponCode } from "./actions/coupon-code.js";
export { failureFromError } from "./actions/failures.js";
export { IDEMPOTENCY_META_KEY, planRefund, type WooRefundPayload } from "./actions/refund.js";
export {
  createWooCommerceClient,
  MAX_PER_PAGE,
  type QueryParams,
  type WooCommerceClient,
  type WooCommerceClientOptions,
} from "./client/client.js";
export { WooCommerceError, type WooCommerceErrorInit, WooCommerceErrorKind } from "./client/errors.js";
export {
  type WooCoupon,
  WooCouponSchema,
  type WooOrder,
  WooOrderSchema,
  type WooProduct,
  WooProductSchema,
  type WooRefund,
  WooRefundSchema,
} from "./client/payloads.js";
export { defaultRetryPolicy, type RetryPolicy, type Sleep } from "./client/retry.js";
export { resolveIdentityOrder } from "./identity/identity-order.js";
export {
  type IdentityClaims,
  IdentityClaimsSchema,
  type IdentityTokenOptions,
  IdentityTokenRejection,
  type IdentityVerification,
  signIdentityToken,
  type VerifiedIdentity,
  verifyIdentityToken,
} from "./identity/identity-token.js";
export {
  defaultFlagTags,
  type FlagTags,
  mapWooOrder,
  type OrderMappingOptions,
  WOOCOMMERCE_PLATFORM,
} from "./order/map-order.js";
export {
  createWooCommerceOrderSource,
  hiddenOrderStatuses,
  type WooCommerceOrderSource,
  type WooCommerceOrderSourceOptions,
} from "./order/order-source.js";
export {
  createProductCatalog,
  type ProductCatalog,
  type ProductCatalogOptions,
} from "./order/product-catalog.js";
export {
  createWooCommercePlatform,
  WooCommerceEnvSchema,
  type WooCommercePlatform,
  type WooCommercePlatformHooks,
  type WooCommerceSettings,
} from "./platform.js";
export { mapWooCommerceWebhook } from "./sync/map-webhook.js";
export type { WooCaseFact, WooWebhookMapping } from "./sync/mapping.js";
export {
  WooDeletedWebhookSchema,
  type WooOrderWebhook,
  WooOrderWebhookSchema,
} from "./sync/payloads.js";
export { readRefundOrigins, type WooRefundOrigin, type WooRefundOrigins } from "./sync/refund-origins.js";
export {
  createWooCommerceWebhookVerifier,
  isWooCommercePing,
  signWooCommerceWebhook,
  type WooCommerceWebhookVerifierOptions,
  webhookResponseStatus,
  wooTopics,
} from "./webhooks/verifier.js";
