import { createHmac } from "node:crypto";
import type {
  AfterSalesActions,
  CaseEvent,
  CaseState,
  PlatformEvent,
  ReturnDeclineReason,
  ReturnResult,
} from "@aftersales/core";
import { findStaffMember } from "../auth/api-keys.js";
import type { TokenSigner } from "../auth/tokens.js";
import { applyCaseCommand, loadCase } from "../cases/service.js";
import type { Clock } from "../clock.js";
import { linkPlatformReturn } from "../platforms/case-sync.js";
import type { ActionsResolver } from "../ports.js";
import type { Queryable } from "../storage/db.js";
import { enqueue, type OutboxMessage } from "../storage/outbox.js";
import { findTenantById, managerEmails, type Tenant } from "../storage/tenants.js";
import type { OutboxHandler } from "./dispatcher.js";
import type { Mailer } from "./mailer.js";
import {
  type MailLocale,
  MailTemplate,
  type MailVars,
  renderMail,
  renderStaffMail,
  type StaffMailTemplate,
  type StaffMailVars,
} from "./templates.js";

/** Outbox topics the server's jobs handle. */
export const Topic = {
  caseEvents: "case_events",
  email: "email",
  webhook: "webhook",
  followUp: "follow_up",
  platformEvent: "platform_event",
  platformReturn: "platform_return",
} as const;

/** What the job handlers need. */
export interface JobDeps {
  readonly clock: Clock;
  readonly mailer: Mailer;
  readonly tokens: TokenSigner;
  readonly publicUrl: string;
  /** How long after resolution the satisfaction follow-up goes out (default 3 days). */
  readonly followUpDelayMs?: number;
  /** Lifetime of the case links in emails (default 30 days). */
  readonly caseLinkTtlSeconds?: number;
  /** `fetch` for outgoing webhooks (injectable for tests). */
  readonly fetch?: typeof fetch;
  /**
   * What to do with a verified platform webhook (order updates, refunds, privacy requests). The
   * adapters know their payloads; without a handler the event is only marked processed.
   */
  readonly onPlatformEvent?: (event: PlatformEvent, tx: Queryable, tenantId: string) => Promise<void>;
  /**
   * The platform actions of the stores: returns opened, approved or declined here are mirrored on
   * the platform (the `platform_return` topic). Without it, or for a store whose actions lack
   * `platformReturns`, nothing is mirrored.
   */
  readonly actions?: ActionsResolver;
}

/**
 * Whether an event is mirrored on the platform as a return action: a return or exchange opened
 * here (not by the platform, whose cases are linked already), and a return approved or declined
 * here. Events the platform caused are its own echoes.
 */
export function mirrorsPlatformReturn(event: CaseEvent): boolean {
  if (event.actor.type === "platform") return false;
  if (event.type === "case_opened") {
    return (
      (event.data.kind === "return" || event.data.kind === "exchange") &&
      event.data.order !== undefined &&
      (event.data.lines?.length ?? 0) > 0
    );
  }
  return event.type === "return_approved" || event.type === "return_declined";
}

/** Our decline reason code → the platform's decline reason (anything else is `other`). */
export function platformDeclineReason(reasonCode: string): ReturnDeclineReason {
  return reasonCode === "final_sale" || reasonCode === "window_expired" ? reasonCode : "other";
}

/** The platform return a case follows, if any. */
async function linkedReturnId(
  tx: Queryable,
  tenantId: string,
  platform: string,
  caseId: string,
): Promise<string | null> {
  const { rows } = await tx.query<{ external_id: string }>(
    `SELECT external_id FROM case_platform_links
     WHERE tenant_id = $1 AND platform = $2 AND resource = 'return' AND case_id = $3
     ORDER BY created_at LIMIT 1`,
    [tenantId, platform, caseId],
  );
  return rows[0]?.external_id ?? null;
}

/** Whether the platform return of a case is still being created (an earlier message not done). */
async function returnCreationPending(tx: Queryable, tenantId: string, caseId: string, seq: number) {
  const { rows } = await tx.query<{ payload: { caseId: string; seq: number } }>(
    `SELECT payload FROM outbox
     WHERE tenant_id = $1 AND topic = $2 AND delivered_at IS NULL AND failed_at IS NULL`,
    [tenantId, Topic.platformReturn],
  );
  return rows.some((r) => r.payload.caseId === caseId && r.payload.seq < seq);
}

const ACTION_WORDS = {
  createReturn: "create the return",
  approveReturn: "approve the return",
  declineReturn: "decline the return",
} as const;

