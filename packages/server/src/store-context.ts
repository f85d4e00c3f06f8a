import { type StorePolicy, storePolicyFor } from "./policy/store-policy.js";
import { SLA_VERSIONS_SQL, type SlaSetup, type SlaVersions, slaSetupFor } from "./sla/setup.js";
import type { Queryable } from "./storage/db.js";
import { type Tenant, TenantSettingsSchema } from "./storage/tenants.js";

/** A store with its return policy and SLA setup, as one request needs them. */
export interface StoreContext {
  readonly tenant: Tenant;
  readonly policy: StorePolicy;
  readonly sla: SlaSetup;
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
