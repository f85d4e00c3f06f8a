import * as wooRestApiModule from "@woocommerce/woocommerce-rest-api";

// Everything that depends on how `@woocommerce/woocommerce-rest-api` is packaged and configured
// lives here; the rest of the adapter sees only `WooRestApi`.

/** An answer as the library's axios returns it. */
export interface WooRawResponse {
  readonly status: number;
  readonly data: unknown;
  readonly headers: unknown;
}

/** The three methods of the library that the adapter calls. */
export interface WooRestApi {
  get(endpoint: string, params?: Record<string, unknown>): Promise<WooRawResponse>;
  post(endpoint: string, data: unknown, params?: Record<string, unknown>): Promise<WooRawResponse>;
  put(endpoint: string, data: unknown, params?: Record<string, unknown>): Promise<WooRawResponse>;
}

type WooRestApiConstructor = new (options: Record<string, unknown>) => WooRestApi;

/**
 * Finds the library's class in what `import` handed over. The package is CommonJS compiled by Babel
 * (`exports.default = WooCommerceRestApi`) with no `exports` map and no `"type": "module"`, so under
 * native ESM (Node, Vitest) the default import is the whole `module.exports` and the class sits one
 * `.default` deeper; bundlers that honour `__esModule` hand over the class itself.
 */
export function resolveWooRestApiConstructor(imported: unknown): WooRestApiConstructor {
  let candidate: unknown = imported;
  for (let depth = 0; depth < 3; depth++) {
    if (typeof candidate === "function") return candidate as WooRestApiConstructor;
    if (candidate === null || typeof candidate !== "object" || !("default" in candidate)) break;
    candidate = (candidate as { default: unknown }).default;
  }
  throw new TypeError("@woocommerce/woocommerce-rest-api did not export its client class");
}

/** How to reach the store. */
export interface WooConnection {
  /** The site URL (`https://shop.example`); `https:` uses Basic auth, `http:` OAuth 1.0a. */
  readonly url: string;
  readonly consumerKey: string;
  readonly consumerSecret: string;
  /** Per-request timeout in milliseconds. */
  readonly timeoutMs: number;
  /**
   * HTTPS only: send the keys as query parameters instead of a Basic `Authorization` header, for
   * hosts whose Apache/CGI set-up drops that header (WooCommerce then answers 401
   * `woocommerce_rest_cannot_view` to correct keys).
   */
  readonly queryStringAuth?: boolean;
  /** The REST prefix when the site changed it with the `rest_url_prefix` filter; default `wp-json`. */
  readonly wpApiPrefix?: string;
}

/**
 * Builds the library client. Over `https:` it authenticates with HTTP Basic; over plain `http:` it
 * signs each request with OAuth 1.0a (HMAC-SHA256) in the query string, as WooCommerce requires
 * there — both are the library's own behaviour, chosen by the URL's scheme.
 */
export function createWooRestApi(
  connection: WooConnection,
  imported: unknown = wooRestApiModule,
): WooRestApi {
  const WooCommerceRestApi = resolveWooRestApiConstructor(imported);
  return new WooCommerceRestApi({
    url: connection.url,
    consumerKey: connection.consumerKey,
    consumerSecret: connection.consumerSecret,
    version: "wc/v3",
    ...(connection.wpApiPrefix ? { wpAPIPrefix: connection.wpApiPrefix } : {}),
    ...(connection.queryStringAuth ? { queryStringAuth: true } : {}),
    // The library spreads `axiosConfig` over its own request options, so nothing here may name
    // `headers`, `params` or `auth` (that would drop its Accept/Content-Type and credentials).
    axiosConfig: {
      timeout: connection.timeoutMs,
      // Every status comes back as a response; the client decides what is an error.
      validateStatus: () => true,
      // A redirect (http→https, or to a "www." host) would turn a POST into a GET that lists
      // orders instead of creating a refund; refuse to follow and report it.
      maxRedirects: 0,
      // WordPress error pages behind proxies are HTML; keep the text instead of throwing.
      transitional: { silentJSONParsing: true, clarifyTimeoutError: true },
    },
  });
}

/** Reads one response header case-insensitively from axios' header object. */
export function responseHeader(headers: unknown, name: string): string | undefined {
  if (headers === null || typeof headers !== "object") return undefined;
  const getter = (headers as { get?: unknown }).get;
  if (typeof getter === "function") {
    const value: unknown = getter.call(headers, name);
    if (value !== undefined && value !== null && value !== false) return String(value);
  }
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === wanted && value !== undefined && value !== null) return String(value);
  }
  return undefined;
}

/** The axios failure codes that mean the request timed out. */
export function isTimeoutFailure(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "ETIMEDOUT" || code === "ECONNABORTED";
}
