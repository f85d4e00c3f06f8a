import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import { newId } from "../clock.js";
import type { Queryable } from "../storage/db.js";

/** What a staff member may do: agents work cases, managers also change policies, admins everything. */
export const StaffRole = { agent: "agent", manager: "manager", admin: "admin" } as const;
/** Zod enum of {@link StaffRole}. */
export const StaffRoleSchema = z.enum(StaffRole);
/** A staff role. */
export type StaffRole = z.infer<typeof StaffRoleSchema>;

const rank: Record<StaffRole, number> = { agent: 1, manager: 2, admin: 3 };

/** True when `role` is `required` or above. */
export function roleAtLeast(role: StaffRole, required: StaffRole): boolean {
  return rank[role] >= rank[required];
}

/** The staff member behind a verified API key. */
export interface StaffPrincipal {
  readonly tenantId: string;
  readonly keyId: string;
  readonly staffId: string;
  readonly role: StaffRole;
}

/** SHA-256 of a key: keys are 256-bit random, so a fast hash is enough (nothing to brute-force). */
export function hashApiKey(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

/**
 * Creates an API key and stores only its hash. The plain key (`ask_…`) is returned once, here.
 */
export async function createApiKey(
  db: Queryable,
  input: { tenantId: string; name: string; role: StaffRole; staffId?: string; now: string },
): Promise<{ id: string; key: string }> {
  const id = newId("key");
  const key = `ask_${randomBytes(32).toString("base64url")}`;
  await db.query(
    `INSERT INTO api_keys (tenant_id, id, key_hash, name, role, staff_id, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [input.tenantId, id, hashApiKey(key), input.name, input.role, input.staffId ?? id, input.now],
  );
  return { id, key };
}

/** Looks a presented key up by its hash; null for unknown or revoked keys. */
export async function verifyApiKey(db: Queryable, key: string): Promise<StaffPrincipal | null> {
  if (!key.startsWith("ask_") || key.length > 200) return null;
  const { rows } = await db.query<{ tenant_id: string; id: string; staff_id: string; role: StaffRole }>(
    "SELECT tenant_id, id, staff_id, role FROM api_keys WHERE key_hash = $1 AND revoked_at IS NULL",
    [hashApiKey(key)],
  );
  const row = rows[0];
  return row ? { tenantId: row.tenant_id, keyId: row.id, staffId: row.staff_id, role: row.role } : null;
}

/** A staff member of a store, as the console lists them (e.g. to pick an assignee). */
export interface StaffMember {
  readonly staffId: string;
  readonly name: string;
  readonly role: StaffRole;
}

/**
 * The store's staff members: one per staff id with a key that is not revoked. A member with several
 * keys is shown with the name and role of the highest-role key (the newest among equals). Sorted by
 * name, then staff id (by code point, the same on every database).
 */
export async function listStaffMembers(db: Queryable, tenantId: string): Promise<StaffMember[]> {
  const { rows } = await db.query<{ staff_id: string; name: string; role: StaffRole }>(
    `SELECT staff_id, name, role FROM (
       SELECT DISTINCT ON (staff_id) staff_id, name, role FROM api_keys
       WHERE tenant_id = $1 AND revoked_at IS NULL
       ORDER BY staff_id, CASE role WHEN 'admin' THEN 3 WHEN 'manager' THEN 2 ELSE 1 END DESC, created_at DESC, id DESC
     ) members ORDER BY name COLLATE "C", staff_id COLLATE "C"`,
    [tenantId],
  );
  return rows.map((r) => ({ staffId: r.staff_id, name: r.name, role: r.role }));
}
