import type { Logger } from "../logger.js";
import { findTenantById, managerEmails } from "../storage/tenants.js";
import type { OutboxHandler } from "./dispatcher.js";
import type { Mailer } from "./mailer.js";

/** Outbox topic of a shopper's data export the store's team must hand over (a platform's privacy request). */
export const DATA_EXPORT_TOPIC = "privacy.data_export";

/** Payload of a {@link DATA_EXPORT_TOPIC} message. */
export interface DataExportPayload {
  /** The platform's shop, if any. */
  readonly shop?: string;
  /** Who asked (customer id, email, phone, order ids — as the platform gave them). */
  readonly subject: Readonly<Record<string, unknown>>;
  /** The shopper's cases, exported. */
  readonly cases: readonly unknown[];
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/**
 * Emails a shopper's data export to the store's managers' mailbox (`staffEmail`), one message per
 * address, the export as JSON in the body, so they can answer the shopper. Without a mailbox the
 * export is not sent and a warning is logged (the message counts as done).
 */
export function dataExportHandler(deps: { mailer: Mailer; logger: Logger }): OutboxHandler {
  return async (row, tx) => {
    const payload = row.payload as DataExportPayload;
    const tenant = await findTenantById(tx, row.tenantId);
    if (!tenant) return;
    const recipients = managerEmails(tenant.settings);
    const who =
      [payload.subject.email, payload.subject.customerId].filter(Boolean).join(", ") || "a customer";
    if (recipients.length === 0) {
      deps.logger.warn(
        { tenantId: tenant.id, shop: payload.shop, outboxId: row.id },
        "customer data request not sent: the store has no staffEmail",
      );
      return;
    }
    const json = JSON.stringify({ subject: payload.subject, cases: payload.cases }, null, 2);
    const intro = `${who} asked for their data (${payload.cases.length} case${payload.cases.length === 1 ? "" : "s"}). Send it to them: the export is the JSON below.`;
    for (const [i, to] of recipients.entries()) {
      await deps.mailer.send({
        to,
        subject: `Customer data request: ${who} (${tenant.name})`,
        text: `${intro}\n\n${json}\n`,
        html: `<p>${escapeHtml(intro)}</p><pre>${escapeHtml(json)}</pre>`,
        messageId: `<${row.id}.${i}@aftersales>`,
      });
    }
  };
}
