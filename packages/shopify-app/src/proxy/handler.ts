import type { OrderSource } from "@aftersales/core";
import { numericId } from "../order/order-id.js";
import { isShopDomain, shopSlug } from "../tenancy/shop-tenant.js";
import type { Secrets } from "../webhooks/hmac.js";
import { verifyAppProxyQuery } from "./signature.js";

/** What {@link createAppProxyHandler} needs. */
export interface AppProxyHandlerOptions {
  readonly secret: Secrets;
  /** The server's HTTP API (`createServer(...).fetch`), called in process. */
  readonly api: (request: Request) => Response | Promise<Response>;
  /** The order source of a shop, to check that a signed-in shopper owns an order. */
  readonly orderSource: (shop: string) => OrderSource | Promise<OrderSource>;
  /** Where the proxy is mounted in this app (default `/proxy`, as in shopify.app.toml). */
  readonly mountPath?: string;
  readonly now?: () => number;
}

const SIGNED = ["shop", "logged_in_customer_id", "path_prefix", "timestamp", "signature"];

/** Customer API routes a storefront may reach; staff routes are never proxied. */
const ALLOWED = [
  /^\/v1\/stores\/[^/]+(\/.*)?$/,
  /^\/v1\/me(\/.*)?$/,
  /^\/v1\/cases(\/.*)?$/,
  /^\/v1\/attachments(\/.*)?$/,
];

const problem = (status: number, type: string, title: string) =>
  Response.json({ type, title, status }, { status, headers: { "Content-Type": "application/problem+json" } });

/**
 * The app proxy (`/apps/aftersales/*` on the shop → `/proxy/*` here → the customer API). Every
 * request's signature and timestamp are verified; the store in the path is forced to the signing
 * shop (`/v1/stores/current/...`), so one shop's storefront cannot reach another's data; staff
 * routes are not reachable. A signed-in shopper (`logged_in_customer_id`) gets an order session
 * from `POST /proxy/session {"orderId"}` without typing number and email — only for an order whose
 * customer is that shopper; everyone else proves the order with number + email as usual.
 */
export function createAppProxyHandler(options: AppProxyHandlerOptions) {
  const mount = options.mountPath ?? "/proxy";
  const now = options.now ?? (() => Date.now());

  return async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    const verified = verifyAppProxyQuery(options.secret, url.searchParams, now());
    if (!verified.ok) return problem(401, "unauthorized", "The app proxy signature is not valid");
    const { shop, loggedInCustomerId } = verified.identity;
    if (!isShopDomain(shop)) return problem(401, "unauthorized", "The app proxy signature is not valid");
    const slug = shopSlug(shop);
    let path = url.pathname.startsWith(mount) ? url.pathname.slice(mount.length) || "/" : url.pathname;

    if (path === "/session" && request.method === "POST") {
      if (!loggedInCustomerId)
        return problem(401, "order_not_verified", "Sign in, or find your order by number and email");
      let orderId: unknown;
      try {
        orderId = ((await request.json()) as { orderId?: unknown }).orderId;
      } catch {
        return problem(400, "validation_failed", 'Send {"orderId": …} as JSON');
      }
      if (typeof orderId !== "string" && typeof orderId !== "number") {
        return problem(400, "validation_failed", 'Send {"orderId": …} as JSON');
      }
      const source = await options.orderSource(shop);
      const found = await source.getOrder(String(orderId));
      // Another shopper's order and a missing order look the same, so ids cannot be probed.
      if (
        !found.ok ||
        !found.order.customer.id ||
        numericId(found.order.customer.id) !== loggedInCustomerId
      ) {
        if (found.ok === false && found.reason === "unavailable") {
          return problem(503, "unavailable", "The store's order system is not reachable; try again soon");
        }
        return problem(403, "order_not_verified", "This order is not in your account");
      }
      // The shop vouched for the shopper and the order is theirs: open the server's session with
      // the order's own number and email, so the server's checks and rate limits still apply.
      return options.api(
        new Request(new URL(`/v1/stores/${slug}/sessions`, url.origin), {
          method: "POST",
          headers: {
            "Content-Type": "application/json",
            "X-Forwarded-For": request.headers.get("X-Forwarded-For") ?? "",
          },
          body: JSON.stringify({ orderNumber: found.order.number, email: found.order.customer.email }),
        }),
      );
    }

    path = path.replace(/^\/v1\/stores\/current(?=\/|$)/, `/v1/stores/${slug}`);
    const store = /^\/v1\/stores\/([^/]+)/.exec(path)?.[1];
    if (store !== undefined && store !== slug) return problem(404, "not_found", "No such resource");
    if (!ALLOWED.some((pattern) => pattern.test(path))) return problem(404, "not_found", "No such resource");

    const forwarded = new URL(path, url.origin);
    for (const [key, value] of url.searchParams.entries()) {
      if (!SIGNED.includes(key)) forwarded.searchParams.append(key, value);
    }
    const headers = new Headers(request.headers);
    headers.delete("cookie");
    const init: RequestInit & { duplex?: "half" } = { method: request.method, headers };
    if (request.method !== "GET" && request.method !== "HEAD") {
      init.body = await request.arrayBuffer();
    }
    return options.api(new Request(forwarded, init));
  };
}
