import type { Queryable } from "./db.js";

/** Filters of the staff case list; every one is optional and they combine with AND. */
export interface CaseListFilter {
  readonly status?: readonly string[] | undefined;
  readonly kind?: readonly string[] | undefined;
  readonly category?: string | undefined;
  readonly priority?: string | undefined;
  /** A staff id, or `none` for unassigned cases. */
  readonly assignee?: string | undefined;
  readonly orderNumber?: string | undefined;
  readonly email?: string | undefined;
  readonly slaState?: string | undefined;
  /** Free text matched against id, subject, description, order number and customer. */
  readonly q?: string | undefined;
  /** Opened on or after the start of this local date (`YYYY-MM-DD`) in `timeZone`. */
  readonly openedFrom?: string | undefined;
  /** Opened on or before the end of this local date (`YYYY-MM-DD`) in `timeZone`. */
  readonly openedTo?: string | undefined;
  /** The IANA zone of `openedFrom` / `openedTo` (the store's). */
  readonly timeZone?: string | undefined;
}

/** The orders of the case list: newest first, or earliest running SLA deadline first. */
export type CaseListSort = "newest" | "due";

/**
 * The earliest deadline of the case's SLA targets whose clock runs (unpaused; breached ones that
 * are still open too) — what the team must act on next — or NULL. Projections written before
 * `running` was stored fall back to the state (active or breached).
 */
const DUE_AT = `(SELECT min((t.value->>'dueAt')::timestamptz)
  FROM jsonb_each(CASE WHEN jsonb_typeof(sla->'targets') = 'object' THEN sla->'targets' ELSE '{}'::jsonb END) t
  WHERE t.value->>'dueAt' IS NOT NULL AND t.value->>'state' <> 'paused'
    AND COALESCE((t.value->>'running')::boolean, t.value->>'state' IN ('active', 'breached')))`;

/** One row of the case list. */
export interface CaseSummary {
  readonly id: string;
  readonly kind: string;
  readonly status: string;
  readonly itemProgress: string | null;
  readonly category: string | null;
  readonly priority: string;
  readonly channel: string;
  readonly assigneeId: string | null;
  /** The platform's id of the order (for links to the platform's order page). */
  readonly orderId: string | null;
  readonly orderNumber: string | null;
  readonly customerEmail: string | null;
  readonly subject: string | null;
  readonly openedAt: string;
  readonly updatedAt: string;
  readonly firstResponseDueAt: string | null;
  readonly resolutionDueAt: string | null;
  readonly slaState: string | null;
  readonly version: number;
}

/** A page of cases, newest first, and the cursor of the next page (null on the last). */
export interface CasePage {
  readonly items: CaseSummary[];
  readonly nextCursor: string | null;
}

interface Row {
  id: string;
  kind: string;
  status: string;
  item_progress: string | null;
  category: string | null;
  priority: string;
  channel: string;
  assignee_id: string | null;
  order_id: string | null;
  order_number: string | null;
  customer_email: string | null;
  subject: string | null;
  opened_at: string;
  updated_at: string;
  first_response_due_at: string | null;
  resolution_due_at: string | null;
  sla_state: string | null;
  version: number;
  due_at?: string | Date | null;
}

const toSummary = (r: Row): CaseSummary => ({
  id: r.id,
  kind: r.kind,
  status: r.status,
  itemProgress: r.item_progress,
  category: r.category,
  priority: r.priority,
  channel: r.channel,
  assigneeId: r.assignee_id,
  orderId: r.order_id,
  orderNumber: r.order_number,
  customerEmail: r.customer_email,
  subject: r.subject,
  openedAt: r.opened_at,
  updatedAt: r.updated_at,
  firstResponseDueAt: r.first_response_due_at,
  resolutionDueAt: r.resolution_due_at,
  slaState: r.sla_state,
  version: r.version,
});

/** Encodes the keyset position after `row` (opened_at, id). */
function encodeCursor(row: Row): string {
  return Buffer.from(JSON.stringify([row.opened_at, row.id])).toString("base64url");
}

/** Decodes a cursor; null when it is not one of ours. */
export function decodeCursor(cursor: string): [string, string] | null {
  try {
    const v = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(v) && v.length === 2 && typeof v[1] === "string" && !Number.isNaN(Date.parse(v[0]))) {
      return [v[0], v[1]];
    }
  } catch {}
  return null;
}

/** Encodes the keyset position after `row` in the `due` order (due instant or null, id). */
function encodeDueCursor(row: Row): string {
  const due = row.due_at == null ? null : new Date(row.due_at).toISOString();
  return Buffer.from(JSON.stringify(["due", due, row.id])).toString("base64url");
}

/** Decodes a cursor of the `due` order; null when it is not one. */
export function decodeDueCursor(cursor: string): { due: string | null; id: string } | null {
  try {
    const v = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (
      Array.isArray(v) &&
      v.length === 3 &&
      v[0] === "due" &&
      typeof v[2] === "string" &&
      (v[1] === null || (typeof v[1] === "string" && !Number.isNaN(Date.parse(v[1]))))
    ) {
      return { due: v[1], id: v[2] };
    }
  } catch {}
  return null;
}

