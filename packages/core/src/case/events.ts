import { z } from "zod";
import { MoneySchema } from "../money/money.js";
import { CountrySchema, InstantSchema } from "../order/snapshot.js";
import {
  ActorTypeSchema,
  CaseKindSchema,
  ChannelSchema,
  PrioritySchema,
  type Visibility,
  VisibilitySchema,
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

/** What the store can offer to settle a case. */
export const ResolutionOptionKind = {
  refund: "refund",
  store_credit: "store_credit",
  exchange: "exchange",
  repair: "repair",
  replacement: "replacement",
  reship: "reship",
  coupon: "coupon",
  partial_refund: "partial_refund",
  apology: "apology",
  points: "points",
  keep_item: "keep_item",
} as const;
/** Zod enum of {@link ResolutionOptionKind}. */
export const ResolutionOptionKindSchema = z.enum(ResolutionOptionKind);
/** What the store can offer to settle a case. */
export type ResolutionOptionKind = z.infer<typeof ResolutionOptionKindSchema>;

/** The service-level targets a case is measured against (the SLA engine computes them). */
export const SlaTarget = {
  first_response: "first_response",
  next_response: "next_response",
  resolution: "resolution",
  return_processing: "return_processing",
  follow_up: "follow_up",
} as const;
/** Zod enum of {@link SlaTarget}. */
export const SlaTargetSchema = z.enum(SlaTarget);
/** A service-level target. */
export type SlaTarget = z.infer<typeof SlaTargetSchema>;

/** How a refund reached the customer. */
export const RefundMethod = {
  original_payment: "original_payment",
  store_credit: "store_credit",
  manual: "manual",
} as const;
/** Zod enum of {@link RefundMethod}. */
export const RefundMethodSchema = z.enum(RefundMethod);
/** How a refund reached the customer. */
export type RefundMethod = z.infer<typeof RefundMethodSchema>;

/** What the warehouse found when it inspected returned goods. */
export const InspectionOutcome = {
  accepted: "accepted",
  rejected: "rejected",
  partial: "partial",
} as const;
/** Zod enum of {@link InspectionOutcome}. */
export const InspectionOutcomeSchema = z.enum(InspectionOutcome);
/** What the warehouse found when it inspected returned goods. */
export type InspectionOutcome = z.infer<typeof InspectionOutcomeSchema>;

/** Who caused an event: a type and, for staff and customers, their id. */
export const CaseActorSchema = z.object({
  type: ActorTypeSchema,
  id: z.string().min(1).optional(),
});
/** Who caused an event. */
export type CaseActor = z.infer<typeof CaseActorSchema>;

/** One requested order line of a return, exchange or complaint. */
export const CaseLineSchema = z.object({
  lineId: z.string().min(1),
  quantity: z.number().int().positive(),
  /** Reason code from the store's return reasons (`size`, `defective` …). */
  reason: z.string().min(1),
  /** Requested resolution code (`refund`, `store_credit`, `exchange`, `repair`, `keep_item` …). */
  resolution: z.string().min(1),
  note: z.string().optional(),
});
/** One requested order line of a case. */
export type CaseLine = z.infer<typeof CaseLineSchema>;

/** A quantity of one order line (approved, received). */
export const CaseLineQuantitySchema = z.object({
  lineId: z.string().min(1),
  quantity: z.number().int().positive(),
});
/** A quantity of one order line. */
export type CaseLineQuantity = z.infer<typeof CaseLineQuantitySchema>;

/** The customer as recorded on the case (`id: null` for a guest). */
export const CaseCustomerSchema = z.object({
  id: z.string().min(1).nullable(),
  email: z.email(),
  name: z.string().optional(),
  country: CountrySchema.optional(),
});
/** The customer as recorded on the case. */
export type CaseCustomer = z.infer<typeof CaseCustomerSchema>;

/** The order a case is about: the platform id and the human order number. */
export const CaseOrderRefSchema = z.object({
  id: z.string().min(1),
  number: z.string().min(1),
});
/** The order a case is about. */
export type CaseOrderRef = z.infer<typeof CaseOrderRefSchema>;

/** One way to settle a case that staff offer and the customer may choose. */
export const ResolutionOptionSchema = z.object({
  id: z.string().min(1),
  kind: ResolutionOptionKindSchema,
  amount: MoneySchema.optional(),
  label: z.string().optional(),
});
/** One way to settle a case offered to the customer. */
export type ResolutionOption = z.infer<typeof ResolutionOptionSchema>;

/** Carrier details of a parcel. */
const ShipmentDataSchema = z.object({
  carrier: z.string().min(1).optional(),
  trackingNumber: z.string().min(1).optional(),
  trackingUrl: z.url().optional(),
});

const ReasonDataSchema = z.object({
  /** Machine code of the reason, e.g. `window_expired`, `not_eligible`, `duplicate`. */
  reasonCode: z.string().min(1),
  /** Human text shown to the customer. */
  message: z.string().optional(),
});

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
  return_declined: ReasonDataSchema,
  declined: ReasonDataSchema,
  shipment_recorded: ShipmentDataSchema,
  item_received: z.object({ lines: z.array(CaseLineQuantitySchema).optional() }),
  item_inspected: z.object({ outcome: InspectionOutcomeSchema, note: z.string().optional() }),
  refund_issued: z.object({
    amount: MoneySchema,
    method: RefundMethodSchema,
    platformRefundId: z.string().min(1).optional(),
  }),
  store_credit_issued: z.object({ amount: MoneySchema }),
  coupon_issued: z.object({
    code: z.string().min(1),
    amount: MoneySchema.optional(),
    percent: z.number().positive().max(100).optional(),
  }),
  exchange_shipped: ShipmentDataSchema.extend({ lines: z.array(CaseLineQuantitySchema).optional() }),
  repair_completed: z.object({ note: z.string().optional() }),
  resolved: z.object({
    /** Machine code of how the case was settled (`refunded`, `answered`, `apologised` …). */
    resolution: z.string().min(1),
    summary: z.string().optional(),
  }),
  closed: empty,
  reopened: z.object({ reason: z.string().optional() }),
  cancelled: z.object({ reason: z.string().optional() }),
  rated: z.object({ score: z.number().int().min(1).max(5), comment: z.string().optional() }),
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
