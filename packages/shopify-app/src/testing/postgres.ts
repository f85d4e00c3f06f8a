import { randomBytes } from "node:crypto";
import { type Db, migrate, openPostgres } from "@aftersales/server";
import pg from "pg";

/** The machine's PostgreSQL for storage tests (override with `TEST_DATABASE_URL`). */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

async function ensureDatabase(): Promise<void> {
  const url = new URL(TEST_DATABASE_URL);
  const name = url.pathname.slice(1);
  url.pathname = "/postgres";
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replaceAll('"', "")}"`);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code !== "42P04" && code !== "23505") throw error;
  } finally {
    await client.end();
  }
}

/** A fresh schema on the test database, migrated by the server; `drop()` removes it. */
export async function freshPostgres(): Promise<{ db: Db; schema: string; drop(): Promise<void> }> {
  await ensureDatabase();
  const schema = `shopify_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const db = await openPostgres(TEST_DATABASE_URL, { searchPath: schema, max: 4 });
  await migrate(db);
  return {
    db,
    schema,
    async drop() {
      await db.close();
      const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await client.connect();
      await client.query(`DROP SCHEMA ${schema} CASCADE`);
      await client.end();
    },
  };
}
