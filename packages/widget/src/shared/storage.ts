/**
 * sessionStorage for drafts and the order session: survives a reload or a failed submit, is gone
 * when the tab closes. Every access is guarded because storage throws in some sandboxed iframes
 * and private modes; the widget then simply keeps state in memory.
 */
const prefix = "aftersales:";

/** Reads a stored JSON value. */
export function readStored<T>(name: string): T | undefined {
  try {
    const raw = sessionStorage.getItem(prefix + name);
    return raw ? (JSON.parse(raw) as T) : undefined;
  } catch {
    return undefined;
  }
}

/** Stores a JSON value, or removes it when `value` is undefined. */
export function writeStored(name: string, value: unknown): void {
  try {
    if (value === undefined) sessionStorage.removeItem(prefix + name);
    else sessionStorage.setItem(prefix + name, JSON.stringify(value));
  } catch {
    // Storage unavailable or full: the draft lives only in memory.
  }
}

/**
 * A new idempotency key (UUID v4). `crypto.randomUUID` needs a secure context; on a plain-HTTP
 * storefront the same format comes from `getRandomValues`, which does not (version 4 and the
 * variant bits stay as the template has them).
 */
export function newIdempotencyKey(): string {
  return (
    crypto.randomUUID?.() ??
    "10000000-1000-4000-8000-100000000000".replace(/[018]/g, (c) =>
      (Number(c) ^ (crypto.getRandomValues(new Uint8Array(1))[0]! & (15 >> (Number(c) / 4)))).toString(16),
    )
  );
}

/** A shopper's unsent request: the fields, its idempotency key, and the body last sent with it. */
export interface Draft<T> {
  data: T;
  key: string;
  sent?: string;
}

/**
 * The idempotency key for sending `body`. A retry of the same body reuses the draft's key (so the
 * server answers once); a body changed after a refusal gets a new key, since the server would
 * reject a reused key with a different body (`idempotency_key_reused`).
 */
export function keyForBody<T>(draft: Draft<T>, body: string): string {
  if (draft.sent !== undefined && draft.sent !== body) draft.key = newIdempotencyKey();
  draft.sent = body;
  return draft.key;
}
