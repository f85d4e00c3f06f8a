import { z } from "zod";
import { MoneySchema } from "../money/money.js";
import { InstantSchema } from "../order/snapshot.js";
import {
  CaseActorSchema,
  CaseCouponSchema,
  CaseCustomerSchema,
  CaseKindSchema,
  CaseLineQuantitySchema,
  CaseLineSchema,
  CaseOrderRefSchema,
  CaseRatingSchema,
  CaseRefundSchema,
  CaseShipmentSchema,
  ChannelSchema,
  DeclineReasonSchema,
  InspectionOutcomeSchema,
  PrioritySchema,
  ResolutionOptionSchema,
  SlaTargetSchema,
  type Visibility,
  VisibilitySchema,
} from "./state.js";

// The value objects shared by events and state live in state.ts (events.ts imports state.ts, never
// the reverse); they are re-exported here so either path works.
export {
  type CaseActor,
  CaseActorSchema,
  type CaseCustomer,
  CaseCustomerSchema,
  type CaseLine,
  type CaseLineQuantity,
  CaseLineQuantitySchema,
  CaseLineSchema,
  type CaseOrderRef,
  CaseOrderRefSchema,
  InspectionOutcome,
  InspectionOutcomeSchema,
  RefundMethod,
  RefundMethodSchema,
  type ResolutionOption,
  ResolutionOptionKind,
  ResolutionOptionKindSchema,
  ResolutionOptionSchema,
  SlaTarget,
  SlaTargetSchema,
} from "./state.js";

/** Every kind of fact recorded about a case (snake_case, past tense). */
export const CaseEventType = {
  case_opened: "case_opened",
  acknowledged: "acknowledged",
  investigation_started: "investigation_started",
  assigned: "assigned",
  priority_changed: "priority_changed",
  category_changed: "category_changed",
  message_posted: "message_posted",
  note_added: "note_added",
  information_requested: "information_requested",
  options_proposed: "options_proposed",
  option_chosen: "option_chosen",
  return_approved: "return_approved",
  return_declined: "return_declined",
  declined: "declined",
  shipment_recorded: "shipment_recorded",
  item_received: "item_received",
  item_inspected: "item_inspected",
  refund_issued: "refund_issued",
  store_credit_issued: "store_credit_issued",
  coupon_issued: "coupon_issued",
  exchange_shipped: "exchange_shipped",
  repair_completed: "repair_completed",
  resolved: "resolved",
  closed: "closed",
  reopened: "reopened",
  cancelled: "cancelled",
  rated: "rated",
  sla_at_risk: "sla_at_risk",
  sla_breached: "sla_breached",
  follow_up_sent: "follow_up_sent",
} as const;
/** Zod enum of {@link CaseEventType}. */
export const CaseEventTypeSchema = z.enum(CaseEventType);
/** Every kind of fact recorded about a case. */
export type CaseEventType = z.infer<typeof CaseEventTypeSchema>;

const SlaDataSchema = z.object({ target: SlaTargetSchema, dueAt: InstantSchema });

const empty = z.object({});

/** The payload schema of every event type. */
export const CaseEventDataSchemas = {
  case_opened: z.object({
    kind: CaseKindSchema,
    channel: ChannelSchema,
    priority: PrioritySchema,
    /** Complaint taxonomy category id. */
    category: z.string().min(1).optional(),
    order: CaseOrderRefSchema.optional(),
    customer: CaseCustomerSchema,
    subject: z.string().optional(),
    description: z.string(),
    lines: z.array(CaseLineSchema).optional(),
    /** Attachment ids. */
    evidence: z.array(z.string().min(1)).optional(),
    /** True when any requested line is perishable (the SLA engine shortens return processing). */
    perishable: z.boolean().optional(),
    /** The eligibility decision snapshot at opening; opaque to the case. */
    decision: z.unknown().optional(),
    tags: z.array(z.string()).optional(),
  }),
  acknowledged: empty,
  investigation_started: empty,
  assigned: z.object({ assigneeId: z.string().min(1).nullable() }),
  priority_changed: z.object({ priority: PrioritySchema }),
  category_changed: z.object({ category: z.string().min(1) }),
  message_posted: z.object({
    body: z.string().min(1),
    attachments: z.array(z.string().min(1)).optional(),
  }),
  note_added: z.object({ body: z.string().min(1) }),
  information_requested: z.object({ body: z.string().min(1) }),
  options_proposed: z.object({ options: z.array(ResolutionOptionSchema).min(1) }),
  option_chosen: z.object({ optionId: z.string().min(1) }),
  return_approved: z.object({
    lines: z.array(CaseLineQuantitySchema).optional(),
    returnless: z.boolean(),
    instructions: z.string().optional(),
  }),
  return_declined: DeclineReasonSchema,
  declined: DeclineReasonSchema,
  shipment_recorded: CaseShipmentSchema,
  item_received: z.object({ lines: z.array(CaseLineQuantitySchema).optional() }),
  item_inspected: z.object({ outcome: InspectionOutcomeSchema, note: z.string().optional() }),
  refund_issued: CaseRefundSchema,
  store_credit_issued: z.object({ amount: MoneySchema }),
  coupon_issued: CaseCouponSchema,
  exchange_shipped: CaseShipmentSchema.extend({ lines: z.array(CaseLineQuantitySchema).optional() }),
  repair_completed: z.object({ note: z.string().optional() }),
  resolved: z.object({
    /** Machine code of how the case was settled (`refunded`, `answered`, `apologised` …). */
    resolution: z.string().min(1),
    summary: z.string().optional(),
  }),
  closed: empty,
  reopened: z.object({ reason: z.string().optional() }),
  cancelled: z.object({ reason: z.string().optional() }),
  rated: CaseRatingSchema,
  sla_at_risk: SlaDataSchema,
  sla_breached: SlaDataSchema,
  follow_up_sent: empty,
} as const satisfies Record<CaseEventType, z.ZodType>;

