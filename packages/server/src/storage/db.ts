/** Something SQL can be sent to: the database itself or an open transaction. */
export interface Queryable {
  /**
   * Runs one statement with `$1 … $n` parameters and returns its rows. `timestamptz` columns come
   * back as ISO 8601 UTC strings and `int8` as numbers on every implementation.
   */
  query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<QueryResult<R>>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

/** Rows returned by a statement and the number of rows it touched. */
export interface QueryResult<R> {
  readonly rows: R[];
  readonly rowCount: number;
}

/**
 * The storage connection the server needs: PostgreSQL through `pg` or embedded PGlite. One SQL
 * dialect (PostgreSQL 15+) serves both.
 */
export interface Db extends Queryable {
  /** `postgres` for a real server (advisory locks and concurrency across processes), or `pglite`. */
  readonly kind: "postgres" | "pglite";
  /**
   * Runs `fn` in one transaction (READ COMMITTED): committed when it resolves, rolled back when it
   * throws (the error is re-thrown).
   */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Releases connections. */
  close(): Promise<void>;
}

/** The PostgreSQL error code of a unique violation. */
export const UNIQUE_VIOLATION = "23505";

/** True when `error` is a PostgreSQL error with the given SQLSTATE `code` (from `pg` or PGlite). */
export function isPgError(error: unknown, code: string): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === code;
}

/** Parses PostgreSQL's text form of a `timestamptz` into an ISO 8601 UTC string. */
export function parseTimestamptz(text: string): string {
  if (text === "infinity" || text === "-infinity") return text;
  const iso = text.replace(" ", "T").replace(/([+-]\d\d)$/, "$1:00");
  return new Date(iso).toISOString();
}
