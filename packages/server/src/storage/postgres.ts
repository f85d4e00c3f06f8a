import pg from "pg";
import type { Db, Queryable, QueryResult } from "./db.js";
import { parseTimestamptz } from "./db.js";

const TIMESTAMPTZ_OID = 1184;
const INT8_OID = 20;

function typeParser(oid: number, format?: string): (text: string) => unknown {
  if (oid === TIMESTAMPTZ_OID) return parseTimestamptz;
  if (oid === INT8_OID) return Number;
  return (pg.types.getTypeParser as (oid: number, format?: string) => (text: string) => unknown)(oid, format);
}

/** Options for {@link openPostgres}. */
export interface PostgresOptions {
  /** Maximum connections in the pool (default 10). */
  readonly max?: number;
  /** `search_path` for every connection (tests use a throw-away schema). */
  readonly searchPath?: string;
}

/** Opens a connection pool to a PostgreSQL server (15 or newer). */
export async function openPostgres(connectionString: string, options: PostgresOptions = {}): Promise<Db> {
  const settings = ["-c TimeZone=UTC"];
  if (options.searchPath) settings.push(`-c search_path=${options.searchPath}`);
  const pool = new pg.Pool({
    connectionString,
    max: options.max ?? 10,
    options: settings.join(" "),
    types: { getTypeParser: typeParser as never },
  });
  // A connection that dies while idle (server restart) must not crash the process.
  pool.on("error", () => {});
  const run = async <R>(
    client: pg.Pool | pg.PoolClient,
    sql: string,
    params: readonly unknown[] = [],
  ): Promise<QueryResult<R>> => {
    const result = await client.query(sql, params as unknown[]);
    return { rows: result.rows as R[], rowCount: result.rowCount ?? 0 };
  };
  await run(pool, "SELECT 1");
  return {
    kind: "postgres",
    query: (sql, params) => run(pool, sql, params),
    exec: async (sql) => {
      await pool.query(sql);
    },
    async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      let broken = false;
      try {
        await client.query("BEGIN");
        const result = await fn({
          query: (sql, params) => run(client, sql, params),
          exec: async (sql) => {
            await client.query(sql);
          },
        });
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {
          broken = true;
        });
        throw error;
      } finally {
        // A connection that could not roll back is destroyed rather than handed to the next caller.
        client.release(broken);
      }
    },
    close: () => pool.end(),
  };
}
