import { createHash } from "node:crypto";
import type { Db, Queryable } from "./db.js";

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
 * Runs `work` at most once per (tenant, scope, key). The key row is inserted first inside the same
 * transaction as the work, so a concurrent request with the same key waits on the unique index
 * until the first commits, then replays its answer; if the first rolls back, the waiter does the
 * work itself. A different request hash under the same key is `reused`.
 */
export async function withIdempotency(
  db: Db,
  key: { tenantId: string; scope: string; key: string; requestHash: string; now: string },
  work: (tx: Queryable) => Promise<StoredResponse>,
): Promise<IdempotentOutcome> {
  return db.transaction(async (tx) => {
    const claimed = await tx.query(
      `INSERT INTO idempotency_keys (tenant_id, scope, key, request_hash, response_status, response_body, created_at)
       VALUES ($1, $2, $3, $4, 0, 'null', $5)
       ON CONFLICT DO NOTHING`,
      [key.tenantId, key.scope, key.key, key.requestHash, key.now],
    );
    if (claimed.rowCount === 0) {
      const { rows } = await tx.query<{
        request_hash: string;
        response_status: number;
        response_body: string;
      }>(
        `SELECT request_hash, response_status, response_body FROM idempotency_keys
         WHERE tenant_id = $1 AND scope = $2 AND key = $3`,
        [key.tenantId, key.scope, key.key],
      );
      const row = rows[0];
      if (!row) throw new Error("idempotency key vanished between insert and select");
      if (row.request_hash !== key.requestHash) return { kind: "reused" };
      return { kind: "replayed", response: { status: row.response_status, bodyText: row.response_body } };
    }
    const response = await work(tx);
    const bodyText = JSON.stringify(response.body);
    await tx.query(
      `UPDATE idempotency_keys SET response_status = $4, response_body = $5
       WHERE tenant_id = $1 AND scope = $2 AND key = $3`,
      [key.tenantId, key.scope, key.key, response.status, bodyText],
    );
    return { kind: "fresh", response: { status: response.status, bodyText } };
  });
}
