import type { MessageKey } from "../i18n/index.js";

/** One input of an action's form. */
export interface FieldSpec {
  readonly name: string;
  readonly kind: "text" | "multiline" | "code" | "money" | "select" | "checkbox" | "percent";
  readonly label: MessageKey;
  readonly required?: boolean;
  /** For selects: the values, labelled with `${labelPrefix}.${value}`. */
  readonly values?: readonly string[];
  readonly labelPrefix?: string;
}

/** Which confirmation an action needs before it runs (money moves, or the customer is turned down). */
export type Confirmation = "refund" | "credit" | "decline" | "approve";

/** How the case screen offers one command. */
export interface ActionSpec {
  readonly command: string;
  readonly fields: readonly FieldSpec[];
  readonly confirm?: Confirmation;
  readonly destructive?: boolean;
}

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

/** Commands with their own panel on the case screen. */
export const PANEL_COMMANDS = new Set([
  "post_message",
  "add_note",
  "assign",
  "propose_options",
  "change_priority",
  "change_category",
]);

/** The actions a case offers, in display order, from the server's `allowedCommands`. */
export function actionsFor(allowed: readonly string[]): ActionSpec[] {
  const set = new Set(allowed);
  return ACTIONS.filter((a) => set.has(a.command));
}

/** Form values of an action, as typed. */
export type ActionValues = Readonly<Record<string, string | boolean>>;

/** Why an action's form cannot be sent yet, by field name. */
export type ActionErrors = Readonly<Record<string, "required" | "amount" | "code">>;

/**
 * The command body of an action's form, or the field errors. Money fields are read as minor units
 * of `currency` through `parseAmount`; empty optional fields are left out.
 */
export function buildCommand(
  spec: ActionSpec,
  values: ActionValues,
  currency: string,
  parseAmount: (input: string, currency: string) => number | null,
): { ok: true; command: { type: string } & Record<string, unknown> } | { ok: false; errors: ActionErrors } {
  const command: { type: string } & Record<string, unknown> = { type: spec.command };
  const errors: Record<string, "required" | "amount" | "code"> = {};
  for (const field of spec.fields) {
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
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, command };
}
