import { z } from "zod";
import { MoneySchema } from "../money/money.js";
import { CountrySchema, InstantSchema } from "../order/snapshot.js";

/**
 * Where a case stands (DESIGN §2). `submitted → acknowledged → investigating ⇄ awaiting_customer →
 * proposed → in_progress → resolved → closed`; any open status → `declined | cancelled`;
 * `resolved | closed → reopened → investigating`.
 */
export const CaseStatus = {
  submitted: "submitted",
  acknowledged: "acknowledged",
  investigating: "investigating",
  awaiting_customer: "awaiting_customer",
  proposed: "proposed",
  in_progress: "in_progress",
  resolved: "resolved",
  closed: "closed",
  declined: "declined",
  cancelled: "cancelled",
  reopened: "reopened",
} as const;
/** Zod enum of {@link CaseStatus}. */
export const CaseStatusSchema = z.enum(CaseStatus);
/** Where a case stands. */
export type CaseStatus = z.infer<typeof CaseStatusSchema>;

/** What the customer asks for. */
export const CaseKind = {
  return: "return",
  exchange: "exchange",
  complaint: "complaint",
  inquiry: "inquiry",
} as const;
/** Zod enum of {@link CaseKind}. */
export const CaseKindSchema = z.enum(CaseKind);
/** What the customer asks for. */
export type CaseKind = z.infer<typeof CaseKindSchema>;

/** How urgent a case is; SLA policies pick targets by it. */
export const Priority = {
  low: "low",
  normal: "normal",
  high: "high",
  urgent: "urgent",
} as const;
/** Zod enum of {@link Priority}. */
export const PrioritySchema = z.enum(Priority);
/** How urgent a case is. */
export type Priority = z.infer<typeof PrioritySchema>;

/** Where the case came in from; SLA policies may pick targets by it. */
export const Channel = {
  web: "web",
  email: "email",
  chat: "chat",
  phone: "phone",
  platform: "platform",
} as const;
/** Zod enum of {@link Channel}. */
export const ChannelSchema = z.enum(Channel);
/** Where the case came in from. */
export type Channel = z.infer<typeof ChannelSchema>;

/** Who caused an event: the shopper, a staff member, our own jobs, or the commerce platform. */
export const ActorType = {
  customer: "customer",
  staff: "staff",
  system: "system",
  platform: "platform",
} as const;
/** Zod enum of {@link ActorType}. */
export const ActorTypeSchema = z.enum(ActorType);
/** Who caused an event. */
export type ActorType = z.infer<typeof ActorTypeSchema>;

/** Whether the shopper sees an event in their timeline (`customer`) or only staff do (`internal`). */
export const Visibility = {
  customer: "customer",
  internal: "internal",
} as const;
/** Zod enum of {@link Visibility}. */
export const VisibilitySchema = z.enum(Visibility);
/** Whether the shopper sees an event. */
export type Visibility = z.infer<typeof VisibilitySchema>;

/**
 * Where the goods of an approved return stand inside `in_progress` (DESIGN §2):
 * `awaiting_shipment → in_transit → received → inspected → refunded | exchanged | repaired`, or
 * `returnless` when the customer keeps the item (a returnless refund then moves it to `refunded`).
 */
export const ItemProgress = {
  awaiting_shipment: "awaiting_shipment",
  in_transit: "in_transit",
  received: "received",
  inspected: "inspected",
  refunded: "refunded",
  exchanged: "exchanged",
  repaired: "repaired",
  returnless: "returnless",
} as const;
/** Zod enum of {@link ItemProgress}. */
export const ItemProgressSchema = z.enum(ItemProgress);
/** Where the goods of an approved return stand. */
export type ItemProgress = z.infer<typeof ItemProgressSchema>;

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

/** Why a case was declined: a machine code and the text shown to the customer. */
export const DeclineReasonSchema = z.object({
  reasonCode: z.string().min(1),
  message: z.string().optional(),
});
/** Why a case was declined. */
export type DeclineReason = z.infer<typeof DeclineReasonSchema>;

/** Carrier details of a parcel (the customer's return parcel or the store's exchange parcel). */
export const CaseShipmentSchema = z.object({
  carrier: z.string().min(1).optional(),
  trackingNumber: z.string().min(1).optional(),
  trackingUrl: z.url().optional(),
});
/** Carrier details of a parcel. */
export type CaseShipment = z.infer<typeof CaseShipmentSchema>;

/** A refund recorded on the case. */
export const CaseRefundSchema = z.object({
  amount: MoneySchema,
  method: RefundMethodSchema,
  platformRefundId: z.string().min(1).optional(),
});
/** A refund recorded on the case. */
export type CaseRefund = z.infer<typeof CaseRefundSchema>;

