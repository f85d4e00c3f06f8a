import type { Queryable } from "./db.js";
import { noteSettingsChanged } from "./settings-changes.js";

/** Tables of versioned per-tenant documents kept by id (calendars, SLA policies). */
export type SettingsTable = "calendars" | "sla_policies";

/** One stored document. */
export interface SettingsDoc {
  readonly id: string;
  readonly version: number;
  readonly body: unknown;
  readonly updatedAt: string;
}

interface Row {
  id: string;
  version: number;
  body: unknown;
  updated_at: string;
}
const toDoc = (r: Row): SettingsDoc => ({
  id: r.id,
  version: r.version,
  body: r.body,
  updatedAt: r.updated_at,
});

/** Every document of a tenant in `table`, by id. */
export async function listSettings(
  db: Queryable,
  table: SettingsTable,
  tenantId: string,
): Promise<SettingsDoc[]> {
  const { rows } = await db.query<Row>(
    `SELECT id, version, body, updated_at FROM ${table} WHERE tenant_id = $1 ORDER BY id`,
    [tenantId],
  );
  return rows.map(toDoc);
}

/** One document, or null. */
export async function getSettings(
  db: Queryable,
  table: SettingsTable,
  tenantId: string,
  id: string,
): Promise<SettingsDoc | null> {
  const { rows } = await db.query<Row>(
    `SELECT id, version, body, updated_at FROM ${table} WHERE tenant_id = $1 AND id = $2`,
    [tenantId, id],
  );
  return rows[0] ? toDoc(rows[0]) : null;
}

/**
 * Creates or replaces a document. With `expectedVersion`, only replaces that version (optimistic
 * concurrency for editors); returns null when the stored version differs.
 */
export async function putSettings(
  db: Queryable,
  table: SettingsTable,
  input: { tenantId: string; id: string; body: unknown; now: string; expectedVersion?: number },
): Promise<SettingsDoc | null> {
  const { rows } = await db.query<Row>(
    `INSERT INTO ${table} AS t (tenant_id, id, version, body, updated_at) VALUES ($1, $2, 1, $3, $4)
     ON CONFLICT (tenant_id, id) DO UPDATE SET version = t.version + 1, body = EXCLUDED.body, updated_at = EXCLUDED.updated_at
       WHERE $5::int IS NULL OR t.version = $5::int
     RETURNING id, version, body, updated_at`,
    [input.tenantId, input.id, JSON.stringify(input.body), input.now, input.expectedVersion ?? null],
  );
  noteSettingsChanged(input.tenantId);
  return rows[0] ? toDoc(rows[0]) : null;
}

/** Deletes a document; false when there was none. */
export async function deleteSettings(
  db: Queryable,
  table: SettingsTable,
  tenantId: string,
  id: string,
): Promise<boolean> {
  const { rowCount } = await db.query(`DELETE FROM ${table} WHERE tenant_id = $1 AND id = $2`, [
    tenantId,
    id,
  ]);
  noteSettingsChanged(tenantId);
  return rowCount > 0;
}

/** A published return policy version. */
export interface PolicyVersion {
  readonly version: number;
  readonly body: unknown;
  readonly publishedAt: string;
  readonly publishedBy: string | null;
}

/** The newest published policy of a tenant, or null. */
export async function currentPolicy(db: Queryable, tenantId: string): Promise<PolicyVersion | null> {
  const { rows } = await db.query<{
    version: number;
    body: unknown;
    published_at: string;
    published_by: string | null;
  }>(
    `SELECT version, body, published_at, published_by FROM policies WHERE tenant_id = $1 ORDER BY version DESC LIMIT 1`,
    [tenantId],
  );
  const r = rows[0];
  return r
    ? { version: r.version, body: r.body, publishedAt: r.published_at, publishedBy: r.published_by }
    : null;
}

/** Every published version, newest first (bodies left out). */
export async function policyHistory(db: Queryable, tenantId: string): Promise<Omit<PolicyVersion, "body">[]> {
  const { rows } = await db.query<{ version: number; published_at: string; published_by: string | null }>(
    `SELECT version, published_at, published_by FROM policies WHERE tenant_id = $1 ORDER BY version DESC`,
    [tenantId],
  );
  return rows.map((r) => ({ version: r.version, publishedAt: r.published_at, publishedBy: r.published_by }));
}

/**
 * Publishes a new policy version (the next number). Decisions record the version they used, so
 * versions are never changed once published. Two publishers racing get a unique violation.
 */
export async function publishPolicy(
  db: Queryable,
  input: { tenantId: string; body: unknown; now: string; by: string | null },
): Promise<PolicyVersion> {
  const { rows } = await db.query<{ version: number }>(
    `INSERT INTO policies (tenant_id, version, body, published_at, published_by)
     SELECT $1, COALESCE(MAX(version), 0) + 1, $2, $3, $4 FROM policies WHERE tenant_id = $1
     RETURNING version`,
    [input.tenantId, JSON.stringify(input.body), input.now, input.by],
  );
  noteSettingsChanged(input.tenantId);
  return { version: rows[0]!.version, body: input.body, publishedAt: input.now, publishedBy: input.by };
}