/** The internal note recorded when the platform refuses a return action for good. */
export function platformRefusalNote(
  platform: string,
  action: keyof typeof ACTION_WORDS,
  failure: { code: string; message: string },
): string {
  return `${platform} refused to ${ACTION_WORDS[action]}: ${failure.message} (${failure.code}). Please do it in the ${platform} admin.`;
}

/** Which email an event sends to the shopper, if any. Events the shopper caused send none but the first. */
export function templateFor(event: CaseEvent): MailTemplate | null {
  if (event.visibility !== "customer") return null;
  if (event.type === "case_opened") return MailTemplate.received;
  if (event.actor.type === "customer") return null;
  switch (event.type) {
    case "message_posted":
      return MailTemplate.reply;
    case "information_requested":
      return MailTemplate.info_requested;
    case "options_proposed":
      return MailTemplate.options;
    case "return_approved":
      return MailTemplate.return_approved;
    case "declined":
    case "return_declined":
      return MailTemplate.declined;
    case "resolved":
      return MailTemplate.resolved;
    case "follow_up_sent":
      return MailTemplate.follow_up;
    default:
      return null;
  }
}

function quoteOf(event: CaseEvent): string | undefined {
  const d = event.data as Record<string, unknown>;
  const text = d.body ?? d.instructions ?? d.message ?? d.summary;
  return typeof text === "string" ? text : undefined;
}

function localeOf(state: CaseState, tenant: Tenant): MailLocale {
  const tag = state.tags.find((t) => t.startsWith("locale:"))?.slice(7);
  return tag === "zh-Hans" || tag === "zh-Hant" || tag === "en" ? tag : tenant.settings.locale;
}

/** The link a shopper follows from an email: the case page with a case-scoped token. */
export function caseLink(deps: JobDeps, tenantId: string, state: CaseState): string {
  const exp = Math.floor(deps.clock.now() / 1000) + (deps.caseLinkTtlSeconds ?? 30 * 24 * 3600);
  const token = deps.tokens.sign({
    scope: "case",
    tenantId,
    orderId: state.order?.id ?? "-",
    orderNumber: state.order?.number ?? "-",
    email: state.customer.email,
    caseId: state.id,
    exp,
  });
  return `${deps.publicUrl}/?case=${encodeURIComponent(state.id)}&t=${encodeURIComponent(token)}`;
}

/** The case page in the staff console (the admin build served at `/admin`, routed by hash). */
export function staffCaseLink(publicUrl: string, caseId: string): string {
  return `${publicUrl}/admin/#/cases/${encodeURIComponent(caseId)}`;
}

/**
 * The staff emails an `sla_at_risk` / `sla_breached` event sends: to the assignee when they have an
 * address, and to the managers' mailbox (`staffEmail`) for every breach and for an at-risk case
 * that nobody assigned with an address would hear about. One message per address, so a bounce
 * for one does not resend to the others. Shoppers never get these.
 */
async function slaAlerts(
  tx: Queryable,
  deps: JobDeps,
  tenant: Tenant,
  state: CaseState,
  event: CaseEvent,
): Promise<OutboxMessage[]> {
  if (event.type !== "sla_at_risk" && event.type !== "sla_breached") return [];
  const assignee = state.assigneeId ? await findStaffMember(tx, tenant.id, state.assigneeId) : null;
  const recipients = new Set<string>();
  if (assignee?.email) recipients.add(assignee.email);
  if (event.type === "sla_breached" || recipients.size === 0) {
    for (const address of managerEmails(tenant.settings)) recipients.add(address);
  }
  const vars: StaffMailVars = {
    storeName: tenant.name,
    caseId: state.id,
    target: event.data.target,
    dueAt: event.data.dueAt,
    timeZone: tenant.settings.timeZone,
    link: staffCaseLink(deps.publicUrl, state.id),
    ...(state.order ? { orderNumber: state.order.number } : {}),
    ...(state.assigneeId ? { assignee: assignee?.name ?? state.assigneeId } : {}),
  };
  const template: StaffMailTemplate = event.type;
  return [...recipients].map((to) => ({
    topic: Topic.email,
    payload: { to, audience: "staff", template, locale: tenant.settings.locale, vars },
  }));
}

/** HMAC-SHA-256 signature header value of an outgoing webhook: `t=<unix>,v1=<hex>`. */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  const mac = createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
  return `t=${timestamp},v1=${mac}`;
}

