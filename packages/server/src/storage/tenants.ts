import { z } from "zod";
import { newId } from "../clock.js";
import type { Queryable } from "./db.js";
import { noteSettingsChanged } from "./settings-changes.js";

/** Store-level settings kept with the tenant (shown in `GET /v1/stores/{store}/config`). */
export const TenantSettingsSchema = z.object({
  timeZone: z.string().default("UTC"),
  locale: z.enum(["en", "zh-Hans", "zh-Hant"]).default("en"),
  contactChannels: z.array(z.string()).default(["email"]),
  /**
   * The managers' (escalation) mailbox: one address or several. SLA breaches, and at-risk cases
   * nobody is assigned to, are emailed here; agents get their own cases' alerts at their address.
   */
  staffEmail: z.union([z.string(), z.array(z.string())]).optional(),
  hoursDescription: z.record(z.string(), z.string()).optional(),
});
/** Store-level settings. */
export type TenantSettings = z.infer<typeof TenantSettingsSchema>;

/** A store: everything the server keeps belongs to exactly one. */
export interface Tenant {
  readonly id: string;
  readonly slug: string;
  readonly name: string;
  readonly settings: TenantSettings;
}

interface Row {
  id: string;
  slug: string;
  name: string;
  settings: unknown;
}
const toTenant = (r: Row): Tenant => ({
  id: r.id,
  slug: r.slug,
  name: r.name,
  settings: TenantSettingsSchema.parse(r.settings ?? {}),
});

/** Creates a store. */
export async function createTenant(
  db: Queryable,
  input: { slug: string; name: string; settings?: Partial<TenantSettings>; id?: string },
): Promise<Tenant> {
  const settings = TenantSettingsSchema.parse(input.settings ?? {});
  const id = input.id ?? newId("ten");
  await db.query("INSERT INTO tenants (id, slug, name, settings) VALUES ($1, $2, $3, $4)", [
    id,
    input.slug,
    input.name,
    JSON.stringify(settings),
  ]);
  return { id, slug: input.slug, name: input.name, settings };
}

/** The store with this slug, or null. */
export async function findTenantBySlug(db: Queryable, slug: string): Promise<Tenant | null> {
  const { rows } = await db.query<Row>("SELECT id, slug, name, settings FROM tenants WHERE slug = $1", [
    slug,
  ]);
  return rows[0] ? toTenant(rows[0]) : null;
}

/** The store with this id, or null. */
export async function findTenantById(db: Queryable, id: string): Promise<Tenant | null> {
  const { rows } = await db.query<Row>("SELECT id, slug, name, settings FROM tenants WHERE id = $1", [id]);
  return rows[0] ? toTenant(rows[0]) : null;
}

/** The managers' addresses of a store (`staffEmail`: one, a list, or a comma-separated string). */
export function managerEmails(settings: TenantSettings): string[] {
  const given = settings.staffEmail;
  const list = given === undefined ? [] : Array.isArray(given) ? given : given.split(/[,;\s]+/);
  return [...new Set(list.map((a) => a.trim()).filter((a) => a.includes("@")))];
}

/** Merges `patch` into a store's settings (a key set to `undefined` is left as it is); null when no such store. */
export async function updateTenantSettings(
  db: Queryable,
  id: string,
  patch: Partial<TenantSettings>,
): Promise<Tenant | null> {
  const { rows } = await db.query<Row>(
    "UPDATE tenants SET settings = settings || $2::jsonb WHERE id = $1 RETURNING id, slug, name, settings",
    [id, JSON.stringify(patch)],
  );
  noteSettingsChanged(id);
  return rows[0] ? toTenant(rows[0]) : null;
}
