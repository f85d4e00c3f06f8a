import { createHmac, timingSafeEqual } from "node:crypto";
import type { Secrets } from "../webhooks/hmac.js";

/**
 * The message Shopify signs on app proxy requests: every query parameter but `signature`,
 * repeated names joined with commas (`extra=1,2`), sorted, concatenated with no separator.
 */
export function appProxyMessage(params: URLSearchParams): string {
  const grouped = new Map<string, string[]>();
  for (const [key, value] of params.entries()) {
    if (key === "signature") continue;
    grouped.set(key, [...(grouped.get(key) ?? []), value]);
  }
  return [...grouped.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, values]) => `${key}=${values.join(",")}`)
    .join("");
}

/** The hex `signature` for a proxy query (what Shopify adds; used by tests and local tools). */
export function signAppProxyQuery(secret: string, params: URLSearchParams): string {
  return createHmac("sha256", secret).update(appProxyMessage(params)).digest("hex");
}

/** A verified app proxy request. */
export interface AppProxyIdentity {
  readonly shop: string;
  /** The signed-in shopper (numeric Shopify customer id), absent for guests. */
  readonly loggedInCustomerId?: string;
  readonly pathPrefix: string;
}

/** Why an app proxy request was refused. */
export type AppProxyRejection = "bad_signature" | "stale" | "malformed";

/**
 * Verifies an app proxy request's query: the hex HMAC-SHA256 `signature` (constant time) and a
 * `timestamp` no further than `maxAgeSeconds` from now (default 5 minutes) so a captured URL
 * cannot be replayed for long.
 */
export function verifyAppProxyQuery(
  secrets: Secrets,
  params: URLSearchParams,
  nowMs: number,
  maxAgeSeconds = 300,
):
  | { readonly ok: true; readonly identity: AppProxyIdentity }
  | { readonly ok: false; readonly reason: AppProxyRejection } {
  const signature = params.get("signature");
  if (!signature || !/^[0-9a-f]{64}$/i.test(signature)) return { ok: false, reason: "bad_signature" };
  const given = Buffer.from(signature, "hex");
  const message = appProxyMessage(params);
  const valid = (typeof secrets === "string" ? [secrets] : secrets).some((secret) => {
    const expected = createHmac("sha256", secret).update(message).digest();
    return expected.length === given.length && timingSafeEqual(expected, given);
  });
  if (!valid) return { ok: false, reason: "bad_signature" };
  const timestamp = Number(params.get("timestamp"));
  if (!Number.isInteger(timestamp)) return { ok: false, reason: "malformed" };
  if (Math.abs(nowMs / 1000 - timestamp) > maxAgeSeconds) return { ok: false, reason: "stale" };
  const shop = params.get("shop");
  if (!shop) return { ok: false, reason: "malformed" };
  const customer = params.get("logged_in_customer_id");
  return {
    ok: true,
    identity: {
      shop,
      pathPrefix: params.get("path_prefix") ?? "",
      ...(customer ? { loggedInCustomerId: customer } : {}),
    },
  };
}
