import type { OrderSnapshot } from "@aftersales/core";
import type { TokenSigner } from "../auth/tokens.js";
import type { Clock } from "../clock.js";
import type { Logger } from "../logger.js";
import type { ActionsResolver, OrderSourceResolver } from "../ports.js";
import type { Db } from "../storage/db.js";
import type { RateLimit } from "../storage/rate-limits.js";
import type { Tenant } from "../storage/tenants.js";

/** Limits the app enforces; every one has a default. */
export interface Limits {
  /** Largest JSON body in bytes (default 1 MiB). */
  readonly jsonBodyBytes: number;
  /** Session attempts per client IP (default 20 per 10 minutes). */
  readonly sessionPerIp: RateLimit;
  /** Session attempts per store and order number (default 10 per 10 minutes). */
  readonly sessionPerOrder: RateLimit;
  /** Lifetime of an order session token in seconds (default 2 hours). */
  readonly sessionTtlSeconds: number;
  /** Lifetime of a case link token sent in emails, in seconds (default 30 days). */
  readonly caseLinkTtlSeconds: number;
}

/** Defaults of {@link Limits}. */
export const defaultLimits: Limits = {
  jsonBodyBytes: 1024 * 1024,
  sessionPerIp: { limit: 20, windowSeconds: 600 },
  sessionPerOrder: { limit: 10, windowSeconds: 600 },
  sessionTtlSeconds: 2 * 3600,
  caseLinkTtlSeconds: 30 * 24 * 3600,
};

/**
 * Verifies a platform-signed customer identity (Shopify app proxy `logged_in_customer_id`, the
 * WordPress plugin's signed token) and names the order it grants — by id, or the order itself when
 * the adapter had to read it to check ownership; null when it does not verify. Adapters provide it.
 */
export type IdentityVerifier = (
  tenant: Tenant,
  identityToken: string,
  nowMs: number,
) => Promise<{ orderId: string } | { order: OrderSnapshot } | null>;

/** Everything a handler needs, built once by `createServer`. */
export interface Services {
  readonly db: Db;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly tokens: TokenSigner;
  readonly orderSource: OrderSourceResolver;
  /** The platform actions of a store; absent: every platform action answers `action_unsupported`. */
  readonly actions: ActionsResolver | undefined;
  readonly limits: Limits;
  readonly publicUrl: string;
  /** Verifies a platform-signed customer identity; absent: identity tokens are refused. */
  readonly verifyIdentity: IdentityVerifier | undefined;
  /** The client's IP for rate limiting. */
  readonly clientIp: (request: Request, fallback: string | undefined) => string;
}
