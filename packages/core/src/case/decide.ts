import { z } from "zod";
import { AftersalesError } from "../errors.js";
import { toIssues } from "../validation.js";
import {
  type CaseCommandType,
  CaseCommandTypeSchema,
  type CommandContext,
  type CommandHandler,
  type DecideContext,
  DecideContextSchema,
  type Decision,
  type HandlerResult,
  type Rejection,
  reject,
} from "./command.js";
import { AcknowledgeCommandSchema, acknowledge } from "./commands/acknowledge.js";
import { AddNoteCommandSchema, addNote } from "./commands/add-note.js";
import { ApproveReturnCommandSchema, approveReturn } from "./commands/approve-return.js";
import { AssignCommandSchema, assign } from "./commands/assign.js";
import { CancelCommandSchema, cancel } from "./commands/cancel.js";
import { ChangeCategoryCommandSchema, changeCategory } from "./commands/change-category.js";
import { ChangePriorityCommandSchema, changePriority } from "./commands/change-priority.js";
import { ChooseOptionCommandSchema, chooseOption } from "./commands/choose-option.js";
import { CloseCommandSchema, close } from "./commands/close.js";
import { DeclineCommandSchema, decline } from "./commands/decline.js";
import { DeclineReturnCommandSchema, declineReturn } from "./commands/decline-return.js";
import { MarkSlaAtRiskCommandSchema, markSlaAtRisk } from "./commands/mark-sla-at-risk.js";
import { MarkSlaBreachedCommandSchema, markSlaBreached } from "./commands/mark-sla-breached.js";
import { OpenCaseCommandSchema, openCase } from "./commands/open-case.js";
import { PostMessageCommandSchema, postMessage } from "./commands/post-message.js";
import { ProposeOptionsCommandSchema, proposeOptions } from "./commands/propose-options.js";
import { RateCommandSchema, rate } from "./commands/rate.js";
import { RecordCouponCommandSchema, recordCoupon } from "./commands/record-coupon.js";
import {
  RecordExchangeShipmentCommandSchema,
  recordExchangeShipment,
} from "./commands/record-exchange-shipment.js";
import { RecordFollowUpCommandSchema, recordFollowUp } from "./commands/record-follow-up.js";
import { RecordInspectionCommandSchema, recordInspection } from "./commands/record-inspection.js";
import { RecordReceiptCommandSchema, recordReceipt } from "./commands/record-receipt.js";
import { RecordRefundCommandSchema, recordRefund } from "./commands/record-refund.js";
import { RecordRepairCommandSchema, recordRepair } from "./commands/record-repair.js";
import { RecordShipmentCommandSchema, recordShipment } from "./commands/record-shipment.js";
import { RecordStoreCreditCommandSchema, recordStoreCredit } from "./commands/record-store-credit.js";
import { ReopenCommandSchema, reopen } from "./commands/reopen.js";
import { RequestInformationCommandSchema, requestInformation } from "./commands/request-information.js";
import { ResolveCommandSchema, resolve } from "./commands/resolve.js";
import { StartInvestigationCommandSchema, startInvestigation } from "./commands/start-investigation.js";
import { type CaseEvent, EventVisibility } from "./events.js";
import type { ActorType, CaseActor, CaseState } from "./state.js";
import { isAllowedInStatus } from "./transitions.js";

