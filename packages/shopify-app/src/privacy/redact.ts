import type { Db, Queryable } from "@aftersales/server";
import { numericId } from "../order/order-id.js";

/** Who a `customers/redact` or `customers/data_request` is about, as Shopify sends it. */
export interface PrivacySubject {
  /** Shopify customer id (number or gid); absent for a guest. */
  readonly customerId?: string;
  readonly email?: string;
  readonly phone?: string;
  /** Order ids (number or gid) Shopify lists as belonging to the customer. */
  readonly orderIds: readonly string[];
}

const REDACTED = "[redacted]";

/** Free-text fields of case event payloads, by event type (see core's CaseEventDataSchemas). */
const FREE_TEXT: Readonly<Record<string, readonly string[]>> = {
  case_opened: ["subject", "description"],
  message_posted: ["body"],
  note_added: ["body"],
  information_requested: ["body"],
  item_inspected: ["note"],
  repair_completed: ["note"],
  resolved: ["summary"],
  reopened: ["reason"],
  cancelled: ["reason"],
  declined: ["message"],
  return_declined: ["message"],
  rated: ["comment"],
  return_approved: ["instructions"],
};

/** A case's stand-in address after redaction: still a valid email, tied to nobody. */
export function redactedEmail(caseId: string): string {
  return `redacted+${caseId.replace(/[^A-Za-z0-9_-]/g, "")}@redacted.invalid`;
}

/**
 * Removes the personal data of one event payload and keeps what the numbers need (kind, lines
 * and quantities, amounts, scores, statuses). Exported for its own test.
 */
export function redactEventData(
  type: string,
  data: Record<string, unknown>,
  caseId: string,
): Record<string, unknown> {
  const copy: Record<string, unknown> = structuredClone(data);
  for (const field of FREE_TEXT[type] ?? []) {
    if (typeof copy[field] === "string") copy[field] = REDACTED;
  }
  if (type === "case_opened") {
    const customer = { ...(copy.customer as Record<string, unknown> | undefined) };
    delete customer.name;
    customer.email = redactedEmail(caseId);
    copy.customer = customer;
    if (Array.isArray(copy.lines)) {
      copy.lines = copy.lines.map((line: Record<string, unknown>) => {
        const { note: _note, ...rest } = line;
        return rest;
      });
    }
    if (typeof copy.subject === "string") copy.subject = REDACTED;
  }
  if (type === "shipment_recorded" || type === "exchange_shipped") {
    delete copy.trackingNumber;
    delete copy.trackingUrl;
  }
  return copy;
}

/** The ids of the tenant's cases about the subject: by email, by customer id, or by order. */
export async function casesOfSubject(
  db: Queryable,
  tenantId: string,
  subject: PrivacySubject,
): Promise<string[]> {
  const customerIds = subject.customerId
    ? [
        subject.customerId,
        `gid://shopify/Customer/${numericId(subject.customerId)}`,
        numericId(subject.customerId),
      ]
    : [];
  const orderIds = subject.orderIds.flatMap((id) => [id, `gid://shopify/Order/${numericId(id)}`]);
  const { rows } = await db.query<{ id: string }>(
    `SELECT id FROM cases WHERE tenant_id = $1 AND (
       ($2::text IS NOT NULL AND lower(customer_email) = lower($2::text))
       OR order_id = ANY($3::text[])
       OR id IN (SELECT case_id FROM case_events WHERE tenant_id = $1 AND type = 'case_opened'
                 AND data->'customer'->>'id' = ANY($4::text[])))
     ORDER BY opened_at, id`,
    [tenantId, subject.email ?? null, orderIds, customerIds.filter(Boolean)],
  );
  return rows.map((r) => r.id);
}

/** What a redaction changed, for the audit log. */
export interface RedactionReport {
  readonly cases: number;
  readonly events: number;
  readonly attachments: number;
}

/**
 * Erases a customer's personal data from the tenant's cases (GDPR erasure / PIPL deletion as
 * Shopify's `customers/redact` asks): emails, names, phone numbers, free text, tracking numbers,
 * photos, and copies in idempotency records, webhook and mail payloads. Cases and events stay,
 * with kinds, statuses, instants, quantities and amounts, so the reports keep their numbers.
 * Written against the server's tables (its storage has no redaction API yet); one transaction.
 */
