import type { Capabilities } from "../api/types.js";
import type { MessageKey } from "../i18n/index.js";

/** One input of an action's form. */
export interface FieldSpec {
  readonly name: string;
  readonly kind: "text" | "multiline" | "code" | "money" | "select" | "checkbox" | "percent" | "refundLines";
  readonly label: MessageKey;
  readonly required?: boolean;
  /** For selects: the values, labelled with `${labelPrefix}.${value}`. */
  readonly values?: readonly string[];
  readonly labelPrefix?: string;
}

/** Which confirmation an action needs before it runs (money moves, or the customer is turned down). */
export type Confirmation =
  | "refund"
  | "credit"
  | "decline"
  | "approve"
  | "platformRefund"
  | "platformCredit"
  | "platformCoupon";

/** How the case screen offers one command (`POST …/commands`) or platform action (`POST …/actions`). */
export interface ActionSpec {
  /** The case command, or for a platform action its `type` (`refund`, `store_credit` …). */
  readonly command: string;
  /** `commands`: a case command; `actions`: the store's platform acts, then the case records it. */
  readonly route?: "commands" | "actions";
  /** For a platform action: the case command that records its result, which the case must allow. */
  readonly records?: string;
  /** For a platform action: the capability flag the platform needs. */
  readonly capability?: keyof Capabilities;
  readonly fields: readonly FieldSpec[];
  /** At least one of these fields must be filled (a coupon has an amount or a percentage). */
  readonly oneOf?: readonly string[];
  readonly confirm?: Confirmation;
  readonly destructive?: boolean;
}

/** A stable key of an action (a case command and a platform action may share a name). */
export const actionKey = (spec: ActionSpec) => `${spec.route ?? "commands"}:${spec.command}`;

const text = (name: string, label: MessageKey, required = false): FieldSpec => ({
  name,
  kind: "multiline",
  label,
  required,
});

/**
 * Commands the action list offers, in the order they are shown. Commands with their own panel
 * (messages, notes, assignment, options, priority, category) and those staff never issue (SLA flags
 * are the system's, ratings the customer's) are not here; the server's `allowedCommands` decides
 * which of these a case shows.
 */
export const ACTIONS: readonly ActionSpec[] = [
  { command: "acknowledge", fields: [] },
  { command: "start_investigation", fields: [] },
  { command: "request_information", fields: [text("body", "field.body", true)] },
  {
    command: "approve_return",
    fields: [
      { name: "returnless", kind: "checkbox", label: "field.returnless" },
      text("instructions", "field.instructions"),
    ],
    confirm: "approve",
  },
  {
    command: "choose_option",
    fields: [{ name: "optionId", kind: "select", label: "field.option", required: true }],
  },
  {
    command: "record_refund",
    fields: [
      { name: "amount", kind: "money", label: "field.amount", required: true },
      {
        name: "method",
        kind: "select",
        label: "field.method",
        required: true,
        values: ["original_payment", "store_credit", "manual"],
        labelPrefix: "method",
      },
    ],
    confirm: "refund",
  },
  {
    command: "record_store_credit",
    fields: [{ name: "amount", kind: "money", label: "field.amount", required: true }],
    confirm: "credit",
  },
  {
    command: "record_coupon",
    fields: [
      { name: "code", kind: "text", label: "field.code", required: true },
      { name: "amount", kind: "money", label: "field.amount" },
      { name: "percent", kind: "percent", label: "field.percent" },
    ],
  },
  {
    command: "record_shipment",
    fields: [
      { name: "carrier", kind: "text", label: "field.carrier" },
      { name: "trackingNumber", kind: "text", label: "field.trackingNumber" },
    ],
  },
  { command: "record_receipt", fields: [] },
  {
    command: "record_inspection",
    fields: [
      {
        name: "outcome",
        kind: "select",
        label: "field.outcome",
        required: true,
        values: ["accepted", "partial", "rejected"],
        labelPrefix: "outcome",
      },
      text("note", "field.note"),
    ],
  },
  {
    command: "record_exchange_shipment",
    fields: [
      { name: "carrier", kind: "text", label: "field.carrier" },
      { name: "trackingNumber", kind: "text", label: "field.trackingNumber" },
    ],
  },
  { command: "record_repair", fields: [text("note", "field.note")] },
  {
    command: "resolve",
    fields: [
      { name: "resolution", kind: "code", label: "field.resolution", required: true },
      text("summary", "field.summary"),
    ],
  },
  { command: "record_follow_up", fields: [] },
  { command: "close", fields: [] },
  { command: "reopen", fields: [text("reason", "field.reason")] },
  {
    command: "decline_return",
    fields: [
      { name: "reasonCode", kind: "code", label: "field.reasonCode", required: true },
      text("message", "field.message"),
    ],
    confirm: "decline",
    destructive: true,
  },
  {
    command: "decline",
    fields: [
      { name: "reasonCode", kind: "code", label: "field.reasonCode", required: true },
      text("message", "field.message"),
    ],
    confirm: "decline",
    destructive: true,
  },
  { command: "cancel", fields: [text("reason", "field.reason")], destructive: true },
];

