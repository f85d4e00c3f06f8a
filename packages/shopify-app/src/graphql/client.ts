import { z } from "zod";

/** The Admin API version every document in this package is written and validated against. */
export const ADMIN_API_VERSION = "2026-10";

/** Shopify's calculated query cost, sent in `extensions.cost` of every Admin GraphQL answer. */
export const QueryCostSchema = z.object({
  requestedQueryCost: z.number(),
  actualQueryCost: z.number().nullish(),
  throttleStatus: z.object({
    maximumAvailable: z.number(),
    currentlyAvailable: z.number(),
    restoreRate: z.number().positive(),
  }),
});
/** Shopify's calculated query cost. */
export type QueryCost = z.infer<typeof QueryCostSchema>;

const GraphqlErrorSchema = z.object({
  message: z.string(),
  extensions: z.object({ code: z.string().optional() }).loose().optional(),
});

const GraphqlResponseSchema = z.object({
  data: z.unknown().optional(),
  errors: z.array(GraphqlErrorSchema).optional(),
  extensions: z.object({ cost: QueryCostSchema.optional() }).loose().optional(),
});

/** Why an Admin API call did not give data. */
export const AdminApiFailureKind = {
  /** Still throttled after the allowed waits. */
  throttled: "throttled",
  /** 401/403, or `ACCESS_DENIED`: the token is revoked or a scope is missing. */
  unauthorized: "unauthorized",
  /** The network failed or Shopify answered 5xx. */
  unavailable: "unavailable",
  /** Shopify rejected the query itself (a bug on our side, or a schema change). */
  graphql: "graphql",
} as const;
/** Why an Admin API call did not give data. */
export type AdminApiFailureKind = (typeof AdminApiFailureKind)[keyof typeof AdminApiFailureKind];

/** The outcome of one Admin GraphQL operation. */
export type AdminApiResult<T> =
  | { readonly ok: true; readonly data: T; readonly cost?: QueryCost }
  | {
      readonly ok: false;
      readonly kind: AdminApiFailureKind;
      readonly message: string;
      readonly retryable: boolean;
    };

/** What {@link createAdminApiClient} needs. */
export interface AdminApiClientOptions {
  /** The shop's permanent domain, `example.myshopify.com`. */
  readonly shop: string;
  /** An offline (or online) Admin API access token for the shop. */
  readonly accessToken: string;
  readonly apiVersion?: string;
  /** Injected `fetch` (tests intercept the global one with msw). */
  readonly fetch?: typeof fetch;
  /** Waits `ms` milliseconds; injected so tests never sleep. */
  readonly sleep?: (ms: number) => Promise<void>;
  /** How many times one call waits out throttling before it gives up (default 5). */
  readonly maxThrottleWaits?: number;
}

