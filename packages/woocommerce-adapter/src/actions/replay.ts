import { type ActionFailure, actionFailure } from "@aftersales/core";

/** JSON with object keys sorted, so two equal requests give the same fingerprint. */
export function fingerprint(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === "object" && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

interface Stored {
  readonly fingerprint: string;
  readonly result: Promise<unknown>;
}

/**
 * Remembers the first successful result per idempotency key in this process (bounded, least
 * recently used first out), and shares an in-flight call between concurrent repeats. Failures are
 * forgotten so that a retry can succeed. Refunds and coupons are also idempotent on WooCommerce
 * itself (see their modules); this layer makes repeats cost no request at all.
 */
export interface ReplayStore {
  run<R extends { readonly ok: boolean }>(
    scope: string,
    key: string,
    request: unknown,
    action: () => Promise<R>,
  ): Promise<R | ActionFailure>;
}

/** Creates a {@link ReplayStore} holding at most `limit` keys. */
export function createReplayStore(limit = 1000): ReplayStore {
  const entries = new Map<string, Stored>();
  return {
    async run(scope, key, request, action) {
      const id = `${scope}\u0000${key}`;
      const print = fingerprint(request);
      const stored = entries.get(id);
      if (stored) {
        if (stored.fingerprint !== print) {
          return actionFailure(
            "idempotency_key_reused",
            `Idempotency key ${key} was already used for a different ${scope} request`,
          );
        }
        entries.delete(id);
        entries.set(id, stored);
        return (await stored.result) as Awaited<ReturnType<typeof action>>;
      }
      const result = action();
      entries.set(id, { fingerprint: print, result });
      while (entries.size > limit) {
        const oldest = entries.keys().next().value;
        if (oldest === undefined) break;
        entries.delete(oldest);
      }
      try {
        const value = await result;
        if (!value.ok) entries.delete(id);
        return value;
      } catch (error) {
        entries.delete(id);
        throw error;
      }
    },
  };
}