/**
 * Money and notes on the store's platform (`POST /v1/staff/cases/{id}/actions`): offered when the
 * platform has the capability and the case allows the command that records the result. The
 * record-only command of the same kind is then not offered, so money moves through the platform and
 * the case records what the platform did.
 */
export const PLATFORM_ACTIONS: readonly ActionSpec[] = [
  {
    command: "refund",
    route: "actions",
    records: "record_refund",
    capability: "refunds",
    // A platform refund is made of order lines (and shipping): the amount is their sum, as the
    // platforms and core's RefundRequest want it.
    fields: [
      { name: "lines", kind: "refundLines", label: "field.refundLines", required: true },
      text("note", "field.note"),
      { name: "notifyCustomer", kind: "checkbox", label: "field.notifyCustomer" },
    ],
    confirm: "platformRefund",
  },
  {
    command: "store_credit",
    route: "actions",
    records: "record_store_credit",
    capability: "storeCredit",
    fields: [
      { name: "amount", kind: "money", label: "field.amount", required: true },
      text("note", "field.note"),
    ],
    confirm: "platformCredit",
  },
  {
    command: "coupon",
    route: "actions",
    records: "record_coupon",
    capability: "coupons",
    fields: [
      { name: "amount", kind: "money", label: "field.amount" },
      { name: "percent", kind: "percent", label: "field.percent" },
    ],
    oneOf: ["amount", "percent"],
    confirm: "platformCoupon",
  },
  {
    command: "order_note",
    route: "actions",
    records: "add_note",
    capability: "orderNotes",
    fields: [
      text("body", "field.orderNote", true),
      { name: "customerVisible", kind: "checkbox", label: "field.customerVisible" },
    ],
  },
];

/**
 * Commands that only make sense for some kinds of case. Core accepts `approve_return` and
 * `decline_return` on any case with goods (complaints included); the console offers them on returns
 * and exchanges only, where the customer asked to send goods back. An exchange shipment goes out for
 * exchanges and for complaints settled by a replacement.
 */
const KINDS_OF: Readonly<Record<string, readonly string[]>> = {
  approve_return: ["return", "exchange"],
  decline_return: ["return", "exchange"],
  record_exchange_shipment: ["exchange", "complaint"],
};

/** Commands with their own panel on the case screen. */
export const PANEL_COMMANDS = new Set([
  "post_message",
  "add_note",
  "assign",
  "propose_options",
  "change_priority",
  "change_category",
]);

/** What decides the actions of a case besides the server's `allowedCommands`. */
export interface ActionContext {
  /** The case kind (`return`, `exchange`, `complaint`, `inquiry`). */
  readonly kind: string;
  /** The store platform's capability flags; none known means no platform action. */
  readonly capabilities?: Capabilities | undefined;
}

/**
 * The actions a case offers, in display order: platform actions first (when the platform can and
 * the case allows recording the result), then the case commands the server's `allowedCommands`
 * allows for this kind of case, without the record-only twin of an offered platform action.
 */
export function actionsFor(allowed: readonly string[], context: ActionContext): ActionSpec[] {
  const set = new Set(allowed);
  const platform = PLATFORM_ACTIONS.filter(
    (a) =>
      a.records !== undefined &&
      set.has(a.records) &&
      a.capability !== undefined &&
      context.capabilities?.[a.capability] === true,
  );
  const recordedByPlatform = new Set(platform.map((a) => a.records));
  const commands = ACTIONS.filter(
    (a) =>
      set.has(a.command) &&
      !recordedByPlatform.has(a.command) &&
      (KINDS_OF[a.command]?.includes(context.kind) ?? true),
  );
  return [...platform, ...commands];
}

/** Form values of an action, as typed. */
export type ActionValues = Readonly<Record<string, string | boolean>>;

/** A command or platform action body as built from a form. */
export type ActionBody = { type: string } & Record<string, unknown>;

/** Why an action's form cannot be sent yet, by field name. */
export type ActionErrors = Readonly<Record<string, "required" | "amount" | "code" | "quantity">>;

/** An order line a refund can be made of. */
export interface RefundableLine {
  readonly id: string;
  readonly refundableQuantity: number;
  readonly paid: { readonly amount: number; readonly currency: string };
}

/** The form keys of a refund line's amount and quantity. */
export const lineKeys = (lineId: string) => ({
  amount: `line:${lineId}:amount`,
  quantity: `line:${lineId}:quantity`,
});

/**
 * The command body of an action's form, or the field errors. Money fields are read as minor units
 * of `currency` through `parseAmount`; empty optional fields are left out.
 */
