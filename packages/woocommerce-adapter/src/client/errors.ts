import { AftersalesError } from "@aftersales/core";
import { z } from "zod";

/** How a call to WooCommerce failed. */
export const WooCommerceErrorKind = {
  /** WooCommerce answered with an error status (or a redirect we refuse to follow). */
  http: "http",
  /** No answer within the timeout. */
  timeout: "timeout",
  /** The connection failed (DNS, TLS, reset). */
  network: "network",
  /** A 2xx answer whose body does not match the documented shape. */
  invalid_response: "invalid_response",
} as const;
/** Zod enum of {@link WooCommerceErrorKind}. */
export const WooCommerceErrorKindSchema = z.enum(WooCommerceErrorKind);
/** How a call to WooCommerce failed. */
export type WooCommerceErrorKind = z.infer<typeof WooCommerceErrorKindSchema>;

/** What a {@link WooCommerceError} knows beyond its message. */
export interface WooCommerceErrorInit {
  readonly kind: WooCommerceErrorKind;
  readonly method: string;
  readonly path: string;
  /** The HTTP status on the wire (absent for timeouts and network failures). */
  readonly httpStatus?: number;
  /**
   * The status WooCommerce meant. Usually the HTTP status; for errors whose `data` is a bare
   * number (the refunds endpoint) it is that number, because WordPress sends those as HTTP 500.
   */
  readonly status?: number;
  /** WooCommerce's machine code, e.g. `woocommerce_rest_shop_order_invalid_id`. */
  readonly wcCode?: string;
  /** True when repeating the same call later may succeed (429, 5xx, timeouts, network). */
  readonly retryable: boolean;
}

/**
 * The one error the WooCommerce client throws: a typed description of a failed call. The order
 * source and the actions turn it into result values (`unavailable`, `not_found`, `rate_limited` …);
 * it escapes only from the low-level {@link WooCommerceClient}.
 */
export class WooCommerceError extends AftersalesError {
  readonly kind: WooCommerceErrorKind;
  readonly method: string;
  readonly path: string;
  readonly httpStatus: number | undefined;
  readonly status: number | undefined;
  readonly wcCode: string | undefined;
  readonly retryable: boolean;

  constructor(message: string, init: WooCommerceErrorInit) {
    super(`woocommerce_${init.kind}`, message);
    this.name = "WooCommerceError";
    this.kind = init.kind;
    this.method = init.method;
    this.path = init.path;
    this.httpStatus = init.httpStatus;
    this.status = init.status;
    this.wcCode = init.wcCode;
    this.retryable = init.retryable;
  }
}

/**
 * The error body of the WordPress REST API: `{ code, message, data }`. `data` is usually
 * `{ status: 404 }`, but WooCommerce's refunds controller builds its `WP_Error`s with a bare number
 * (`new WP_Error( 'woocommerce_rest_invalid_order_id', …, 404 )`), and WordPress only reads a status
 * out of an array, so those arrive as HTTP 500 with `"data": 404`.
 */
export const WordPressErrorBodySchema = z.object({
  code: z.string().min(1),
  message: z.string().default(""),
  data: z.unknown().optional(),
});

/** The status WooCommerce meant for an error answer: `data.status`, a bare numeric `data`, or the HTTP status. */
export function intendedStatus(httpStatus: number, data: unknown): number {
  if (typeof data === "number" && Number.isInteger(data) && data >= 100 && data <= 599) return data;
  if (data !== null && typeof data === "object") {
    const status = (data as { status?: unknown }).status;
    if (typeof status === "number" && Number.isInteger(status)) return status;
  }
  return httpStatus;
}

/** 429 and every 5xx are worth retrying; anything else is an answer. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || status >= 500;
}

/**
 * Builds the error for a non-2xx answer. The retryable flag follows the status WooCommerce meant,
 * so a refund answered "HTTP 500, data 404" is a final `not_found`, not an outage.
 */
export function errorFromResponse(
  method: string,
  path: string,
  httpStatus: number,
  body: unknown,
): WooCommerceError {
  const parsed = WordPressErrorBodySchema.safeParse(body);
  if (!parsed.success) {
    const text = typeof body === "string" ? body.replace(/\s+/g, " ").trim().slice(0, 200) : "";
    return new WooCommerceError(
      `WooCommerce answered ${method.toUpperCase()} ${path} with HTTP ${httpStatus}${text ? `: ${text}` : ""}`,
      {
        kind: "http",
        method,
        path,
        httpStatus,
        status: httpStatus,
        retryable: isRetryableStatus(httpStatus),
      },
    );
  }
  const status = intendedStatus(httpStatus, parsed.data.data);
  const shown = status === httpStatus ? `HTTP ${httpStatus}` : `HTTP ${httpStatus} (meaning ${status})`;
  return new WooCommerceError(
    `WooCommerce answered ${method.toUpperCase()} ${path} with ${shown} ${parsed.data.code}: ${parsed.data.message}`,
    {
      kind: "http",
      method,
      path,
      httpStatus,
      status,
      wcCode: parsed.data.code,
      retryable: isRetryableStatus(status),
    },
  );
}
