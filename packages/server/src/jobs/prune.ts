import type { Clock } from "../clock.js";
import type { Queryable } from "../storage/db.js";

/** How long records that only guard against repeats are kept. */
export interface Retention {
  /** Idempotency answers (default 24 hours: clients retry within minutes). */
  readonly idempotencyMs: number;
  /** Rate-limit windows (default 1 day past their start). */
  readonly rateLimitMs: number;
  /** Delivered outbox messages (default 7 days, for support questions). */
  readonly deliveredOutboxMs: number;
}

/** Defaults of {@link Retention}. */
export const defaultRetention: Retention = {
  idempotencyMs: 24 * 3600_000,
  rateLimitMs: 24 * 3600_000,
  deliveredOutboxMs: 7 * 24 * 3600_000,
};

/** Deletes idempotency answers, rate-limit windows and delivered outbox rows past their retention. */
export async function pruneExpired(
  db: Queryable,
  clock: Clock,
  retention: Retention = defaultRetention,
): Promise<{ idempotencyKeys: number; rateLimits: number; outbox: number }> {
  const before = (ms: number) => new Date(clock.now() - ms).toISOString();
  const keys = await db.query("DELETE FROM idempotency_keys WHERE created_at < $1", [
    before(retention.idempotencyMs),
  ]);
  const limits = await db.query("DELETE FROM rate_limits WHERE window_start < $1", [
    before(retention.rateLimitMs),
  ]);
  const outbox = await db.query("DELETE FROM outbox WHERE delivered_at < $1", [
    before(retention.deliveredOutboxMs),
  ]);
  return { idempotencyKeys: keys.rowCount, rateLimits: limits.rowCount, outbox: outbox.rowCount };
}