/**
 * Lists one tenant's cases with keyset pagination (newest first). A cursor stays valid while cases
 * are added: pages never repeat or skip a case that existed when the first page was read.
 */
export async function listCases(
  db: Queryable,
  tenantId: string,
  filter: CaseListFilter,
  page: {
    limit: number;
    cursor?: [string, string] | null;
    sort?: CaseListSort;
    dueCursor?: { due: string | null; id: string } | null;
  },
): Promise<CasePage> {
  const where = ["tenant_id = $1"];
  const params: unknown[] = [tenantId];
  const add = (sql: (n: string) => string, value: unknown) => {
    params.push(value);
    where.push(sql(`$${params.length}`));
  };
  if (filter.status?.length) add((n) => `status = ANY(${n}::text[])`, [...filter.status]);
  if (filter.kind?.length) add((n) => `kind = ANY(${n}::text[])`, [...filter.kind]);
  if (filter.category) add((n) => `category = ${n}`, filter.category);
  if (filter.priority) add((n) => `priority = ${n}`, filter.priority);
  if (filter.assignee === "none") where.push("assignee_id IS NULL");
  else if (filter.assignee) add((n) => `assignee_id = ${n}`, filter.assignee);
  if (filter.orderNumber) add((n) => `order_number = ${n}`, filter.orderNumber);
  if (filter.email) add((n) => `customer_email = ${n}`, filter.email.toLowerCase());
  if (filter.slaState) add((n) => `sla_state = ${n}`, filter.slaState);
  if (filter.q) {
    const escaped = filter.q.toLowerCase().replace(/[\\%_]/g, (ch) => `\\${ch}`);
    add((n) => `search_text LIKE ${n}`, `%${escaped}%`);
  }
  if (filter.openedFrom || filter.openedTo) {
    params.push(filter.timeZone ?? "UTC");
    const zone = `$${params.length}`;
    if (filter.openedFrom)
      add((n) => `opened_at >= (${n}::date::timestamp AT TIME ZONE ${zone})`, filter.openedFrom);
    if (filter.openedTo)
      add((n) => `opened_at < ((${n}::date + 1)::timestamp AT TIME ZONE ${zone})`, filter.openedTo);
  }
  const columns = `id, kind, status, item_progress, category, priority, channel, assignee_id, order_id, order_number,
       customer_email, subject, opened_at, updated_at, first_response_due_at, resolution_due_at, sla_state, version`;
  if (page.sort === "due") {
    const after: string[] = [];
    if (page.dueCursor) {
      params.push(page.dueCursor.id);
      const id = `$${params.length}`;
      if (page.dueCursor.due === null) after.push(`due_at IS NULL AND id > ${id}`);
      else {
        params.push(page.dueCursor.due);
        after.push(
          `(due_at IS NOT NULL AND (due_at, id) > ($${params.length}::timestamptz, ${id})) OR due_at IS NULL`,
        );
      }
    }
    params.push(page.limit + 1);
    const { rows } = await db.query<Row>(
      `SELECT * FROM (SELECT ${columns}, ${DUE_AT} AS due_at FROM cases WHERE ${where.join(" AND ")}) listed
       ${after.length ? `WHERE ${after[0]}` : ""}
       ORDER BY due_at ASC NULLS LAST, id ASC LIMIT $${params.length}`,
      params,
    );
    const more = rows.length > page.limit;
    const items = rows.slice(0, page.limit);
    const last = items[items.length - 1];
    return { items: items.map(toSummary), nextCursor: more && last ? encodeDueCursor(last) : null };
  }
  if (page.cursor) {
    params.push(page.cursor[0], page.cursor[1]);
    where.push(`(opened_at, id) < ($${params.length - 1}::timestamptz, $${params.length})`);
  }
  params.push(page.limit + 1);
  const { rows } = await db.query<Row>(
    `SELECT ${columns}
     FROM cases WHERE ${where.join(" AND ")}
     ORDER BY opened_at DESC, id DESC LIMIT $${params.length}`,
    params,
  );
  const more = rows.length > page.limit;
  const items = rows.slice(0, page.limit);
  const last = items[items.length - 1];
  return { items: items.map(toSummary), nextCursor: more && last ? encodeCursor(last) : null };
}

/** The customer's cases on one order (for the order view), newest first. */
export async function listOrderCases(
  db: Queryable,
  tenantId: string,
  orderId: string,
): Promise<{ id: string; kind: string; status: string; openedAt: string }[]> {
  const { rows } = await db.query<{ id: string; kind: string; status: string; opened_at: string }>(
    `SELECT id, kind, status, opened_at FROM cases WHERE tenant_id = $1 AND order_id = $2
     ORDER BY opened_at DESC, id DESC`,
    [tenantId, orderId],
  );
  return rows.map((r) => ({ id: r.id, kind: r.kind, status: r.status, openedAt: r.opened_at }));
}
