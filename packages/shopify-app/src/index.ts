/**
 * `@aftersales/shopify-app` — the Shopify shell around the Aftersales server: an Admin GraphQL
 * order source, after-sales actions through the Returns API, verified webhooks (including the
 * privacy topics), the app proxy for the storefront widget, and the embedded staff console.
 */

export {
  createShopifyActions,
  type ShopifyActionsOptions,
  type ShopifyAfterSalesActions,
  type ShopifyReturnLifecycle,
} from "./actions/actions.js";
export { capabilitiesFromScopes, grantedScopes } from "./actions/capabilities.js";
export {
  dbIdempotencyStore,
  type IdempotencyStore,
  memoryIdempotencyStore,
  type StoredResult,
} from "./actions/idempotency.js";
export { DECLINE_REASONS, DEFAULT_REASON_HANDLES } from "./actions/reasons.js";
export {
  ADMIN_API_VERSION,
  type AdminApiClient,
  type AdminApiClientOptions,
  AdminApiFailureKind,
  type AdminApiResult,
  createAdminApiClient,
  type QueryCost,
  throttleDelayMs,
} from "./graphql/client.js";
export { ADMIN_DOCUMENTS } from "./graphql/documents.js";
export { DEFAULT_FLAG_TAGS, type FlagTags, mapOrder } from "./order/map-order.js";
export { numericId, shopifyOrderAdminUrl, toGid } from "./order/order-id.js";
export { createShopifyOrderSource, type ShopifyOrderSourceOptions } from "./order/order-source.js";
export {
  deleteTenantData,
  type ExportedCase,
  exportCustomerData,
  type PrivacySubject,
  type RedactionReport,
  redactCustomer,
  redactEventData,
} from "./privacy/redact.js";
export { type AppProxyHandlerOptions, createAppProxyHandler } from "./proxy/handler.js";
export {
  type AppProxyIdentity,
  type AppProxyRejection,
  appProxyMessage,
  signAppProxyQuery,
  verifyAppProxyQuery,
} from "./proxy/signature.js";
export {
  CASE_SYNC_TOPICS,
  createShopifyCaseSync,
  mapShopifyWebhook,
  type ShopifyCaseSyncOptions,
  type WebhookMapping,
} from "./sync/index.js";
export {
  createShopActions,
  type ShopActions,
  type ShopActionsOptions,
  type ShopGrant,
} from "./tenancy/shop-actions.js";
export {
  ensureShopTenant,
  findShopTenant,
  isShopDomain,
  shopDomain,
  shopSlug,
} from "./tenancy/shop-tenant.js";
export {
  createWebhookHandler,
  type WebhookErrorSubject,
  type WebhookHandler,
  type WebhookHandlerOptions,
} from "./webhooks/handler.js";
export {
  oauthQueryMessage,
  type Secrets,
  signWebhookBody,
  verifyOAuthQuery,
  verifyWebhookHmac,
} from "./webhooks/hmac.js";
export {
  createShopifyWebhookVerifier,
  SHOPIFY_TOPICS,
  type ShopifyPlatformEvent,
  shopifyTopicOf,
} from "./webhooks/verifier.js";
