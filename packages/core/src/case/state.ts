import { z } from "zod";

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