/** The handlers of every topic the server enqueues. */
export function jobHandlers(deps: JobDeps): Record<string, OutboxHandler> {
  const fetchFn = deps.fetch ?? fetch;
  const iso = () => new Date(deps.clock.now()).toISOString();

  // Fans new case events out to emails and webhooks, in the same transaction that marks it done.
  const caseEvents: OutboxHandler = async (row, tx) => {
    const { caseId, seqs } = row.payload as { caseId: string; seqs: number[] };
    const tenant = await findTenantById(tx, row.tenantId);
    const found = await loadCase(tx, row.tenantId, caseId);
    if (!tenant || !found) return;
    const fresh = found.events.filter((e) => seqs.includes(e.seq));
    const messages: OutboxMessage[] = [];
    for (const event of fresh) {
      const template = templateFor(event);
      if (template) {
        messages.push({
          topic: Topic.email,
          payload: {
            to: found.state.customer.email,
            template,
            locale: localeOf(found.state, tenant),
            vars: {
              storeName: tenant.name,
              caseId,
              ...(found.state.order ? { orderNumber: found.state.order.number } : {}),
              link: caseLink(deps, tenant.id, found.state),
              ...(quoteOf(event) ? { body: quoteOf(event) } : {}),
            },
          },
        });
      }
      messages.push(...(await slaAlerts(tx, deps, tenant, found.state, event)));
      // The capability is checked when the message runs: an adapter may still be loading it now.
      if (mirrorsPlatformReturn(event) && deps.actions?.(tenant)) {
        messages.push({ topic: Topic.platformReturn, payload: { caseId, seq: event.seq } });
      }
      if (event.type === "resolved") {
        messages.push({
          topic: Topic.followUp,
          payload: { caseId },
          notBefore: new Date(
            Date.parse(event.at) + (deps.followUpDelayMs ?? 3 * 24 * 3600_000),
          ).toISOString(),
        });
      }
    }
    const { rows: endpoints } = await tx.query<{ id: string; url: string; topics: string[] }>(
      "SELECT id, url, topics FROM webhook_endpoints WHERE tenant_id = $1",
      [row.tenantId],
    );
    for (const endpoint of endpoints) {
      for (const event of fresh) {
        const name = `case.${event.type}`;
        if (!endpoint.topics.includes("*") && !endpoint.topics.includes(name)) continue;
        messages.push({ topic: Topic.webhook, payload: { endpointId: endpoint.id, type: name, event } });
      }
    }
    await enqueue(tx, row.tenantId, messages, iso());
  };

  const email: OutboxHandler = async (row) => {
    const p = row.payload as
      | { to: string; audience?: "customer"; template: MailTemplate; locale: MailLocale; vars: MailVars }
      | {
          to: string;
          audience: "staff";
          template: StaffMailTemplate;
          locale: MailLocale;
          vars: StaffMailVars;
        };
    const rendered =
      p.audience === "staff"
        ? renderStaffMail(p.template, p.locale, p.vars)
        : renderMail(p.template, p.locale, p.vars);
    await deps.mailer.send({ to: p.to, ...rendered, messageId: `<${row.id}@aftersales>` });
  };

  const webhook: OutboxHandler = async (row, tx) => {
    const p = row.payload as { endpointId: string; type: string; event: CaseEvent };
    const { rows } = await tx.query<{ url: string; secret: string }>(
      "SELECT url, secret FROM webhook_endpoints WHERE tenant_id = $1 AND id = $2",
      [row.tenantId, p.endpointId],
    );
    const endpoint = rows[0];
    if (!endpoint) return;
    const body = JSON.stringify({ id: row.id, type: p.type, createdAt: iso(), data: p.event });
    const timestamp = Math.floor(deps.clock.now() / 1000);
    const res = await fetchFn(endpoint.url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "aftersales-webhook-id": row.id,
        "aftersales-signature": signWebhook(endpoint.secret, timestamp, body),
      },
      body,
      signal: AbortSignal.timeout(10_000),
    });
    if (!res.ok) throw new Error(`webhook answered ${res.status}`);
  };

  // Sends the satisfaction follow-up once per resolution.
  const followUp: OutboxHandler = async (row, tx) => {
    const { caseId } = row.payload as { caseId: string };
    const found = await loadCase(tx, row.tenantId, caseId);
    // Reopened since, or already followed up (a repeated delivery): nothing to send.
    if (!found || found.state.followUpSentAt || !["resolved", "closed"].includes(found.state.status)) return;
    // In the dispatcher's transaction: a lost race on `seq` throws, and the message is retried.
    await applyCaseCommand(tx, {
      tenantId: row.tenantId,
      caseId,
      command: { type: "record_follow_up" },
      actor: { type: "system" },
      now: iso(),
    });
  };

  const platformEvent: OutboxHandler = async (row, tx) => {
    const { platform, deliveryId } = row.payload as { platform: string; deliveryId: string };
    const { rows } = await tx.query<{ payload: PlatformEvent; processed_at: string | null }>(
      "SELECT payload, processed_at FROM webhook_inbox WHERE tenant_id = $1 AND platform = $2 AND delivery_id = $3",
      [row.tenantId, platform, deliveryId],
    );
    const stored = rows[0];
    if (!stored || stored.processed_at) return;
    await deps.onPlatformEvent?.(stored.payload, tx, row.tenantId);
    await tx.query(
      "UPDATE webhook_inbox SET processed_at = $4 WHERE tenant_id = $1 AND platform = $2 AND delivery_id = $3",
      [row.tenantId, platform, deliveryId, iso()],
    );
  };

  // Mirrors one return event on the platform (create, approve, decline). Safe to repeat: a case
  // with a linked return creates none, and every call carries an idempotency key.
  const platformReturn: OutboxHandler = async (row, tx) => {
    const { caseId, seq } = row.payload as { caseId: string; seq: number };
    const tenant = await findTenantById(tx, row.tenantId);
    const actions: AfterSalesActions | undefined = tenant ? deps.actions?.(tenant) : undefined;
    if (!actions?.capabilities.platformReturns) return;
    const found = await loadCase(tx, row.tenantId, caseId);
    const event = found?.events.find((e) => e.seq === seq);
    if (!found || !event || !mirrorsPlatformReturn(event)) return;
    const linked = await linkedReturnId(tx, row.tenantId, actions.platform, caseId);
    const idempotencyKey = `aftersales:${row.tenantId}:${caseId}:${seq}`;
    let action: keyof typeof ACTION_WORDS;
    let result: ReturnResult;
    if (event.type === "case_opened") {
      if (linked || !event.data.order || !event.data.lines) return;
      action = "createReturn";
      result = await actions.createReturn({
        orderId: event.data.order.id,
        lines: event.data.lines.map((line) => ({
          lineId: line.lineId,
          quantity: line.quantity,
          reason: line.reason,
          ...(line.note ? { note: line.note.slice(0, 5000) } : {}),
        })),
        idempotencyKey,
      });
      if (result.ok) {
        await linkPlatformReturn(tx, {
          tenantId: row.tenantId,
          platform: actions.platform,
          returnId: result.returnId,
          caseId,
          now: iso(),
        });
        return;
      }
    } else {
      if (!linked) {
        // Approved before the return reached the platform: wait for it; never linked: nothing to do.
        if (await returnCreationPending(tx, row.tenantId, caseId, seq)) {
          throw new Error("the platform return of this case is not created yet");
        }
        return;
      }
      if (event.type === "return_approved") {
        action = "approveReturn";
        result = await actions.approveReturn({ returnId: linked, idempotencyKey });
      } else if (event.type === "return_declined") {
        action = "declineReturn";
        const reason = platformDeclineReason(event.data.reasonCode);
        const note = [
          reason === "other" && event.data.reasonCode !== "other" ? `Reason: ${event.data.reasonCode}` : "",
          event.data.message ?? "",
        ]
          .filter(Boolean)
          .join(" — ")
          .slice(0, 5000);
        result = await actions.declineReturn({
          returnId: linked,
          reason,
          ...(note ? { note } : {}),
          idempotencyKey,
        });
      } else return;
    }
    if (result.ok) return;
    if (result.retryable) throw new Error(`${actions.platform} ${action}: ${result.code}: ${result.message}`);
    const noted = await applyCaseCommand(tx, {
      tenantId: row.tenantId,
      caseId,
      command: { type: "add_note", body: platformRefusalNote(actions.platform, action, result) },
      actor: { type: "system" },
      now: iso(),
    });
    if (!noted.ok) throw new Error(`could not note the refused ${action}: ${noted.kind}`);
  };

  return {
    [Topic.platformReturn]: platformReturn,
    [Topic.platformEvent]: platformEvent,
    [Topic.caseEvents]: caseEvents,
    [Topic.email]: email,
    [Topic.webhook]: webhook,
    [Topic.followUp]: followUp,
  };
}

/** Registers an endpoint for outgoing webhooks (`topics`: `case.<event type>` names or `*`). */
export async function addWebhookEndpoint(
  db: Queryable,
  input: { tenantId: string; id: string; url: string; secret: string; topics?: string[]; now: string },
): Promise<void> {
  await db.query(
    "INSERT INTO webhook_endpoints (tenant_id, id, url, secret, topics, created_at) VALUES ($1, $2, $3, $4, $5, $6)",
    [input.tenantId, input.id, input.url, input.secret, JSON.stringify(input.topics ?? ["*"]), input.now],
  );
}
