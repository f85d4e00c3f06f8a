/**
 * The event-sourced case (DESIGN §2): statuses, events, commands (one file each in `commands/`),
 * `decide` / `evolve` / `fold`, the status → command table, the shopper's timeline and the
 * lifecycle invariants. JSDoc sits on each declaration.
 *
 * Rules `decide` applies, in this order (the first that fails is the rejection):
 * 1. `type` must be a known command (`validation_failed` on `type`).
 * 2. The actor type must be one the command allows (`forbidden`): customers open, post messages,
 *    choose options, record their return shipment's tracking, cancel and rate; the system alone
 *    flags SLA targets; staff do the rest; system and platform record automation and platform facts.
 * 3. The case must exist (`case_not_opened`), except for `open_case` (`already_opened`).
 * 4. The status must accept the command ({@link AllowedCommands}, `invalid_transition`).
 * 5. A customer with an id acts only on a case whose customer id is theirs (`forbidden`; guests
 *    have no id and are scoped by the server's order token).
 * 6. Assignee rule (`not_assignee`): once a case is assigned, staff commands that commit the store
 *    towards the customer — start investigation, post message, request information, propose
 *    options, record the customer's choice, approve / decline, resolve, reopen, cancel — are only
 *    for the assignee; a colleague reassigns first (one auditable event). Notes, (re)assignment,
 *    priority and category, logistics and money records are for any staff member (warehouse,
 *    finance); system and platform actors and customers are never bound. A staff actor without
 *    an id cannot be the assignee.
 * 7. The command's own state preconditions (customers cannot cancel once in progress, one rating
 *    per resolution, item progress for logistics, one approval per case, no return on inquiries).
 * 8. The input schema (`validation_failed`, one issue per bad path), then input checks against the
 *    state (`option_not_offered`, `line_not_requested`, `quantity_exceeds_request`, `no_change`).
 */
export {
  CaseCommandType,
  CaseCommandTypeSchema,
  type DecideContext,
  DecideContextSchema,
  type Decision,
  type Rejection,
  RejectionCode,
  RejectionCodeSchema,
} from "./command.js";
export { type AcknowledgeCommand, AcknowledgeCommandSchema } from "./commands/acknowledge.js";
export { type AddNoteCommand, AddNoteCommandSchema } from "./commands/add-note.js";
export { type ApproveReturnCommand, ApproveReturnCommandSchema } from "./commands/approve-return.js";
export { type AssignCommand, AssignCommandSchema } from "./commands/assign.js";
export { type CancelCommand, CancelCommandSchema } from "./commands/cancel.js";
export { type ChangeCategoryCommand, ChangeCategoryCommandSchema } from "./commands/change-category.js";
export { type ChangePriorityCommand, ChangePriorityCommandSchema } from "./commands/change-priority.js";
export { type ChooseOptionCommand, ChooseOptionCommandSchema } from "./commands/choose-option.js";
export { type CloseCommand, CloseCommandSchema } from "./commands/close.js";
export { type DeclineCommand, DeclineCommandSchema } from "./commands/decline.js";
export { type DeclineReturnCommand, DeclineReturnCommandSchema } from "./commands/decline-return.js";
export { type MarkSlaAtRiskCommand, MarkSlaAtRiskCommandSchema } from "./commands/mark-sla-at-risk.js";
export { type MarkSlaBreachedCommand, MarkSlaBreachedCommandSchema } from "./commands/mark-sla-breached.js";
export { type OpenCaseCommand, OpenCaseCommandSchema } from "./commands/open-case.js";
export { type PostMessageCommand, PostMessageCommandSchema } from "./commands/post-message.js";
export { type ProposeOptionsCommand, ProposeOptionsCommandSchema } from "./commands/propose-options.js";
export { type RateCommand, RateCommandSchema } from "./commands/rate.js";
export { type RecordCouponCommand, RecordCouponCommandSchema } from "./commands/record-coupon.js";
export {
  type RecordExchangeShipmentCommand,
  RecordExchangeShipmentCommandSchema,
} from "./commands/record-exchange-shipment.js";
export { type RecordFollowUpCommand, RecordFollowUpCommandSchema } from "./commands/record-follow-up.js";
export { type RecordInspectionCommand, RecordInspectionCommandSchema } from "./commands/record-inspection.js";
export { type RecordReceiptCommand, RecordReceiptCommandSchema } from "./commands/record-receipt.js";
export { type RecordRefundCommand, RecordRefundCommandSchema } from "./commands/record-refund.js";
export { type RecordRepairCommand, RecordRepairCommandSchema } from "./commands/record-repair.js";
export { type RecordShipmentCommand, RecordShipmentCommandSchema } from "./commands/record-shipment.js";
export {
  type RecordStoreCreditCommand,
  RecordStoreCreditCommandSchema,
} from "./commands/record-store-credit.js";
export { type ReopenCommand, ReopenCommandSchema } from "./commands/reopen.js";
export {
  type RequestInformationCommand,
  RequestInformationCommandSchema,
} from "./commands/request-information.js";
export { type ResolveCommand, ResolveCommandSchema } from "./commands/resolve.js";
export {
  type StartInvestigationCommand,
  StartInvestigationCommandSchema,
} from "./commands/start-investigation.js";
export {
  allowedCommands,
  type CaseCommand,
  type CaseCommandInput,
  CaseCommandSchema,
  decide,
} from "./decide.js";
export {
  type CaseEvent,
  type CaseEventData,
  CaseEventDataSchemas,
  type CaseEventEnvelope,
  CaseEventEnvelopeSchema,
  type CaseEventOf,
  CaseEventSchema,
  CaseEventType,
  CaseEventTypeSchema,
  EventVisibility,
} from "./events.js";
export { evolve, fold } from "./evolve.js";
export { isValidState, stateViolations } from "./invariants.js";
export {
  ActorType,
  ActorTypeSchema,
  type CaseActor,
  CaseActorSchema,
  type CaseCoupon,
  CaseCouponSchema,
  type CaseCustomer,
  CaseCustomerSchema,
  CaseKind,
  CaseKindSchema,
  type CaseLine,
  type CaseLineQuantity,
  CaseLineQuantitySchema,
  CaseLineSchema,
  type CaseOrderRef,
  CaseOrderRefSchema,
  type CaseRating,
  CaseRatingSchema,
  type CaseRefund,
  CaseRefundSchema,
  type CaseShipment,
  CaseShipmentSchema,
  type CaseState,
  CaseStateSchema,
  CaseStatus,
  CaseStatusSchema,
  Channel,
  ChannelSchema,
  type DeclineReason,
  DeclineReasonSchema,
  InspectionOutcome,
  InspectionOutcomeSchema,
  ItemProgress,
  ItemProgressSchema,
  isOpenCaseStatus,
  OpenCaseStatuses,
  Priority,
  PrioritySchema,
  RefundMethod,
  RefundMethodSchema,
  type ResolutionOption,
  ResolutionOptionKind,
  ResolutionOptionKindSchema,
  ResolutionOptionSchema,
  SlaTarget,
  SlaTargetSchema,
  Visibility,
  VisibilitySchema,
} from "./state.js";
export { visibleTimeline } from "./timeline.js";
export { AllowedCommands, isAllowedInStatus } from "./transitions.js";
