import { createHash } from "node:crypto";
import { type Db, isPgError, type Queryable, UNIQUE_VIOLATION } from "./db.js";

/** An answer to store: its status and body. */
export interface StoredResponse {
  readonly status: number;
  readonly body: unknown;
}

/** A stored answer as first sent: the status and the exact JSON text of the body. */
export interface ReplayedResponse {
  readonly status: number;
  readonly bodyText: string;
}

/** What {@link withIdempotency} did. */
export type IdempotentOutcome =
  | { readonly kind: "fresh"; readonly response: ReplayedResponse }
  | { readonly kind: "replayed"; readonly response: ReplayedResponse }
  | { readonly kind: "reused" };

/** SHA-256 of a canonical request: method, path and the JSON body with keys sorted. */
export function requestHash(method: string, path: string, body: unknown): string {
  return createHash("sha256")
    .update(`${method} ${path}\n${canonicalJson(body)}`)
    .digest("hex");
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/**
 * Runs `work` and records its answer under (tenant, scope, key) in the same transaction, so the
 * answer exists exactly when the work committed. The key is written last: when another request
 * with the same key commits first (or is still running), this insert waits on the unique index and
 * then fails, the transaction — and so this copy of the work — rolls back, and the stored answer is
 * replayed. A different request hash under the same key is `reused`. Work done for nothing by a
 * losing duplicate costs little (a few rows, rolled back) and keeps a fresh create at one key write.
 */
export async function withIdempotency(
  db: Db,
  key: { tenantId: string; scope: string; key: string; requestHash: string; now: string },
  work: (tx: Queryable) => Promise<StoredResponse>,
): Promise<IdempotentOutcome> {
  try {
    return await db.transaction(async (tx) => {
      const response = await work(tx);
      const bodyText = JSON.stringify(response.body);
      await tx.query(
        `INSERT INTO idempotency_keys (tenant_id, scope, key, request_hash, response_status, response_body, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [key.tenantId, key.scope, key.key, key.requestHash, response.status, bodyText, key.now],
      );
      return { kind: "fresh" as const, response: { status: response.status, bodyText } };
    });
  } catch (error) {
    return replayAfterConflict(db, key, error);
  }
}

/**
 * After a write that recorded an idempotency key failed: when it failed because the key exists
 * (another request with it committed first), the stored answer to replay or `reused`; any other
 * error is re-thrown.
 */
export async function replayAfterConflict(
  db: Queryable,
  key: { tenantId: string; scope: string; key: string; requestHash: string },
  error: unknown,
): Promise<Exclude<IdempotentOutcome, { kind: "fresh" }>> {
  if (!isPgError(error, UNIQUE_VIOLATION)) throw error;
  const { rows } = await db.query<{ request_hash: string; response_status: number; response_body: string }>(
    `SELECT request_hash, response_status, response_body FROM idempotency_keys
     WHERE tenant_id = $1 AND scope = $2 AND key = $3`,
    [key.tenantId, key.scope, key.key],
  );
  const row = rows[0];
  // Not our key that collided (some other unique index): the error stands.
  if (!row) throw error;
  if (row.request_hash !== key.requestHash) return { kind: "reused" };
  return { kind: "replayed", response: { status: row.response_status, bodyText: row.response_body } };
}