/** Any command a case accepts, validated at the boundary (HTTP body plus `type`). */
export const CaseCommandSchema = z.discriminatedUnion("type", [
  OpenCaseCommandSchema,
  AcknowledgeCommandSchema,
  StartInvestigationCommandSchema,
  AssignCommandSchema,
  ChangePriorityCommandSchema,
  ChangeCategoryCommandSchema,
  PostMessageCommandSchema,
  AddNoteCommandSchema,
  RequestInformationCommandSchema,
  ProposeOptionsCommandSchema,
  ChooseOptionCommandSchema,
  ApproveReturnCommandSchema,
  DeclineReturnCommandSchema,
  DeclineCommandSchema,
  RecordShipmentCommandSchema,
  RecordReceiptCommandSchema,
  RecordInspectionCommandSchema,
  RecordRefundCommandSchema,
  RecordStoreCreditCommandSchema,
  RecordCouponCommandSchema,
  RecordExchangeShipmentCommandSchema,
  RecordRepairCommandSchema,
  ResolveCommandSchema,
  CloseCommandSchema,
  ReopenCommandSchema,
  CancelCommandSchema,
  RateCommandSchema,
  MarkSlaAtRiskCommandSchema,
  MarkSlaBreachedCommandSchema,
  RecordFollowUpCommandSchema,
]);
/** A validated command. */
export type CaseCommand = z.output<typeof CaseCommandSchema>;
/** A command as callers write it (defaults not yet applied). */
export type CaseCommandInput = z.input<typeof CaseCommandSchema>;

type AnyHandler = Omit<CommandHandler<{ type: CaseCommandType }>, "decide" | "schema"> & {
  readonly schema: z.ZodType;
  readonly decide: (state: never, command: never, context: CommandContext) => HandlerResult;
};

/** The handler of every command type, one file each in `commands/`. */
export const CommandHandlers = {
  open_case: openCase,
  acknowledge,
  start_investigation: startInvestigation,
  assign,
  change_priority: changePriority,
  change_category: changeCategory,
  post_message: postMessage,
  add_note: addNote,
  request_information: requestInformation,
  propose_options: proposeOptions,
  choose_option: chooseOption,
  approve_return: approveReturn,
  decline_return: declineReturn,
  decline,
  record_shipment: recordShipment,
  record_receipt: recordReceipt,
  record_inspection: recordInspection,
  record_refund: recordRefund,
  record_store_credit: recordStoreCredit,
  record_coupon: recordCoupon,
  record_exchange_shipment: recordExchangeShipment,
  record_repair: recordRepair,
  resolve,
  close,
  reopen,
  cancel,
  rate,
  mark_sla_at_risk: markSlaAtRisk,
  mark_sla_breached: markSlaBreached,
  record_follow_up: recordFollowUp,
} as const satisfies { readonly [K in CaseCommandType]: AnyHandler & { readonly type: K } };

/**
 * Everything about a command that does not depend on its input: who may issue it, whether the
 * case exists, the status table, the customer's own case, the assignee rule, state preconditions.
 */
function gate(state: CaseState | undefined, type: CaseCommandType, actor: CaseActor): Rejection | undefined {
  const handler: AnyHandler = CommandHandlers[type];
  if (!handler.actors.includes(actor.type)) {
    return reject("forbidden", `A ${actor.type} cannot ${type.replaceAll("_", " ")}`, {
      command: type,
      actor: actor.type,
    });
  }
  if (state === undefined) {
    return type === "open_case"
      ? undefined
      : reject("case_not_opened", "The case has no events yet", { command: type });
  }
  if (type === "open_case")
    return reject("already_opened", `Case ${state.id} is already open`, { caseId: state.id });
  if (!isAllowedInStatus(state.status, type)) {
    return reject(
      "invalid_transition",
      `Cannot ${type.replaceAll("_", " ")} a case that is ${state.status}`,
      {
        status: state.status,
        command: type,
      },
    );
  }
  // A customer acts only on their own case; guests (no id) are scoped by the server's order token.
  if (
    actor.type === "customer" &&
    actor.id !== undefined &&
    state.customer.id !== null &&
    actor.id !== state.customer.id
  ) {
    return reject("forbidden", "This case belongs to another customer", { command: type, actor: actor.type });
  }
  // The assignee rule: once assigned, staff commands that commit the store towards the customer
  // go through the assignee; a colleague reassigns first (one auditable event) to take over.
  // Automation (system, platform) and the customer are not bound by it.
  if (
    handler.requiresAssignee &&
    actor.type === "staff" &&
    state.assigneeId !== null &&
    actor.id !== state.assigneeId
  ) {
    return reject("not_assignee", `Case ${state.id} is assigned to ${state.assigneeId}`, {
      assigneeId: state.assigneeId,
      command: type,
    });
  }
  return handler.check?.(state, actor);
}

