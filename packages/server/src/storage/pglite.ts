import { mkdirSync } from "node:fs";
import { PGlite, types } from "@electric-sql/pglite";
import type { Db, Queryable, QueryResult } from "./db.js";
import { parseTimestamptz } from "./db.js";

const parsers = {
  [types.TIMESTAMPTZ]: parseTimestamptz,
  [types.INT8]: (text: string) => Number(text),
};

function wrap(q: Pick<PGlite, "query" | "exec">): Queryable {
  return {
    async exec(sql: string): Promise<void> {
      await q.exec(sql);
    },
    async query<R>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<R>> {
      const result = await q.query<R>(sql, params as unknown[]);
      return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length };
    },
  };
}

/**
 * Opens embedded PostgreSQL (PGlite, WASM) with its data in `dataDir` (created when missing), or in
 * memory when `dataDir` is `memory://`. One process owns a data folder at a time.
 */
export async function openPglite(dataDir: string): Promise<Db> {
  if (!dataDir.startsWith("memory://")) mkdirSync(dataDir, { recursive: true });
  const pg = await PGlite.create(dataDir, { parsers });
  await pg.exec("SET TIME ZONE 'UTC'");
  const queryable = wrap(pg);
  return {
    kind: "pglite",
    query: queryable.query,
    exec: queryable.exec,
    transaction: (fn) => pg.transaction((tx) => fn(wrap(tx))),
    close: () => pg.close(),
  };
}
