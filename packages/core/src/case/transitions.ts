import type { CaseCommandType } from "./command.js";
import type { CaseStatus } from "./state.js";

/** Commands that work in every open status: housekeeping, messages, SLA flags, ending the case. */
const whileOpen = [
  "assign",
  "change_priority",
  "change_category",
  "post_message",
  "add_note",
  "mark_sla_at_risk",
  "mark_sla_breached",
  "decline",
  "cancel",
] as const satisfies readonly CaseCommandType[];

/**
 * Which commands each status accepts (DESIGN §2). Who may issue them is decided per command
 * (`actors`, the assignee rule, preconditions such as "customers cannot cancel once in progress").
 */
export const AllowedCommands: Readonly<Record<CaseStatus, readonly CaseCommandType[]>> = {
  submitted: [
    "acknowledge",
    "start_investigation",
    "request_information",
    "propose_options",
    "approve_return",
    "decline_return",
    "resolve",
    ...whileOpen,
  ],
  acknowledged: [
    "start_investigation",
    "request_information",
    "propose_options",
    "approve_return",
    "decline_return",
    "resolve",
    ...whileOpen,
  ],
  investigating: [
    "request_information",
    "propose_options",
    "approve_return",
    "decline_return",
    "record_refund",
    "record_store_credit",
    "record_coupon",
    "resolve",
    ...whileOpen,
  ],
  awaiting_customer: ["start_investigation", "propose_options", "resolve", ...whileOpen],
  proposed: ["choose_option", "propose_options", "start_investigation", ...whileOpen],
  in_progress: [
    "approve_return",
    "decline_return",
    "record_shipment",
    "record_receipt",
    "record_inspection",
    "record_refund",
    "record_store_credit",
    "record_coupon",
    "record_exchange_shipment",
    "record_repair",
    "resolve",
    ...whileOpen,
  ],
  reopened: ["start_investigation", "request_information", "propose_options", "resolve", ...whileOpen],
  resolved: [
    "close",
    "reopen",
    "rate",
    "post_message",
    "add_note",
    "assign",
    "change_category",
    "record_follow_up",
    "mark_sla_at_risk",
    "mark_sla_breached",
  ],
  closed: [
    "reopen",
    "rate",
    "add_note",
    "change_category",
    "record_follow_up",
    "mark_sla_at_risk",
    "mark_sla_breached",
  ],
  declined: ["add_note", "change_category"],
  cancelled: ["add_note", "change_category"],
};

/** Whether `status` accepts `command` (ignoring who asks). */
export function isAllowedInStatus(status: CaseStatus, command: CaseCommandType): boolean {
  return AllowedCommands[status].includes(command);
}
