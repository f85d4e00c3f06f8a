import { randomBytes } from "node:crypto";
import pg from "pg";
import type { Db } from "../storage/db.js";
import { migrate } from "../storage/migrate.js";
import { openPglite } from "../storage/pglite.js";
import { openPostgres } from "../storage/postgres.js";

/** Where storage tests find the machine's PostgreSQL (override with `TEST_DATABASE_URL`). */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

/** A database opened for one test file, and how to throw it away. */
export interface TestDatabase {
  readonly db: Db;
  /** For PostgreSQL: the throw-away schema the connections use. */
  readonly schema?: string;
  drop(): Promise<void>;
}

/** A named way to open a fresh, migrated database. */
export interface DatabaseTarget {
  readonly name: "pglite" | "postgres";
  open(options?: { max?: number }): Promise<TestDatabase>;
}

/** Fresh in-memory PGlite, migrated. */
export const pgliteTarget: DatabaseTarget = {
  name: "pglite",
  async open() {
    const db = await openPglite("memory://");
    await migrate(db);
    return { db, drop: () => db.close() };
  },
};

/**
 * A fresh schema on the machine's PostgreSQL (database `test`, created if missing), selected with
 * `search_path`, migrated; `drop()` removes the schema.
 */
export const postgresTarget: DatabaseTarget = {
  name: "postgres",
  async open(options = {}) {
    await ensureTestDatabase();
    const schema = `t_${randomBytes(6).toString("hex")}`;
    const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    await admin.end();
    const db = await openPostgres(TEST_DATABASE_URL, { searchPath: schema, max: options.max ?? 10 });
    await migrate(db);
    return {
      db,
      schema,
      async drop() {
        await db.close();
        const c = new pg.Client({ connectionString: TEST_DATABASE_URL });
        await c.connect();
        await c.query(`DROP SCHEMA ${schema} CASCADE`);
        await c.end();
      },
    };
  },
};

let ensured: Promise<void> | undefined;
function ensureTestDatabase(): Promise<void> {
  ensured ??= (async () => {
    const url = new URL(TEST_DATABASE_URL);
    const name = url.pathname.slice(1);
    url.pathname = "/postgres";
    const c = new pg.Client({ connectionString: url.toString() });
    await c.connect();
    try {
      const { rowCount } = await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
      if (!rowCount) await c.query(`CREATE DATABASE "${name.replaceAll('"', "")}"`);
    } catch (error) {
      // Two test files may race to create it; the loser finds it there.
      if ((error as { code?: string }).code !== "42P04" && (error as { code?: string }).code !== "23505")
        throw error;
    } finally {
      await c.end();
    }
  })();
  return ensured;
}

/** Both storage targets: every storage and HTTP suite runs once per entry. */
export const databaseTargets: readonly DatabaseTarget[] = [pgliteTarget, postgresTarget];
