import type { Money } from "@aftersales/core";
import type { DecisionView, EventView, ReasonView } from "../api/types.js";
import {
  codeLabel,
  formatInstant,
  formatMoney,
  isMessageKey,
  type Locale,
  type MessageKey,
  translate,
} from "../i18n/index.js";

const isMoney = (v: unknown): v is Money =>
  typeof v === "object" &&
  v !== null &&
  typeof (v as Money).amount === "number" &&
  typeof (v as Money).currency === "string";

/**
 * A reason of an eligibility decision in plain words: the server's own text when it sends one,
 * else the console's table for the code, with instants in the store's zone and codes as labels.
 */
export function reasonText(locale: Locale, timeZone: string, reason: ReasonView): string {
  if (reason.message) return reason.message;
  const key = `elig.${reason.code}`;
  if (!isMessageKey(key)) return translate(locale, "elig.unknown", { code: reason.code });
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(reason.params ?? {})) {
    if (name === "deadline" && typeof value === "string")
      params[name] = formatInstant(locale, timeZone, value);
    else if (name === "reason" && typeof value === "string")
      params[name] = codeLabel(locale, "reason", value);
    else if ((name === "offered" || name === "accepted") && Array.isArray(value))
      params[name] = value.map((v) => codeLabel(locale, "option", String(v))).join(", ");
    else if (isMoney(value)) params[name] = formatMoney(locale, value);
    else if (typeof value === "string" || typeof value === "number") params[name] = value;
  }
  params.label ??= "—";
  return translate(locale, key, params);
}

/** The decision recorded on a case, when it has the shape of one (older cases may have none). */
export function asDecision(value: unknown): DecisionView | null {
  if (typeof value !== "object" || value === null) return null;
  const d = value as Partial<DecisionView>;
  if (!Array.isArray(d.lines) || typeof d.status !== "string" || typeof d.totals !== "object") return null;
  return d as DecisionView;
}

/** How the timeline titles an event, and the text it quotes (a message, a note, a reason). */
export interface EventSummary {
  readonly title: string;
  readonly body: string | null;
}

const str = (v: unknown): string | null => (typeof v === "string" && v.trim() !== "" ? v : null);

/** An offered option as the timeline names it. */
interface OfferedOption {
  readonly id: string;
  readonly kind: string;
  readonly amount?: Money | undefined;
  readonly label?: string | undefined;
}

function optionText(locale: Locale, o: OfferedOption): string {
  const kind = codeLabel(locale, "option", String(o.kind));
  const amount = isMoney(o.amount) ? ` ${formatMoney(locale, o.amount)}` : "";
  return `${kind}${amount}${o.label ? ` — ${String(o.label)}` : ""}`;
}

/** Describes one event for the timeline; `offered` names the option a customer chose. */
export function describeEvent(
  locale: Locale,
  timeZone: string,
  event: EventView,
  offered: readonly OfferedOption[] = [],
): EventSummary {
  const d = event.data;
  const key = `event.${event.type}`;
  const title = (k: MessageKey, params: Record<string, string | number> = {}) => translate(locale, k, params);
  switch (event.type) {
    case "assigned":
      return {
        title: d.assigneeId
          ? title("event.assigned", { assignee: String(d.assigneeId) })
          : title("event.unassigned"),
        body: null,
      };
    case "priority_changed":
      return {
        title: title("event.priority_changed", {
          priority: codeLabel(locale, "priority", String(d.priority)),
        }),
        body: null,
      };
    case "category_changed":
      return {
        title: title("event.category_changed", {
          category: codeLabel(locale, "category", String(d.category)),
        }),
        body: null,
      };
    case "rated":
      return { title: title("event.rated", { score: Number(d.score) }), body: str(d.comment) };
    case "sla_at_risk":
    case "sla_breached":
      return {
        title: title(event.type === "sla_at_risk" ? "event.sla_at_risk" : "event.sla_breached", {
          target: codeLabel(locale, "sla.target", String(d.target)),
        }),
        body: typeof d.dueAt === "string" ? formatInstant(locale, timeZone, d.dueAt) : null,
      };
    case "options_proposed": {
      const options = Array.isArray(d.options) ? (d.options as OfferedOption[]) : [];
      return {
        title: title("event.options_proposed"),
        body: options.map((o) => optionText(locale, o)).join(" · "),
      };
    }
    case "option_chosen": {
      const chosen = offered.find((o) => o.id === d.optionId);
      return {
        title: title("event.option_chosen"),
        body: chosen ? optionText(locale, chosen) : str(d.optionId),
      };
    }
    case "refund_issued":
    case "store_credit_issued":
    case "coupon_issued":
      return {
        title: title(key as MessageKey),
        body:
          [
            isMoney(d.amount) ? formatMoney(locale, d.amount) : null,
            str(d.code),
            d.method ? codeLabel(locale, "method", String(d.method)) : null,
          ]
            .filter(Boolean)
            .join(" · ") || null,
      };
    case "declined":
    case "return_declined":
      return {
        title: title(key as MessageKey),
        body: [str(d.reasonCode), str(d.message)].filter(Boolean).join(" — ") || null,
      };
    case "resolved":
      return {
        title: title("event.resolved"),
        body: [str(d.resolution), str(d.summary)].filter(Boolean).join(" — ") || null,
      };
    case "case_opened":
      return { title: title("event.case_opened"), body: str(d.description) };
    default:
      return {
        title: isMessageKey(key)
          ? translate(locale, key)
          : translate(locale, "event.other", { type: event.type }),
        body: str(d.body) ?? str(d.reason) ?? str(d.instructions) ?? str(d.note) ?? str(d.optionId),
      };
  }
}

/** Attachment ids of a case: evidence given at opening, then those of messages, each once. */
export function attachmentIds(evidence: readonly string[], events: readonly EventView[]): string[] {
  const ids = new Set(evidence);
  for (const e of events) {
    const list = e.data.attachments;
    if (Array.isArray(list)) for (const id of list) if (typeof id === "string") ids.add(id);
  }
  return [...ids];
}