/** Sends Admin GraphQL operations for one shop. */
export interface AdminApiClient {
  readonly shop: string;
  request<T>(document: string, variables?: Record<string, unknown>): Promise<AdminApiResult<T>>;
  /** Every wait the client made for throttling, in ms (for logs and tests). */
  readonly waits: readonly number[];
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * How long to wait before the points for a request are back: the missing points divided by the
 * restore rate (points per second), rounded up to the next whole second, at least one second.
 * Shopify's leaky bucket refills continuously, so waiting this long is enough and never more.
 */
export function throttleDelayMs(cost: QueryCost): number {
  const { currentlyAvailable, restoreRate } = cost.throttleStatus;
  const missing = Math.max(cost.requestedQueryCost - currentlyAvailable, 0);
  return Math.max(Math.ceil(missing / restoreRate), 1) * 1000;
}

/**
 * An Admin GraphQL client with Shopify's cost-based throttling handled: a `THROTTLED` answer waits
 * for the bucket to refill by the restore rate and retries, and a request whose cost the last
 * answer says cannot be paid yet waits before it is sent, so the shop is never hammered.
 * All platform quirks of talking to the Admin API live here.
 */
export function createAdminApiClient(options: AdminApiClientOptions): AdminApiClient {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const sleep = options.sleep ?? realSleep;
  const maxWaits = options.maxThrottleWaits ?? 5;
  const url = `https://${options.shop}/admin/api/${options.apiVersion ?? ADMIN_API_VERSION}/graphql.json`;
  const waits: number[] = [];
  // What the last answer said about the bucket, to avoid sending what would only be throttled.
  let bucket: QueryCost["throttleStatus"] | undefined;
  const lastCost = new Map<string, number>();

  async function wait(ms: number): Promise<void> {
    waits.push(ms);
    await sleep(ms);
  }

  async function send(body: string): Promise<Response | { error: string }> {
    try {
      return await doFetch(url, {
        method: "POST",
        headers: {
          "Content-Type": "application/json",
          Accept: "application/json",
          "X-Shopify-Access-Token": options.accessToken,
        },
        body,
      });
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  }

  return {
    shop: options.shop,
    waits,
    async request<T>(document: string, variables: Record<string, unknown> = {}): Promise<AdminApiResult<T>> {
      const body = JSON.stringify({ query: document, variables });
      const expected = lastCost.get(document);
      if (bucket && expected !== undefined && expected > bucket.currentlyAvailable) {
        await wait(
          throttleDelayMs({ requestedQueryCost: expected, throttleStatus: bucket, actualQueryCost: null }),
        );
      }
      for (let attempt = 0; ; attempt++) {
        const response = await send(body);
        if ("error" in response) {
          return { ok: false, kind: "unavailable", message: response.error, retryable: true };
        }
        if (response.status === 401 || response.status === 403) {
          return {
            ok: false,
            kind: "unauthorized",
            message: `Shopify answered ${response.status}`,
            retryable: false,
          };
        }
        if (response.status === 429 && attempt < maxWaits) {
          const seconds = Number(response.headers.get("Retry-After"));
          await wait(Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds * 1000) : 1000);
          continue;
        }
        if (response.status >= 500 || response.status === 429) {
          return {
            ok: false,
            kind: response.status === 429 ? "throttled" : "unavailable",
            message: `Shopify answered ${response.status}`,
            retryable: true,
          };
        }
        let parsed: z.infer<typeof GraphqlResponseSchema>;
        try {
          parsed = GraphqlResponseSchema.parse(await response.json());
        } catch {
          return {
            ok: false,
            kind: "unavailable",
            message: `Shopify answered ${response.status} with an unreadable body`,
            retryable: true,
          };
        }
        const cost = parsed.extensions?.cost;
        if (cost) {
          bucket = cost.throttleStatus;
          lastCost.set(document, cost.requestedQueryCost);
        }
        const errors = parsed.errors ?? [];
        const throttled = errors.some((e) => e.extensions?.code === "THROTTLED");
        if (throttled) {
          if (attempt >= maxWaits) {
            return { ok: false, kind: "throttled", message: "Still throttled by Shopify", retryable: true };
          }
          await wait(cost ? throttleDelayMs(cost) : 1000 * 2 ** Math.min(attempt, 5));
          continue;
        }
        if (errors.some((e) => e.extensions?.code === "ACCESS_DENIED")) {
          return {
            ok: false,
            kind: "unauthorized",
            message: errors.map((e) => e.message).join("; "),
            retryable: false,
          };
        }
        if (
          errors.length > 0 ||
          parsed.data === undefined ||
          parsed.data === null ||
          response.status >= 400
        ) {
          const message = errors.map((e) => e.message).join("; ") || `Shopify answered ${response.status}`;
          const internal = errors.some((e) => e.extensions?.code === "INTERNAL_SERVER_ERROR");
          return { ok: false, kind: internal ? "unavailable" : "graphql", message, retryable: internal };
        }
        return { ok: true, data: parsed.data as T, ...(cost ? { cost } : {}) };
      }
    },
  };
}