function normaliseContext(state: CaseState | undefined, context: DecideContext): CommandContext {
  const parsed = DecideContextSchema.safeParse(context);
  if (!parsed.success) {
    throw new AftersalesError("invalid_context", "Invalid decide context", toIssues(parsed.error));
  }
  const { now, actor, caseId } = parsed.data;
  if (state !== undefined && caseId !== undefined && caseId !== state.id) {
    throw new AftersalesError("invalid_context", `Context case ${caseId} does not match state ${state.id}`);
  }
  const id = state?.id ?? caseId;
  if (id === undefined) throw new AftersalesError("invalid_context", "Opening a case needs context.caseId");
  return {
    now: new Date(now).toISOString(),
    actor: actor.id === undefined ? { type: actor.type } : { type: actor.type, id: actor.id },
    caseId: id,
  };
}

/**
 * Decides a command over the current state (`undefined` for a case not opened yet): the events to
 * append, or a rejection with a machine code. Pure. Throws {@link AftersalesError}
 * `invalid_context` only for a malformed context (a bug in the caller): `now` not an instant,
 * missing `caseId` when opening, or a `caseId` that is not the state's.
 */
export function decide(
  state: CaseState | undefined,
  command: CaseCommandInput,
  context: DecideContext,
): Decision {
  const ctx = normaliseContext(state, context);
  const type = CaseCommandTypeSchema.safeParse((command as { type?: unknown } | null)?.type);
  if (!type.success) {
    return {
      ok: false,
      rejection: {
        code: "validation_failed",
        message: "Unknown command type",
        issues: [{ path: "type", message: "unknown command type", code: "invalid_value" }],
      },
    };
  }
  const rejection = gate(state, type.data, ctx.actor);
  if (rejection !== undefined) return { ok: false, rejection };
  const handler: AnyHandler = CommandHandlers[type.data];
  const input = handler.schema.safeParse(command);
  if (!input.success) {
    const issues = toIssues(input.error);
    const list = issues.map((i) => `${i.path || "(root)"}: ${i.message}`).join("; ");
    return {
      ok: false,
      rejection: { code: "validation_failed", message: `Invalid ${type.data}: ${list}`, issues },
    };
  }
  const run = handler.decide as (s: CaseState | undefined, c: unknown, x: CommandContext) => HandlerResult;
  const result = run(state, input.data, ctx);
  if (!result.ok) return result;
  const firstSeq = (state?.lastEventSeq ?? 0) + 1;
  const events = result.drafts.map(
    (d, index) =>
      ({
        caseId: ctx.caseId,
        seq: firstSeq + index,
        type: d.type,
        at: ctx.now,
        actor: ctx.actor,
        visibility: EventVisibility[d.type],
        data: d.data,
      }) as CaseEvent,
  );
  return { ok: true, events };
}

/**
 * The commands `actor` may issue now, in table order, for UIs (the API's `allowedActions`). Given
 * only an actor type, the assignee rule is not applied; given an actor with an id, it is. Input
 * checks (is this option offered, is this line requested) still happen in `decide`.
 */
export function allowedCommands(
  state: CaseState | undefined,
  actor: ActorType | CaseActor,
): CaseCommandType[] {
  const who: CaseActor = typeof actor === "string" ? { type: actor } : actor;
  const idKnown = typeof actor !== "string";
  return CaseCommandTypeSchema.options.filter((type) => {
    const rejection = gate(state, type, who);
    return rejection === undefined || (!idKnown && rejection.code === "not_assignee");
  });
}
