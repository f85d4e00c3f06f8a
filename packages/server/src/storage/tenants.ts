import { z } from "zod";
import { newId } from "../clock.js";
import type { Queryable } from "./db.js";

/** Store-level settings kept with the tenant (shown in `GET /v1/stores/{store}/config`). */
export const TenantSettingsSchema = z.object({
  timeZone: z.string().default("UTC"),
  locale: z.enum(["en", "zh-Hans", "zh-Hant"]).default("en"),
  contactChannels: z.array(z.string()).default(["email"]),
  /** Where outgoing mail to the store's team goes. */
  staffEmail: z.string().optional(),
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
