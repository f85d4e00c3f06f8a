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

/**
 * How many distinct statement texts a pool prepares (by name, once per connection). Beyond it
 * statements go unnamed, so SQL built with a varying shape cannot grow the server's memory.
 */
const MAX_PREPARED_STATEMENTS = 500;

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
  // A statement with parameters is prepared once per connection and then only bound and run:
  // PostgreSQL skips parsing and planning it again (a third of its CPU on a case write), and `pg`
  // skips sending the text and reading the row description.
  const names = new Map<string, string>();
  const statementName = (sql: string): string | undefined => {
    let name = names.get(sql);
    if (name === undefined && names.size < MAX_PREPARED_STATEMENTS) {
      name = `aftersales_${names.size}`;
      names.set(sql, name);
    }
    return name;
  };
  const run = async <R>(
    client: pg.Pool | pg.PoolClient,
    sql: string,
    params: readonly unknown[] = [],
  ): Promise<QueryResult<R>> => {
    const name = params.length > 0 ? statementName(sql) : undefined;
    const result = await client.query(
      name === undefined
        ? { text: sql, values: params as unknown[] }
        : { name, text: sql, values: params as unknown[] },
    );
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
