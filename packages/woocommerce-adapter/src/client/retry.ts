/** How often and how patiently idempotent calls are repeated after 429, 5xx, timeouts and network failures. */
export interface RetryPolicy {
  /** Repeats after the first attempt (0 turns retrying off). */
  readonly retries: number;
  /** The first wait; each later wait doubles. */
  readonly baseDelayMs: number;
  /** No wait is longer than this, whatever `Retry-After` asks for. */
  readonly maxDelayMs: number;
}

/** Three repeats after 0.5 s, 1 s and 2 s, never waiting more than 10 s. */
export const defaultRetryPolicy: RetryPolicy = { retries: 3, baseDelayMs: 500, maxDelayMs: 10_000 };

/** Waits; injected so that tests (and the server's scheduler) control time. */
export type Sleep = (ms: number) => Promise<void>;

/** The real wait. */
export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The wait before repeat number `retry` (0-based): exponential from the base, or what the
 * server's `Retry-After` asks (seconds or an HTTP date, read against `nowMs`), capped.
 */
export function retryDelay(
  policy: RetryPolicy,
  retry: number,
  retryAfter: string | undefined,
  nowMs: number,
): number {
  const exponential = policy.baseDelayMs * 2 ** retry;
  let wanted = exponential;
  if (retryAfter !== undefined) {
    const trimmed = retryAfter.trim();
    if (/^\d+$/.test(trimmed)) wanted = Number(trimmed) * 1000;
    else {
      const at = Date.parse(trimmed);
      if (!Number.isNaN(at)) wanted = Math.max(0, at - nowMs);
    }
  }
  return Math.min(Math.max(0, wanted), policy.maxDelayMs);
}
