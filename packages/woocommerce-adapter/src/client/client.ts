import type { z } from "zod";
import { errorFromResponse, WooCommerceError } from "./errors.js";
import {
  createWooRestApi,
  isTimeoutFailure,
  responseHeader,
  type WooRawResponse,
  type WooRestApi,
} from "./library.js";
import { defaultRetryPolicy, type RetryPolicy, realSleep, retryDelay, type Sleep } from "./retry.js";

/** The largest page the REST API serves (`per_page` is capped at 100). */
export const MAX_PER_PAGE = 100;

/** How to reach a store and how patient to be with it. */
export interface WooCommerceClientOptions {
  /** The site URL, e.g. `https://shop.example` (no `/wp-json`). */
  readonly url: string;
  readonly consumerKey: string;
  readonly consumerSecret: string;
  /** Per-request timeout (default 15 s). */
  readonly timeoutMs?: number;
  /** Retries of idempotent calls (GET, PUT); POSTs are never repeated. */
  readonly retry?: Partial<RetryPolicy>;
  /** Waits between retries (default a real timer); inject to test backoff without sleeping. */
  readonly sleep?: Sleep;
  /** The current time in epoch ms, for `Retry-After` dates (default `Date.now`). */
  readonly now?: () => number;
  /** Most pages a listing reads (default 20, i.e. 2,000 records). */
  readonly maxPages?: number;
  /** See {@link WooConnection.queryStringAuth}. */
  readonly queryStringAuth?: boolean;
  /** See {@link WooConnection.wpApiPrefix}. */
  readonly wpApiPrefix?: string;
  /** The library module as imported (tests use it to check the ESM interop). */
  readonly library?: unknown;
}

/** Query parameters; arrays are sent comma-separated, as WordPress reads them. */
export type QueryParams = Readonly<Record<string, string | number | boolean | readonly (string | number)[]>>;

/**
 * A typed client for the WooCommerce REST API v3 over `@woocommerce/woocommerce-rest-api`: every
 * answer is validated with a zod schema, failures are {@link WooCommerceError}s, idempotent calls
 * are retried with backoff on 429/5xx/timeouts, and listings follow `X-WP-TotalPages`.
 */
export interface WooCommerceClient {
  /** The store's site URL as configured. */
  readonly siteUrl: string;
  /** `GET` one resource. */
  get<S extends z.ZodType>(path: string, schema: S, params?: QueryParams): Promise<z.output<S>>;
  /** `GET` every page of a collection (100 per page, up to `maxPages`). */
  list<S extends z.ZodType>(
    path: string,
    itemSchema: S,
    params?: QueryParams,
    options?: { readonly maxPages?: number },
  ): Promise<z.output<S>[]>;
  /** `POST` (never retried: creating twice is worse than failing once). */
  post<S extends z.ZodType>(path: string, body: unknown, schema: S): Promise<z.output<S>>;
  /** `PUT` (idempotent, so retried like a GET). */
  put<S extends z.ZodType>(path: string, body: unknown, schema: S): Promise<z.output<S>>;
}

function queryOf(params: QueryParams | undefined): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const [key, value] of Object.entries(params ?? {})) {
    out[key] = Array.isArray(value) ? value.join(",") : (value as string | number | boolean);
  }
  return out;
}