/** A coupon issued to the customer: a fixed amount, a percentage, or neither (e.g. free shipping). */
export const CaseCouponSchema = z.object({
  code: z.string().min(1),
  amount: MoneySchema.optional(),
  percent: z.number().positive().max(100).optional(),
});
/** A coupon issued to the customer. */
export type CaseCoupon = z.infer<typeof CaseCouponSchema>;

/** The customer's satisfaction rating of the resolution (CSAT), 1 to 5. */
export const CaseRatingSchema = z.object({
  score: z.number().int().min(1).max(5),
  comment: z.string().optional(),
});
/** The customer's satisfaction rating. */
export type CaseRating = z.infer<typeof CaseRatingSchema>;

const nullableInstant = InstantSchema.nullable();

/**
 * The current state of a case: the fold of its events (`fold(events)`), never stored as the truth.
 * The server keeps it as the `cases` projection for lists and search; UIs render it.
 */
export const CaseStateSchema = z.object({
  id: z.string().min(1),
  kind: CaseKindSchema,
  status: CaseStatusSchema,
  channel: ChannelSchema,
  priority: PrioritySchema,
  /** Complaint taxonomy category id, if known. */
  category: z.string().min(1).nullable(),
  /** The staff member who owns the case, or `null` while unassigned. */
  assigneeId: z.string().min(1).nullable(),
  order: CaseOrderRefSchema.nullable(),
  customer: CaseCustomerSchema,
  subject: z.string().nullable(),
  description: z.string(),
  /** Requested lines as opened. */
  lines: z.array(CaseLineSchema),
  /** Attachment ids given as evidence when opening. */
  evidence: z.array(z.string().min(1)),
  perishable: z.boolean(),
  tags: z.array(z.string()),
  /** The eligibility decision snapshot recorded at opening (opaque here). */
  decision: z.unknown(),
  openedAt: InstantSchema,
  acknowledgedAt: nullableInstant,
  /** Instant of the last event. */
  updatedAt: InstantSchema,
  /** Set while the case is resolved or closed; cleared by reopening. */
  resolvedAt: nullableInstant,
  closedAt: nullableInstant,
  declinedAt: nullableInstant,
  cancelledAt: nullableInstant,
  reopenedAt: nullableInstant,
  reopenCount: z.number().int().nonnegative(),
  /** Machine code of how the case was settled, while resolved or closed. */
  resolution: z.string().min(1).nullable(),
  resolutionSummary: z.string().nullable(),
  declineReason: DeclineReasonSchema.nullable(),
  cancelReason: z.string().nullable(),
  /** The options last offered to the customer. */
  proposedOptions: z.array(ResolutionOptionSchema),
  chosenOptionId: z.string().min(1).nullable(),
  /** Where the goods of an approved return stand; `null` until a return is approved. */
  itemProgress: ItemProgressSchema.nullable(),
  /** The customer keeps the goods (no shipment back). */
  returnless: z.boolean(),
  approvedLines: z.array(CaseLineQuantitySchema).nullable(),
  returnInstructions: z.string().nullable(),
  returnShipment: CaseShipmentSchema.nullable(),
  inspection: z.object({ outcome: InspectionOutcomeSchema, note: z.string().optional() }).nullable(),
  exchangeShipment: CaseShipmentSchema.nullable(),
  refunds: z.array(CaseRefundSchema),
  storeCredits: z.array(MoneySchema),
  coupons: z.array(CaseCouponSchema),
  rating: CaseRatingSchema.nullable(),
  lastCustomerMessageAt: nullableInstant,
  /** Last staff message visible to the customer (a "response" for SLA purposes). */
  lastStaffMessageAt: nullableInstant,
  followUpSentAt: nullableInstant,
  /** SLA targets flagged at risk / breached (each listed once). */
  slaAtRisk: z.array(SlaTargetSchema),
  slaBreached: z.array(SlaTargetSchema),
  /** `seq` of the last event folded in. */
  lastEventSeq: z.number().int().positive(),
  /** Number of events folded in; the expected version for the next optimistic append. */
  version: z.number().int().positive(),
});
/** The current state of a case, the fold of its events. */
export type CaseState = z.infer<typeof CaseStateSchema>;

/** Statuses in which the case is still being worked (it can be declined or cancelled). */
export const OpenCaseStatuses: readonly CaseStatus[] = [
  "submitted",
  "acknowledged",
  "investigating",
  "awaiting_customer",
  "proposed",
  "in_progress",
  "reopened",
];

/** Whether a status is open (not resolved, closed, declined or cancelled). */
export function isOpenCaseStatus(status: CaseStatus): boolean {
  return OpenCaseStatuses.includes(status);
}
