import { z } from "zod";
import { MoneySchema } from "../money/money.js";
import { InstantSchema } from "../order/snapshot.js";
import { EvidenceKindSchema, ReturnReasonSchema, ReturnResolutionSchema } from "./policy.js";

/** The outcome for one requested line. */
export const EligibilityStatus = {
  /** Every rule is met and the auto-approval conditions hold: approve without a person. */
  auto_approve: "auto_approve",
  /** Allowed, but a person decides (missing evidence, history, value, reason). */
  needs_review: "needs_review",
  /** Not allowed under the policy and the law. */
  ineligible: "ineligible",
} as const;
/** Zod enum of {@link EligibilityStatus}. */
export const EligibilityStatusSchema = z.enum(EligibilityStatus);
/** The outcome for one requested line. */
export type EligibilityStatus = z.infer<typeof EligibilityStatusSchema>;

/** A region with a statutory minimum right of return: EU, EEA (IS, LI, NO), UK, mainland China. */
export const LegalRegion = { EU: "EU", EEA: "EEA", UK: "UK", CN: "CN" } as const;
/** Zod enum of {@link LegalRegion}. */
export const LegalRegionSchema = z.enum(LegalRegion);
/** A region with a statutory minimum right of return. */
export type LegalRegion = z.infer<typeof LegalRegionSchema>;

/** Why a line is excluded from returns: a product flag or a merchant override. */
export const ExclusionCode = {
  final_sale: "final_sale",
  gift_card: "gift_card",
  customized: "customized",
  digital: "digital",
  hygiene: "hygiene",
  periodical: "periodical",
  excluded_by_policy: "excluded_by_policy",
} as const;
/** Zod enum of {@link ExclusionCode}. */
export const ExclusionCodeSchema = z.enum(ExclusionCode);
/** Why a line is excluded from returns. */
export type ExclusionCode = z.infer<typeof ExclusionCodeSchema>;

/** Goods the law itself leaves out of a statutory right of return (see legal-floors.ts). */
export const StatutoryExclusion = {
  customized: "customized",
  perishable: "perishable",
  hygiene: "hygiene",
  periodical: "periodical",
  digital_opened: "digital_opened",
} as const;
/** Zod enum of {@link StatutoryExclusion}. */
export const StatutoryExclusionSchema = z.enum(StatutoryExclusion);
/** Goods the law leaves out of a statutory right of return. */
export type StatutoryExclusion = z.infer<typeof StatutoryExclusionSchema>;

/** What part of a stricter merchant policy a legal floor set aside. */
export const FloorOverride = {
  window: "window",
  ...ExclusionCode,
  reason: "reason",
  resolutions: "resolutions",
  restocking_fee: "restocking_fee",
} as const;
/** Zod enum of {@link FloorOverride}. */
export const FloorOverrideSchema = z.enum(FloorOverride);
/** What part of a stricter merchant policy a legal floor set aside. */
export type FloorOverride = z.infer<typeof FloorOverrideSchema>;

/** A fee of a return. */
export const FeeKind = { restocking: "restocking", return_shipping: "return_shipping" } as const;
/** Zod enum of {@link FeeKind}. */
export const FeeKindSchema = z.enum(FeeKind);
/** A fee of a return. */
export type FeeKind = z.infer<typeof FeeKindSchema>;

/** Why a fee is not charged. */
export const FeeWaiver = {
  merchant_fault: "merchant_fault",
  legal_floor: "legal_floor",
  returnless: "returnless",
} as const;
/** Zod enum of {@link FeeWaiver}. */
export const FeeWaiverSchema = z.enum(FeeWaiver);
/** Why a fee is not charged. */
export type FeeWaiver = z.infer<typeof FeeWaiverSchema>;

const none = z.object({});

/**
 * The parameters of every eligibility reason code. The reason codes are the keys; the human text
 * for each comes from `explainReason` (en, zh-Hans, zh-Hant).
 */