/** Creates a {@link WooCommerceClient}. */
export function createWooCommerceClient(options: WooCommerceClientOptions): WooCommerceClient {
  const api: WooRestApi = createWooRestApi(
    {
      url: options.url,
      consumerKey: options.consumerKey,
      consumerSecret: options.consumerSecret,
      timeoutMs: options.timeoutMs ?? 15_000,
      ...(options.queryStringAuth !== undefined ? { queryStringAuth: options.queryStringAuth } : {}),
      ...(options.wpApiPrefix !== undefined ? { wpApiPrefix: options.wpApiPrefix } : {}),
    },
    ...(options.library !== undefined ? [options.library] : []),
  );
  const policy: RetryPolicy = { ...defaultRetryPolicy, ...options.retry };
  const sleep = options.sleep ?? realSleep;
  const now = options.now ?? Date.now;
  const defaultMaxPages = options.maxPages ?? 20;

  async function send(
    method: "get" | "post" | "put",
    path: string,
    body: unknown,
    params: QueryParams | undefined,
  ): Promise<WooRawResponse> {
    const idempotent = method !== "post";
    for (let attempt = 0; ; attempt++) {
      const canRetry = idempotent && attempt < policy.retries;
      let response: WooRawResponse;
      try {
        response =
          method === "get"
            ? await api.get(path, queryOf(params))
            : method === "post"
              ? await api.post(path, body, queryOf(params))
              : await api.put(path, body, queryOf(params));
      } catch (cause) {
        const timeout = isTimeoutFailure(cause);
        const failure = new WooCommerceError(
          timeout
            ? `WooCommerce did not answer ${method.toUpperCase()} ${path} in time`
            : `Could not reach WooCommerce for ${method.toUpperCase()} ${path}: ${(cause as Error)?.message ?? String(cause)}`,
          { kind: timeout ? "timeout" : "network", method, path, retryable: true },
        );
        if (!canRetry) throw failure;
        await sleep(retryDelay(policy, attempt, undefined, now()));
        continue;
      }
      const { status } = response;
      if (status >= 200 && status < 300) return response;
      if (status >= 300 && status < 400) {
        const location = responseHeader(response.headers, "location") ?? "another address";
        throw new WooCommerceError(
          `WooCommerce redirected ${method.toUpperCase()} ${path} (HTTP ${status}) to ${location}; set the store URL to the address it redirects to`,
          { kind: "http", method, path, httpStatus: status, status, retryable: false },
        );
      }
      const error = errorFromResponse(method, path, status, response.data);
      if (!(canRetry && error.retryable)) throw error;
      await sleep(retryDelay(policy, attempt, responseHeader(response.headers, "retry-after"), now()));
    }
  }

  function parse<S extends z.ZodType>(method: string, path: string, schema: S, data: unknown): z.output<S> {
    const result = schema.safeParse(data);
    if (result.success) return result.data;
    const issues = result.error.issues
      .slice(0, 5)
      .map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`)
      .join("; ");
    throw new WooCommerceError(
      `WooCommerce answered ${method.toUpperCase()} ${path} with an unexpected body: ${issues}`,
      { kind: "invalid_response", method, path, retryable: false },
    );
  }

  return {
    siteUrl: options.url,
    async get(path, schema, params) {
      const response = await send("get", path, undefined, params);
      return parse("get", path, schema, response.data);
    },
    async list(path, itemSchema, params, listOptions) {
      const maxPages = listOptions?.maxPages ?? defaultMaxPages;
      const items: unknown[] = [];
      for (let page = 1; page <= maxPages; page++) {
        const response = await send("get", path, undefined, { ...params, per_page: MAX_PER_PAGE, page });
        if (!Array.isArray(response.data)) parse("get", path, itemSchema.array(), response.data);
        const pageItems = response.data as unknown[];
        items.push(...pageItems);
        const totalPages = Number(responseHeader(response.headers, "x-wp-totalpages"));
        // Without the header (stripped by a cache or proxy) a full page means there may be more.
        const more =
          Number.isInteger(totalPages) && totalPages > 0
            ? page < totalPages
            : pageItems.length >= MAX_PER_PAGE;
        if (!more) break;
      }
      return parse("get", path, itemSchema.array(), items) as z.output<typeof itemSchema>[];
    },
    async post(path, body, schema) {
      const response = await send("post", path, body, undefined);
      return parse("post", path, schema, response.data);
    },
    async put(path, body, schema) {
      const response = await send("put", path, body, undefined);
      return parse("put", path, schema, response.data);
    },
  };
}
