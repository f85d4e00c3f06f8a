import { createHmac, timingSafeEqual } from "node:crypto";

/** One secret, or several while a rotated app secret is still in use. */
export type Secrets = string | readonly string[];

const list = (secrets: Secrets): readonly string[] => (typeof secrets === "string" ? [secrets] : secrets);

/** Compares two byte strings in constant time (for equal lengths; lengths are not secret). */
function sameBytes(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

/** `X-Shopify-Hmac-Sha256` for a raw body: base64 HMAC-SHA256 keyed with the app's client secret. */
export function signWebhookBody(secret: string, rawBody: Uint8Array | string): string {
  return createHmac("sha256", secret).update(rawBody).digest("base64");
}

/** True when `header` is the webhook HMAC of the raw bytes under one of the secrets. */
export function verifyWebhookHmac(
  secrets: Secrets,
  rawBody: Uint8Array | string,
  header: string | undefined,
): boolean {
  if (!header) return false;
  const given = Buffer.from(header, "base64");
  return list(secrets).some((secret) =>
    sameBytes(given, createHmac("sha256", secret).update(rawBody).digest()),
  );
}

/**
 * The message Shopify signs in OAuth and admin-launch query strings: every parameter but `hmac`
 * (and the legacy `signature`), sorted by name, as `name=value` joined with `&`.
 */
export function oauthQueryMessage(params: URLSearchParams): string {
  return [...params.entries()]
    .filter(([key]) => key !== "hmac" && key !== "signature")
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, value]) => `${key}=${value}`)
    .join("&");
}

/** True when the query's `hmac` (hex HMAC-SHA256 of {@link oauthQueryMessage}) is right. */
export function verifyOAuthQuery(secrets: Secrets, params: URLSearchParams): boolean {
  const hmac = params.get("hmac");
  if (!hmac || !/^[0-9a-f]+$/i.test(hmac)) return false;
  const given = Buffer.from(hmac, "hex");
  const message = oauthQueryMessage(params);
  return list(secrets).some((secret) =>
    sameBytes(given, createHmac("sha256", secret).update(message).digest()),
  );
}
