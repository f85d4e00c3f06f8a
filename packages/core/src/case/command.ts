import { z } from "zod";
import type { ValidationIssue } from "../errors.js";
import { InstantSchema } from "../order/snapshot.js";
import type { CaseEvent, CaseEventData, CaseEventType } from "./events.js";
import { type ActorType, type CaseActor, CaseActorSchema, type CaseState } from "./state.js";

/**
 * Every command a case accepts, named as the API's `allowedActions` (snake_case, imperative).
 * One file per command in `commands/`.
 */
export const CaseCommandType = {
  open_case: "open_case",
  acknowledge: "acknowledge",
  start_investigation: "start_investigation",
  assign: "assign",
  change_priority: "change_priority",
  change_category: "change_category",
  post_message: "post_message",
  add_note: "add_note",
  request_information: "request_information",
  propose_options: "propose_options",
  choose_option: "choose_option",
  approve_return: "approve_return",
  decline_return: "decline_return",
  decline: "decline",
  record_shipment: "record_shipment",
  record_receipt: "record_receipt",
  record_inspection: "record_inspection",
  record_refund: "record_refund",
  record_store_credit: "record_store_credit",
  record_coupon: "record_coupon",
  record_exchange_shipment: "record_exchange_shipment",
  record_repair: "record_repair",
  resolve: "resolve",
  close: "close",
  reopen: "reopen",
  cancel: "cancel",
  rate: "rate",
  mark_sla_at_risk: "mark_sla_at_risk",
  mark_sla_breached: "mark_sla_breached",
  record_follow_up: "record_follow_up",
} as const;
/** Zod enum of {@link CaseCommandType}. */
export const CaseCommandTypeSchema = z.enum(CaseCommandType);
/** A command a case accepts. */
export type CaseCommandType = z.infer<typeof CaseCommandTypeSchema>;

/** Why `decide` refused a command; each code has params the locale tables can render. */
export const RejectionCode = {
  /** The command input is malformed; `issues` lists every bad path. */
  validation_failed: "validation_failed",
  /** A command other than `open_case` for a case with no events. */
  case_not_opened: "case_not_opened",
  /** `open_case` for a case that already has events. */
  already_opened: "already_opened",
  /** This kind of actor may never issue this command, or a customer acts on someone else's case. */
  forbidden: "forbidden",
  /** The command is not allowed in the current status (params: `status`, `command`). */
  invalid_transition: "invalid_transition",
  /** The case is assigned to another staff member (params: `assigneeId`). */
  not_assignee: "not_assignee",
  /** The chosen option is not among the options offered (params: `optionId`). */
  option_not_offered: "option_not_offered",
  /** The customer already rated this resolution. */
  already_rated: "already_rated",
  /** A return was already approved on this case. */
  already_approved: "already_approved",
  /** The command does not apply to this kind of case (params: `kind`). */
  wrong_case_kind: "wrong_case_kind",
  /** The returned goods are not at the step this command needs (params: `itemProgress`). */
  invalid_item_progress: "invalid_item_progress",
  /** An approved line was not requested on the case (params: `lineId`). */
  line_not_requested: "line_not_requested",
  /** More units approved than requested (params: `lineId`, `requested`, `approved`). */
  quantity_exceeds_request: "quantity_exceeds_request",
  /** The command would change nothing (same assignee, priority or category). */
  no_change: "no_change",
} as const;
/** Zod enum of {@link RejectionCode}. */
export const RejectionCodeSchema = z.enum(RejectionCode);
/** Why `decide` refused a command. */
export type RejectionCode = z.infer<typeof RejectionCodeSchema>;

/** A refused command: a machine code, an English message for logs, and params for localisation. */
export interface Rejection {
  readonly code: RejectionCode;
  readonly message: string;
  readonly params?: Readonly<Record<string, unknown>>;
  /** For `validation_failed`: one entry per bad path of the command. */
  readonly issues?: readonly ValidationIssue[];
}

/** The outcome of `decide`: the new events to append, or why nothing happens. */
export type Decision =
  | { readonly ok: true; readonly events: readonly CaseEvent[] }
  | { readonly ok: false; readonly rejection: Rejection };

/**
 * What `decide` needs besides state and command: the instant (ISO string or epoch ms), who acts,
 * and for `open_case` the new case's id (ids come from the caller; core makes none).
 */
export const DecideContextSchema = z.object({
  now: z.union([InstantSchema, z.number().int().nonnegative()]),
  actor: CaseActorSchema,
  caseId: z.string().min(1).optional(),
});
/** What `decide` needs besides state and command. */
export type DecideContext = z.input<typeof DecideContextSchema>;

/** The context handed to one command's handler, normalised by `decide`. */
export interface CommandContext {
  /** The current instant as an ISO UTC string. */
  readonly now: string;
  readonly actor: CaseActor;
  readonly caseId: string;
}

/** A new event before `decide` stamps the envelope (case id, seq, instant, actor, visibility). */
export type EventDraft = { [T in CaseEventType]: { type: T; data: CaseEventData<T> } }[CaseEventType];

/** What a handler returns: drafts to stamp, or a rejection. */
export type HandlerResult =
  | { readonly ok: true; readonly drafts: readonly EventDraft[] }
  | { readonly ok: false; readonly rejection: Rejection };

/**
 * One command: its input schema, who may issue it, whether the assignee rule applies, a
 * state-only precondition (used by `allowedCommands` too) and the decision over valid input.
 * `S` is `undefined` only for `open_case`.
 */
export interface CommandHandler<
  C extends { type: CaseCommandType },
  S extends CaseState | undefined = CaseState,
> {
  readonly type: C["type"];
  readonly schema: z.ZodType<C>;
  /** Actor types that may ever issue the command. */
  readonly actors: readonly ActorType[];
  /** Whether, once the case is assigned, only the assignee (or system/platform) may issue it. */
  readonly requiresAssignee: boolean;
  /** Preconditions on state and actor alone; `undefined` when they hold. */
  readonly check?: (state: CaseState, actor: CaseActor) => Rejection | undefined;
  readonly decide: (state: S, command: C, context: CommandContext) => HandlerResult;
}

/** Builds a rejection. */
export function reject(code: RejectionCode, message: string, params?: Record<string, unknown>): Rejection {
  return params === undefined ? { code, message } : { code, message, params };
}

/** Builds a failed handler result. */
export function refuse(
  code: RejectionCode,
  message: string,
  params?: Record<string, unknown>,
): HandlerResult {
  return { ok: false, rejection: reject(code, message, params) };
}

/** Builds a successful handler result. */
export function accept(...drafts: EventDraft[]): HandlerResult {
  return { ok: true, drafts };
}

/** Builds one event draft with its payload type checked against the event type. */
export function draft<T extends CaseEventType>(type: T, data: CaseEventData<T>): EventDraft {
  return { type, data } as EventDraft;
}

/** Drops keys whose value is `undefined`, so events never carry `"key": undefined`. */
export function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
