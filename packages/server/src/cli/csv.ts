import type { Queryable } from "../storage/db.js";

const columns = [
  "id",
  "kind",
  "status",
  "item_progress",
  "category",
  "priority",
  "channel",
  "assignee_id",
  "order_number",
  "customer_email",
  "subject",
  "opened_at",
  "updated_at",
  "first_response_due_at",
  "resolution_due_at",
  "sla_state",
] as const;

/** One CSV field: quoted when it holds a comma, quote or line break; formula starts neutralised. */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return "";
  let s = String(value);
  // Spreadsheets run cells that start with = + - @ as formulas (CSV injection).
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** Every case of a tenant as CSV (header line first), oldest first. */
export async function casesCsv(db: Queryable, tenantId: string): Promise<string> {
  const { rows } = await db.query<Record<(typeof columns)[number], unknown>>(
    `SELECT ${columns.join(", ")} FROM cases WHERE tenant_id = $1 ORDER BY opened_at, id`,
    [tenantId],
  );
  const lines = [columns.join(","), ...rows.map((r) => columns.map((c) => csvField(r[c])).join(","))];
  return `${lines.join("\r\n")}\r\n`;
}