export async function redactCustomer(
  db: Db,
  tenantId: string,
  subject: PrivacySubject,
): Promise<RedactionReport> {
  return db.transaction(async (tx) => {
    const caseIds = await casesOfSubject(tx, tenantId, subject);
    const needles = [subject.email, subject.phone].filter((v): v is string => Boolean(v));
    let events = 0;
    if (caseIds.length > 0) {
      const { rows } = await tx.query<{
        case_id: string;
        seq: number;
        type: string;
        data: Record<string, unknown>;
        actor: Record<string, unknown>;
      }>(
        "SELECT case_id, seq, type, data, actor FROM case_events WHERE tenant_id = $1 AND case_id = ANY($2::text[])",
        [tenantId, caseIds],
      );
      for (const row of rows) {
        const actor = row.actor.type === "customer" ? { type: "customer" } : row.actor;
        await tx.query(
          "UPDATE case_events SET data = $4, actor = $5 WHERE tenant_id = $1 AND case_id = $2 AND seq = $3",
          [
            tenantId,
            row.case_id,
            row.seq,
            JSON.stringify(redactEventData(row.type, row.data, row.case_id)),
            JSON.stringify(actor),
          ],
        );
        events++;
      }
      for (const caseId of caseIds) {
        await tx.query(
          "UPDATE cases SET customer_email = $3, subject = NULL, search_text = '' WHERE tenant_id = $1 AND id = $2",
          [tenantId, caseId, redactedEmail(caseId)],
        );
      }
    }
    const attachments = caseIds.length
      ? (
          await tx.query("DELETE FROM attachments WHERE tenant_id = $1 AND case_id = ANY($2::text[])", [
            tenantId,
            caseIds,
          ])
        ).rowCount
      : 0;
    // Copies of the same data elsewhere: stored first answers, mails, webhook payloads.
    const mentions = [...needles, ...caseIds];
    for (const needle of mentions) {
      const like = `%${needle.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      await tx.query("DELETE FROM idempotency_keys WHERE tenant_id = $1 AND response_body::text ILIKE $2", [
        tenantId,
        like,
      ]);
      await tx.query("DELETE FROM outbox WHERE tenant_id = $1 AND payload::text ILIKE $2", [tenantId, like]);
      await tx.query(
        "UPDATE webhook_inbox SET payload = '{}'::jsonb WHERE tenant_id = $1 AND payload::text ILIKE $2",
        [tenantId, like],
      );
    }
    return { cases: caseIds.length, events, attachments };
  });
}

/** The tables that carry `tenant_id` (server migration 0001), children first. */
const TENANT_TABLES = [
  "attachments",
  "case_events",
  "cases",
  "idempotency_keys",
  "webhook_inbox",
  "outbox",
  "api_keys",
  "policies",
  "sla_policies",
  "calendars",
  "webhook_endpoints",
] as const;

/**
 * Deletes everything the tenant has (Shopify's `shop/redact`, 48 hours after uninstall), then
 * the tenant itself. Safe to run twice.
 */
export async function deleteTenantData(db: Db, tenantId: string): Promise<void> {
  await db.transaction(async (tx) => {
    for (const table of TENANT_TABLES)
      await tx.query(`DELETE FROM ${table} WHERE tenant_id = $1`, [tenantId]);
    await tx.query("DELETE FROM tenants WHERE id = $1", [tenantId]);
  });
}

/** One case in a data export: what the customer told us and what we did, with every event. */
export interface ExportedCase {
  readonly id: string;
  readonly kind: string;
  readonly status: string;
  readonly orderNumber: string | null;
  readonly openedAt: string;
  readonly events: readonly { type: string; at: string; data: unknown }[];
}

/** Everything the tenant holds about the subject, for `customers/data_request`. */
export async function exportCustomerData(
  db: Queryable,
  tenantId: string,
  subject: PrivacySubject,
): Promise<ExportedCase[]> {
  const caseIds = await casesOfSubject(db, tenantId, subject);
  if (caseIds.length === 0) return [];
  const cases = await db.query<{
    id: string;
    kind: string;
    status: string;
    order_number: string | null;
    opened_at: string;
  }>(
    "SELECT id, kind, status, order_number, opened_at FROM cases WHERE tenant_id = $1 AND id = ANY($2::text[]) ORDER BY opened_at, id",
    [tenantId, caseIds],
  );
  const events = await db.query<{ case_id: string; type: string; at: string; data: unknown }>(
    "SELECT case_id, type, at, data FROM case_events WHERE tenant_id = $1 AND case_id = ANY($2::text[]) ORDER BY case_id, seq",
    [tenantId, caseIds],
  );
  return cases.rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    status: row.status,
    orderNumber: row.order_number,
    openedAt: new Date(row.opened_at).toISOString(),
    events: events.rows
      .filter((e) => e.case_id === row.id)
      .map((e) => ({ type: e.type, at: new Date(e.at).toISOString(), data: e.data })),
  }));
}
