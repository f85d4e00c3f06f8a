import { createHash } from "node:crypto";
import type { Queryable } from "@aftersales/server";

/** A result remembered under an idempotency key, with the hash of the request that made it. */
export interface StoredResult {
  readonly requestHash: string;
  readonly result: unknown;
}

/**
 * Where first results of mutating actions are kept so that a repeated key returns them. Shopify
 * honours an idempotency key only on a few mutations (`refundCreate` among ours), so the adapter
 * keeps its own record for the rest.
 */
export interface IdempotencyStore {
  get(scope: string, key: string): Promise<StoredResult | undefined>;
  put(scope: string, key: string, value: StoredResult): Promise<void>;
}

/** An in-process store (tests, single-process demos). */
export function memoryIdempotencyStore(): IdempotencyStore {
  const entries = new Map<string, StoredResult>();
  return {
    async get(scope, key) {
      return entries.get(`${scope}\u0000${key}`);
    },
    async put(scope, key, value) {
      entries.set(`${scope}\u0000${key}`, value);
    },
  };
}

/**
 * A store on the server's `idempotency_keys` table, scoped by tenant, so that retries after a
 * restart or on another process find the first result.
 */
export function dbIdempotencyStore(db: Queryable, tenantId: string, now: () => string): IdempotencyStore {
  return {
    async get(scope, key) {
      const { rows } = await db.query<{ request_hash: string; response_body: unknown }>(
        "SELECT request_hash, response_body FROM idempotency_keys WHERE tenant_id = $1 AND scope = $2 AND key = $3",
        [tenantId, `shopify:${scope}`, key],
      );
      const row = rows[0];
      if (!row) return undefined;
      // `response_body` is text since server migration 0002 (jsonb before): parse what was stored.
      const body = row.response_body;
      return { requestHash: row.request_hash, result: typeof body === "string" ? JSON.parse(body) : body };
    },
    async put(scope, key, value) {
      await db.query(
        `INSERT INTO idempotency_keys (tenant_id, scope, key, request_hash, response_status, response_body, created_at)
         VALUES ($1, $2, $3, $4, 200, $5, $6) ON CONFLICT DO NOTHING`,
        [tenantId, `shopify:${scope}`, key, value.requestHash, JSON.stringify(value.result), now()],
      );
    },
  };
}

/** A stable hash of a request (keys sorted), to tell a repeat from a reuse of the key. */
export function requestHash(request: unknown): string {
  const canonical = JSON.stringify(request, (_key, value: unknown) =>
    value && typeof value === "object" && !Array.isArray(value)
      ? Object.fromEntries(
          Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
        )
      : value,
  );
  return createHash("sha256").update(canonical).digest("hex");
}

/** A short, stable token derived from a key (discount codes, note markers). */
export function keyToken(key: string, length = 10): string {
  const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  const digest = createHash("sha256").update(key).digest();
  let token = "";
  for (let i = 0; i < length; i++) token += alphabet[digest[i]! % alphabet.length];
  return token;
}
