import type { Queryable } from "./db.js";

/** A limit of `limit` hits per fixed window of `windowSeconds`. */
export interface RateLimit {
  readonly limit: number;
  readonly windowSeconds: number;
}

/** Whether a hit is allowed; when not, how many seconds until the window resets. */
export type RateDecision =
  | { readonly allowed: true }
  | { readonly allowed: false; readonly retryAfter: number };

/**
 * Counts one hit on `bucket` in a fixed window kept in the database, so that every server process
 * shares the count. One upsert per hit; no read-modify-write race.
 */
export async function hitRateLimit(
  db: Queryable,
  bucket: string,
  rule: RateLimit,
  nowMs: number,
): Promise<RateDecision> {
  const windowMs = rule.windowSeconds * 1000;
  const start = Math.floor(nowMs / windowMs) * windowMs;
  const { rows } = await db.query<{ hits: number }>(
    `INSERT INTO rate_limits AS r (bucket, window_start, hits) VALUES ($1, $2, 1)
     ON CONFLICT (bucket) DO UPDATE SET
       hits = CASE WHEN r.window_start = EXCLUDED.window_start THEN r.hits + 1 ELSE 1 END,
       window_start = EXCLUDED.window_start
     RETURNING hits`,
    [bucket, new Date(start).toISOString()],
  );
  const hits = rows[0]?.hits ?? 1;
  if (hits <= rule.limit) return { allowed: true };
  return { allowed: false, retryAfter: Math.max(1, Math.ceil((start + windowMs - nowMs) / 1000)) };
}