export const EligibilityReasonParamsSchemas = {
  /** The line is not in the order. */
  unknown_line: z.object({ lineId: z.string() }),
  /** Asked after the deadline (which includes any legal floor). */
  window_expired: z.object({ deadline: InstantSchema }),
  final_sale: none,
  gift_card: none,
  customized: none,
  digital: none,
  hygiene: none,
  periodical: none,
  /** Excluded by the merchant's override number `override` (0-based), with its label if any. */
  excluded_by_policy: z.object({ override: z.number().int(), label: z.string().optional() }),
  /** An excluded item with a merchant-fault reason: not a return, but a claim a person checks. */
  excluded_item_fault_claim: z.object({ exclusion: ExclusionCodeSchema, reason: ReturnReasonSchema }),
  /** Informational: the line is perishable and follows the perishable rules. */
  perishable_rules: z.object({ windowHours: z.number().int() }),
  /** Perishables accept only quality, damage and fulfilment reasons. */
  perishable_reason_not_accepted: z.object({
    reason: ReturnReasonSchema,
    accepted: z.array(ReturnReasonSchema),
  }),
  /** The policy does not offer this reason. */
  reason_not_accepted: z.object({ reason: ReturnReasonSchema }),
  /** The reason needs evidence the request does not carry yet. */
  evidence_required: z.object({ kind: EvidenceKindSchema }),
  /** Every unit of the line is already refunded or in a return. */
  nothing_refundable: z.object({ requested: z.number().int() }),
  /** More units asked than can still be returned; the decision covers `refundable` units. */
  quantity_exceeds_refundable: z.object({ requested: z.number().int(), refundable: z.number().int() }),
  /** The requested resolution is not offered for this line; `offered` lists what is. */
  resolution_not_offered: z.object({
    requested: ReturnResolutionSchema,
    offered: z.array(ReturnResolutionSchema),
  }),
  /** No resolution the policy knows fits this line and reason (e.g. an override offers repair only, for a change of mind). */
  no_resolution_available: none,
  /** A statutory minimum set aside a stricter merchant rule (`overrides` says which). */
  legal_floor_applied: z.object({
    region: LegalRegionSchema,
    days: z.number().int(),
    deadline: InstantSchema,
    overrides: z.array(FloorOverrideSchema),
  }),
  /** Informational: the region has a statutory right, but the law excludes this kind of goods. */
  legal_floor_excluded: z.object({ region: LegalRegionSchema, exclusion: StatutoryExclusionSchema }),
  /** A fee the policy charges is not charged for this line. */
  fee_waived: z.object({ fee: FeeKindSchema, cause: FeeWaiverSchema }),
  /** The customer reached the abuse limit: `returns` within `periodDays` (limit `maxReturns`). */
  abuse_limit_reached: z.object({
    returns: z.number().int(),
    maxReturns: z.number().int(),
    periodDays: z.number().int(),
  }),
  /** The policy approves nothing automatically. */
  auto_approve_disabled: none,
  /** The order is worth more than auto-approval allows (`limit` null: no limit for this currency). */
  order_value_above_auto_approve: z.object({ orderTotal: MoneySchema, limit: MoneySchema.nullable() }),
  /** This reason is always read by a person. */
  reason_requires_review: z.object({ reason: ReturnReasonSchema }),
  /** The customer returned more recently than auto-approval allows. */
  recent_returns_above_auto_approve: z.object({ count: z.number().int(), limit: z.number().int() }),
  /** Auto-approval needs the customer's recent returns, which the caller did not give. */
  customer_history_unknown: none,
} as const;

/** Every machine reason an eligibility decision can give. */
export type EligibilityReasonCode = keyof typeof EligibilityReasonParamsSchemas;
/** Every machine reason code, as data. */
export const EligibilityReasonCode = Object.freeze(
  Object.fromEntries(Object.keys(EligibilityReasonParamsSchemas).map((k) => [k, k])),
) as { readonly [K in EligibilityReasonCode]: K };
/** Zod enum of {@link EligibilityReasonCode}. */
export const EligibilityReasonCodeSchema = z.enum(EligibilityReasonCode);

/** The parameters of reason code `K`. */
export type EligibilityReasonParams<K extends EligibilityReasonCode = EligibilityReasonCode> = z.infer<
  (typeof EligibilityReasonParamsSchemas)[K]
>;

/** One machine reason: a code and its typed parameters. */
export type EligibilityReason = {
  [K in EligibilityReasonCode]: { readonly code: K; readonly params: EligibilityReasonParams<K> };
}[EligibilityReasonCode];

/** Zod schema of {@link EligibilityReason} (a union discriminated by `code`), for stored decisions and APIs. */
export const EligibilityReasonSchema = z.discriminatedUnion(
  "code",
  Object.entries(EligibilityReasonParamsSchemas).map(([code, params]) =>
    z.object({ code: z.literal(code), params }),
  ) as unknown as [z.ZodObject, ...z.ZodObject[]],
) as unknown as z.ZodType<EligibilityReason>;

/** What a reason does to the line's status: makes it ineligible, sends it to review, or only explains. */
export const ReasonEffect = { ineligible: "ineligible", review: "review", info: "info" } as const;
/** What a reason does to the line's status. */
export type ReasonEffect = (typeof ReasonEffect)[keyof typeof ReasonEffect];

/** The effect of each reason code; the line's status is the strongest effect among its reasons. */
export const reasonEffects: Readonly<Record<EligibilityReasonCode, ReasonEffect>> = Object.freeze({
  unknown_line: "ineligible",
  window_expired: "ineligible",
  final_sale: "ineligible",
  gift_card: "ineligible",
  customized: "ineligible",
  digital: "ineligible",
  hygiene: "ineligible",
  periodical: "ineligible",
  excluded_by_policy: "ineligible",
  excluded_item_fault_claim: "review",
  perishable_rules: "info",
  perishable_reason_not_accepted: "ineligible",
  reason_not_accepted: "ineligible",
  evidence_required: "review",
  nothing_refundable: "ineligible",
  quantity_exceeds_refundable: "info",
  resolution_not_offered: "ineligible",
  no_resolution_available: "ineligible",
  legal_floor_applied: "info",
  legal_floor_excluded: "info",
  fee_waived: "info",
  abuse_limit_reached: "review",
  auto_approve_disabled: "review",
  order_value_above_auto_approve: "review",
  reason_requires_review: "review",
  recent_returns_above_auto_approve: "review",
  customer_history_unknown: "review",
});

/** Builds a reason with typed parameters: `reason("window_expired", { deadline })`. */
export function reason<K extends EligibilityReasonCode>(
  code: K,
  params: EligibilityReasonParams<K>,
): Extract<EligibilityReason, { code: K }> {
  return { code, params } as Extract<EligibilityReason, { code: K }>;
}