export function buildCommand(
  spec: ActionSpec,
  values: ActionValues,
  currency: string,
  parseAmount: (input: string, currency: string) => number | null,
  lines: readonly RefundableLine[] = [],
): { ok: true; command: ActionBody } | { ok: false; errors: ActionErrors } {
  const command: ActionBody = { type: spec.command };
  const errors: Record<string, "required" | "amount" | "code" | "quantity"> = {};
  for (const field of spec.fields) {
    if (field.kind === "refundLines") {
      const parts: { lineId: string; quantity: number; amount: { amount: number; currency: string } }[] = [];
      for (const line of lines) {
        const keys = lineKeys(line.id);
        const amountText = String(values[keys.amount] ?? "").trim();
        const quantityText = String(values[keys.quantity] ?? "").trim() || "0";
        const amount = amountText === "" ? 0 : parseAmount(amountText, currency);
        const quantity = /^\d+$/.test(quantityText) ? Number(quantityText) : Number.NaN;
        if (amount === null || amount > line.paid.amount) errors[keys.amount] = "amount";
        if (!(quantity >= 0 && quantity <= line.refundableQuantity)) errors[keys.quantity] = "quantity";
        if (amount !== null && amount > 0)
          parts.push({ lineId: line.id, quantity, amount: { amount, currency } });
      }
      if (parts.length === 0 && Object.keys(errors).length === 0) errors[field.name] = "required";
      command[field.name] = parts;
      command.amount = { amount: parts.reduce((sum, p) => sum + p.amount.amount, 0), currency };
      continue;
    }
    const raw = values[field.name];
    if (field.kind === "checkbox") {
      command[field.name] = raw === true;
      continue;
    }
    const value = typeof raw === "string" ? raw.trim() : "";
    if (value === "") {
      if (field.required) errors[field.name] = "required";
      continue;
    }
    switch (field.kind) {
      case "money": {
        const amount = parseAmount(value, currency);
        if (amount === null || amount <= 0) errors[field.name] = "amount";
        else command[field.name] = { amount, currency };
        break;
      }
      case "percent": {
        const n = Number(value);
        if (!Number.isFinite(n) || n <= 0 || n > 100) errors[field.name] = "amount";
        else command[field.name] = n;
        break;
      }
      case "code":
        if (!/^[a-z][a-z0-9_]*$/.test(value)) errors[field.name] = "code";
        else command[field.name] = value;
        break;
      default:
        command[field.name] = value;
    }
  }
  const first = spec.oneOf?.[0];
  if (first !== undefined && spec.oneOf?.every((name) => command[name] === undefined && !errors[name])) {
    errors[first] = "required";
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, command };
}

/**
 * The refund form's first values per order line: the recorded decision's refundable amount of each
 * line when there is one; otherwise `amount` (the option the customer chose) spread over the lines
 * the case names, then the other lines, each up to what it was paid. Units go back only when the
 * customer returns goods (returns, exchanges); a complaint's refund keeps the goods with the customer.
 */
export function refundLineDefaults(input: {
  readonly lines: readonly RefundableLine[];
  readonly decisionLines?: readonly {
    readonly lineId: string;
    readonly refundable: { readonly amount: number };
    readonly quantity?: number;
    readonly requestedQuantity?: number;
  }[];
  readonly caseLines: readonly { readonly lineId: string; readonly quantity: number }[];
  readonly amount?: { readonly amount: number } | undefined;
  readonly returnsGoods: boolean;
  readonly decimal: (m: { amount: number; currency: string }) => string;
}): Record<string, string> {
  const values: Record<string, string> = {};
  const units = (lineId: string, fallback: number) => {
    const line = input.lines.find((l) => l.id === lineId);
    return input.returnsGoods ? String(Math.min(fallback, line?.refundableQuantity ?? 0)) : "0";
  };
  const fromDecision = (input.decisionLines ?? []).filter((d) => d.refundable.amount > 0);
  if (fromDecision.length > 0 && input.amount === undefined) {
    for (const d of fromDecision) {
      const line = input.lines.find((l) => l.id === d.lineId);
      if (!line) continue;
      const keys = lineKeys(line.id);
      values[keys.amount] = input.decimal({ amount: d.refundable.amount, currency: line.paid.currency });
      values[keys.quantity] = units(line.id, d.quantity ?? d.requestedQuantity ?? 0);
    }
    return values;
  }
  let left = input.amount?.amount ?? 0;
  const named = new Set(input.caseLines.map((l) => l.lineId));
  const ordered = [
    ...input.lines.filter((l) => named.has(l.id)),
    ...input.lines.filter((l) => !named.has(l.id)),
  ];
  for (const line of ordered) {
    if (left <= 0) break;
    const take = Math.min(left, line.paid.amount);
    if (take <= 0) continue;
    left -= take;
    const keys = lineKeys(line.id);
    values[keys.amount] = input.decimal({ amount: take, currency: line.paid.currency });
    values[keys.quantity] = units(line.id, input.caseLines.find((l) => l.lineId === line.id)?.quantity ?? 0);
  }
  return values;
}
