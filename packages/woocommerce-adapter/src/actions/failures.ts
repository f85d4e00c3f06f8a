import { type ActionFailure, actionFailure } from "@aftersales/core";
import { WooCommerceError } from "../client/errors.js";

/**
 * Turns a failed WooCommerce call into an {@link ActionFailure}: 404 (including the refunds
 * endpoint's "HTTP 500, data 404") is `not_found`, 401/403 `unauthorized`, 429 `rate_limited`,
 * everything else `platform_error` — retryable for 5xx, timeouts and network failures. Anything
 * that is not a {@link WooCommerceError} is a bug and is rethrown.
 */
export function failureFromError(error: unknown): ActionFailure {
  if (!(error instanceof WooCommerceError)) throw error;
  if (error.kind === "http") {
    if (error.status === 404) return actionFailure("not_found", error.message);
    if (error.status === 401 || error.status === 403) return actionFailure("unauthorized", error.message);
    if (error.status === 429) return actionFailure("rate_limited", error.message, { retryable: true });
  }
  return actionFailure("platform_error", error.message, { retryable: error.retryable });
}
