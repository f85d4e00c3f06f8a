import type { WooMeta } from "../client/payloads.js";

/**
 * Turns one of WooCommerce's `*_gmt` dates ("2017-03-22T19:28:02", no offset) into a UTC instant
 * ("2017-03-22T19:28:02.000Z"). The fields without `_gmt` are in the site's time zone and are never
 * read. Returns `undefined` for null or unreadable values.
 */
export function gmtInstant(text: string | null | undefined): string | undefined {
  if (!text) return undefined;
  const withZone = /(Z|[+-]\d{2}:?\d{2})$/i.test(text) ? text : `${text}Z`;
  const ms = Date.parse(withZone);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

/**
 * Reads a delivery instant from an order meta value written by a shipment-tracking plugin or the
 * merchant: an ISO 8601 instant with offset, Unix seconds or milliseconds (number or digits), or
 * a bare "YYYY-MM-DD" / "YYYY-MM-DD HH:MM[:SS]", read as UTC. Anything else is ignored.
 */
export function metaInstant(value: unknown): string | undefined {
  if (typeof value === "number" && Number.isFinite(value) && value > 0) {
    return new Date(value < 1e12 ? value * 1000 : value).toISOString();
  }
  if (typeof value !== "string") return undefined;
  const text = value.trim();
  if (/^\d{9,13}$/.test(text)) return metaInstant(Number(text));
  const bare = /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}:\d{2})(:\d{2})?)?$/.exec(text);
  if (bare) return gmtInstant(`${bare[1]}T${bare[2] ?? "00:00"}${bare[3] ?? ":00"}`);
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i.test(text))
    return gmtInstant(text);
  return undefined;
}

/** The value of the first `meta_data` entry with `key`, if any. */
export function metaValue(meta: readonly WooMeta[], key: string): unknown {
  return meta.find((entry) => entry.key === key)?.value;
}
