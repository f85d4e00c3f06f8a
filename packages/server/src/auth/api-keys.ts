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
 * `email` and `displayName` describe the staff member behind it (SLA alerts go to that address).
 */
export async function createApiKey(
  db: Queryable,
  input: {
    tenantId: string;
    name: string;
    role: StaffRole;
    staffId?: string;
    email?: string;
    displayName?: string;
    now: string;
  },
): Promise<{ id: string; key: string }> {
  const id = newId("key");
  const key = `ask_${randomBytes(32).toString("base64url")}`;
  await db.query(
    `INSERT INTO api_keys (tenant_id, id, key_hash, name, role, staff_id, created_at, email, display_name)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      input.tenantId,
      id,
      hashApiKey(key),
      input.name,
      input.role,
      input.staffId ?? id,
      input.now,
      input.email ?? null,
      input.displayName ?? null,
    ],
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
  /** The display name, else the name of the key. */
  readonly name: string;
  readonly role: StaffRole;
  /** Where the member gets staff email (SLA alerts); absent when none of their keys has one. */
  readonly email?: string;
}

/**
 * The store's staff members: one per staff id with a key that is not revoked. A member with several
 * keys is shown with the name and role of the highest-role key (the newest among equals) and the
 * newest address among their keys. Sorted by name, then staff id (by code point, the same on every
 * database).
 */
export async function listStaffMembers(db: Queryable, tenantId: string): Promise<StaffMember[]> {
  const { rows } = await db.query<MemberRow>(
    `SELECT ${MEMBER_COLUMNS} FROM (${MEMBERS_SQL} WHERE tenant_id = $1 AND revoked_at IS NULL ${MEMBERS_ORDER}) members
     ORDER BY name COLLATE "C", staff_id COLLATE "C"`,
    [tenantId],
  );
  return rows.map(toMember);
}

/** One staff member of a store (with a live key), or null. */
export async function findStaffMember(
  db: Queryable,
  tenantId: string,
  staffId: string,
): Promise<StaffMember | null> {
  const { rows } = await db.query<MemberRow>(
    `SELECT ${MEMBER_COLUMNS} FROM (${MEMBERS_SQL} WHERE tenant_id = $1 AND staff_id = $2 AND revoked_at IS NULL ${MEMBERS_ORDER}) members`,
    [tenantId, staffId],
  );
  return rows[0] ? toMember(rows[0]) : null;
}

/**
 * Sets a staff member's address and display name on every live key of theirs (`null` clears one,
 * an absent field keeps it). False when the member has no live key.
 */
export async function updateStaffMember(
  db: Queryable,
  tenantId: string,
  staffId: string,
  change: { email?: string | null; displayName?: string | null },
): Promise<boolean> {
  const { rowCount } = await db.query(
    `UPDATE api_keys SET
       email = CASE WHEN $3 THEN $4 ELSE email END,
       display_name = CASE WHEN $5 THEN $6 ELSE display_name END
     WHERE tenant_id = $1 AND staff_id = $2 AND revoked_at IS NULL`,
    [
      tenantId,
      staffId,
      change.email !== undefined,
      change.email ?? null,
      change.displayName !== undefined,
      change.displayName ?? null,
    ],
  );
  return (rowCount ?? 0) > 0;
}

interface MemberRow {
  staff_id: string;
  name: string;
  role: StaffRole;
  email: string | null;
}

const MEMBER_COLUMNS = "staff_id, name, role, email";
const MEMBERS_SQL = `SELECT DISTINCT ON (staff_id) staff_id, COALESCE(display_name, name) AS name, role,
    (SELECT e.email FROM api_keys e
     WHERE e.tenant_id = k.tenant_id AND e.staff_id = k.staff_id AND e.revoked_at IS NULL AND e.email IS NOT NULL
     ORDER BY e.created_at DESC, e.id DESC LIMIT 1) AS email
  FROM api_keys k`;
const MEMBERS_ORDER =
  "ORDER BY staff_id, CASE role WHEN 'admin' THEN 3 WHEN 'manager' THEN 2 ELSE 1 END DESC, created_at DESC, id DESC";

const toMember = (r: MemberRow): StaffMember => ({
  staffId: r.staff_id,
  name: r.name,
  role: r.role,
  ...(r.email ? { email: r.email } : {}),
});