/**
 * Who sees each event type. Fixed per type so the shopper's timeline, the SLA engine ("a staff
 * message the customer sees is a response") and analytics agree without looking at payloads.
 */
export const EventVisibility = {
  case_opened: "customer",
  acknowledged: "customer",
  investigation_started: "customer",
  assigned: "internal",
  priority_changed: "internal",
  category_changed: "internal",
  message_posted: "customer",
  note_added: "internal",
  information_requested: "customer",
  options_proposed: "customer",
  option_chosen: "customer",
  return_approved: "customer",
  return_declined: "customer",
  declined: "customer",
  shipment_recorded: "customer",
  item_received: "customer",
  item_inspected: "customer",
  refund_issued: "customer",
  store_credit_issued: "customer",
  coupon_issued: "customer",
  exchange_shipped: "customer",
  repair_completed: "customer",
  resolved: "customer",
  closed: "customer",
  reopened: "customer",
  cancelled: "customer",
  rated: "customer",
  sla_at_risk: "internal",
  sla_breached: "internal",
  follow_up_sent: "customer",
} as const satisfies Record<CaseEventType, Visibility>;

const envelope = {
  caseId: z.string().min(1),
  /** Per-case sequence number: 1 for `case_opened`, then +1 for each event, no gaps. */
  seq: z.number().int().positive(),
  at: InstantSchema,
  actor: CaseActorSchema,
};

function variant<T extends CaseEventType>(type: T) {
  return z.object({
    ...envelope,
    type: z.literal(type),
    visibility: z.literal(EventVisibility[type]),
    data: CaseEventDataSchemas[type],
  });
}

/**
 * One recorded fact about a case: the envelope (case id, per-case `seq`, `at`, actor, visibility)
 * and a per-type `data` payload. A zod discriminated union on `type`; this is the row format of the
 * append-only `case_events` table.
 */
export const CaseEventSchema = z.discriminatedUnion("type", [
  variant("case_opened"),
  variant("acknowledged"),
  variant("investigation_started"),
  variant("assigned"),
  variant("priority_changed"),
  variant("category_changed"),
  variant("message_posted"),
  variant("note_added"),
  variant("information_requested"),
  variant("options_proposed"),
  variant("option_chosen"),
  variant("return_approved"),
  variant("return_declined"),
  variant("declined"),
  variant("shipment_recorded"),
  variant("item_received"),
  variant("item_inspected"),
  variant("refund_issued"),
  variant("store_credit_issued"),
  variant("coupon_issued"),
  variant("exchange_shipped"),
  variant("repair_completed"),
  variant("resolved"),
  variant("closed"),
  variant("reopened"),
  variant("cancelled"),
  variant("rated"),
  variant("sla_at_risk"),
  variant("sla_breached"),
  variant("follow_up_sent"),
]);
/** One recorded fact about a case. */
export type CaseEvent = z.infer<typeof CaseEventSchema>;

/** The event of one type, e.g. `CaseEventOf<"refund_issued">`. */
export type CaseEventOf<T extends CaseEventType> = Extract<CaseEvent, { type: T }>;

/** The payload of one event type, e.g. `CaseEventData<"rated">` is `{ score, comment? }`. */
export type CaseEventData<T extends CaseEventType> = CaseEventOf<T>["data"];

/** Schema of the envelope alone (for storage layers that keep `data` as opaque JSON). */
export const CaseEventEnvelopeSchema = z.object({
  ...envelope,
  type: CaseEventTypeSchema,
  visibility: VisibilitySchema,
  data: z.unknown(),
});
/** The envelope of an event with its payload not yet checked. */
export type CaseEventEnvelope = z.infer<typeof CaseEventEnvelopeSchema>;
