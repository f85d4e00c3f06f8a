import { type StorePolicy, storePolicyFor } from "./policy/store-policy.js";
import { SLA_VERSIONS_SQL, type SlaSetup, type SlaVersions, slaSetupFor } from "./sla/setup.js";
import type { Queryable } from "./storage/db.js";
import { settingsGeneration } from "./storage/settings-changes.js";
import { type Tenant, TenantSettingsSchema } from "./storage/tenants.js";

/** A store with its return policy and SLA setup, as one request needs them. */
export interface StoreContext {
  readonly tenant: Tenant;
  readonly policy: StorePolicy;
  readonly sla: SlaSetup;
}

/**
 * How long a process keeps a store's context without asking the database for its versions again.
 * Case creation needs it on every request; asking once a second per store instead costs a
 * PostgreSQL round trip per create no more. This process's own settings writes take effect at
 * once (see `settings-changes.ts`); a version published by another process is used here at most
 * this long after it committed. Every decision records the policy version it was made with.
 */
export const STORE_CONTEXT_TTL_MS = 1000;

const contexts = new Map<string, { context: StoreContext; generation: number; until: number }>();

/**
 * A store, its policy and its SLA setup as {@link loadStoreContext} gives them, from memory when
 * they were read less than {@link STORE_CONTEXT_TTL_MS} ago and this process changed none of the
 * store's settings since. Null for an unknown id.
 */
export async function cachedStoreContext(
  db: Queryable,
  tenantId: string,
  /** Monotonic milliseconds (tests pass their own). */
  now: number = performance.now(),
): Promise<StoreContext | null> {
  const generation = settingsGeneration(tenantId);
  const hit = contexts.get(tenantId);
  if (hit && hit.generation === generation && hit.until > now) return hit.context;
  const context = await loadStoreContext(db, tenantId);
  if (!context) return null;
  if (contexts.size > 10_000) contexts.clear();
  // Filed under the generation seen before reading: a settings write that raced with the read
  // makes the entry stale at once.
  contexts.set(tenantId, { context, generation, until: now + STORE_CONTEXT_TTL_MS });
  return context;
}

/**
 * Loads a store, its policy and its SLA setup with one query (the versions), taking compiled
 * policies and calendars from memory when those versions were seen before. Null for an unknown id.
 */
export async function loadStoreContext(db: Queryable, tenantId: string): Promise<StoreContext | null> {
  const { rows } = await db.query<
    {
      id: string;
      slug: string;
      name: string;
      settings: unknown;
      policy_version: number | null;
    } & SlaVersions
  >(
    `SELECT id, slug, name, settings, settings->>'timeZone' AS tz,
       (SELECT max(version)::int FROM policies WHERE tenant_id = $1) AS policy_version,
       ${SLA_VERSIONS_SQL}
     FROM tenants WHERE id = $1`,
    [tenantId],
  );
  const row = rows[0];
  if (!row) return null;
  const tenant: Tenant = {
    id: row.id,
    slug: row.slug,
    name: row.name,
    settings: TenantSettingsSchema.parse(row.settings ?? {}),
  };
  const [policy, sla] = [
    await storePolicyFor(db, tenantId, row.policy_version),
    await slaSetupFor(db, tenantId, { tz: row.tz, cals: row.cals, sla: row.sla }),
  ];
  return { tenant, policy, sla };
}
