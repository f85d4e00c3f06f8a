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

/** A new idempotency key (UUID v4); `crypto.randomUUID` needs a secure context, so fall back. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, "0")).join("");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
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
