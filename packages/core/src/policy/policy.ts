import { z } from "zod";
import { CurrencySchema } from "../money/currency.js";
import { DEFAULT_RETURN_POLICY as D } from "./defaults.js";

/** Why the customer returns an item. Each policy says per code whether it is the merchant's fault and what evidence it needs. */
export const ReturnReason = {
  defective: "defective",
  damaged_in_transit: "damaged_in_transit",
  wrong_item: "wrong_item",
  not_as_described: "not_as_described",
  missing_part: "missing_part",
  late_delivery: "late_delivery",
  size: "size",
  changed_mind: "changed_mind",
  other: "other",
} as const;
/** Zod enum of {@link ReturnReason}. */
export const ReturnReasonSchema = z.enum(ReturnReason);
/** Why the customer returns an item. */
export type ReturnReason = z.infer<typeof ReturnReasonSchema>;

/**
 * How a return is settled. The values are the same strings as the case's `ResolutionOptionKind`:
 * `refund` to the original payment, `store_credit` (optionally with a bonus), `exchange` for
 * another variant of the same product, `repair`, `keep_item` (refund without sending the goods
 * back) and `reship` (send the item again; for damage, loss and fresh food).
 */
export const ReturnResolution = {
  refund: "refund",
  store_credit: "store_credit",
  exchange: "exchange",
  repair: "repair",
  keep_item: "keep_item",
  reship: "reship",
} as const;
/** Zod enum of {@link ReturnResolution}. */
export const ReturnResolutionSchema = z.enum(ReturnResolution);
/** How a return is settled. */
export type ReturnResolution = z.infer<typeof ReturnResolutionSchema>;

/** What the customer must provide with a reason: nothing, at least one photo, a photo or a video, or a written description. */
export const EvidenceKind = {
  none: "none",
  photo: "photo",
  photo_or_video: "photo_or_video",
  description: "description",
} as const;
/** Zod enum of {@link EvidenceKind}. */
export const EvidenceKindSchema = z.enum(EvidenceKind);
/** What the customer must provide with a reason. */
export type EvidenceKind = z.infer<typeof EvidenceKindSchema>;

/**
 * The instant a return window is counted from: `delivery`, `fulfilment` (plus the transit
 * allowance) or the `order` date. A policy names the preferred basis; when the order lacks that
 * instant the next one down the list is used, and the decision says which.
 */
export const WindowBasis = {
  delivery: "delivery",
  fulfilment: "fulfilment",
  order: "order",
} as const;
/** Zod enum of {@link WindowBasis}. */
export const WindowBasisSchema = z.enum(WindowBasis);
/** The instant a return window is counted from. */
export type WindowBasis = z.infer<typeof WindowBasisSchema>;

const DaysSchema = z.number().int("must be a whole number of days").min(0).max(3650);

/**
 * An amount per currency in integer minor units, `{ "EUR": 495, "JPY": 800 }`. Policies are
 * currency-neutral: an amount applies to orders in its currency only; an order in a currency the
 * map does not name gets no fee and meets no value threshold.
 */
export const AmountsByCurrencySchema = z.record(
  CurrencySchema,
  z.number().int("must be integer minor units").nonnegative().refine(Number.isSafeInteger, "too large"),
);
/** An amount per currency in integer minor units. */
export type AmountsByCurrency = z.infer<typeof AmountsByCurrencySchema>;

/** A percentage from 0 to 100 with at most four decimals (12.5, 7.25). */
export const PercentSchema = z
  .number()
  .min(0)
  .max(100)
  .refine((p) => Math.abs(p * 10_000 - Math.round(p * 10_000)) < 1e-6, "at most four decimals");

/** One reason's rule: is it the merchant's fault (fees waived) and what evidence must come with it. */
export const ReasonRuleSchema = z.strictObject({
  merchantFault: z.boolean(),
  evidence: EvidenceKindSchema.default("none"),
});
/** One reason's rule. */
export type ReasonRule = z.infer<typeof ReasonRuleSchema>;

const NamesSchema = z.array(z.string().trim().min(1)).max(1000);

/**
 * Which lines an override applies to. Within a field any listed value matches; every field that is
 * given must match (tags `["sale"]` + productTypes `["Shoes"]` = shoes tagged sale). Product types,
 * tags and collections compare case-insensitively; SKUs exactly.
 */
export const OverrideMatchSchema = z
  .strictObject({
    productTypes: NamesSchema.optional(),
    tags: NamesSchema.optional(),
    collections: NamesSchema.optional(),
    skus: NamesSchema.optional(),
  })
  .refine(
    (m) =>
      [m.productTypes, m.tags, m.collections, m.skus].some((list) => list !== undefined && list.length > 0),
    "an override must match at least one product type, tag, collection or SKU",
  );
/** Which lines an override applies to. */
export type OverrideMatch = z.infer<typeof OverrideMatchSchema>;

/**
 * A rule for some products: its own window, its own resolutions, or excluded from returns.
 * Overrides apply in list order; for each field a later matching override wins.
 */
export const PolicyOverrideSchema = z
  .strictObject({
    /** A name for people ("Shoes: 60 days"); shown in the reasons of excluded lines. */
    label: z.string().trim().min(1).max(100).optional(),
    match: OverrideMatchSchema,
    windowDays: DaysSchema.optional(),
    /** Replaces the policy's resolutions for matching lines (the legal floors may still add `refund`). */
    resolutions: z.array(ReturnResolutionSchema).min(1).optional(),
    excluded: z.boolean().optional(),
  })
  .refine(
    (o) => o.windowDays !== undefined || o.resolutions !== undefined || o.excluded !== undefined,
    "an override must set windowDays, resolutions or excluded",
  );
/** A rule for some products. */
export type PolicyOverride = z.infer<typeof PolicyOverrideSchema>;

const enabled = (value: boolean) => z.boolean().default(value);

/**
 * A merchant's return policy, version 1 of the schema (DESIGN §2). JSON in, typed out: every field
 * has a default (see `DEFAULT_RETURN_POLICY`), unknown keys are errors (typos in a policy file must
 * not pass silently), and an invalid policy yields one issue per bad path.
 */
export const ReturnPolicySchema = z.strictObject({
  /** Version of this schema; a future incompatible shape gets 2. */
  schemaVersion: z.literal(1).default(D.schemaVersion),
  /** The merchant's own name for this version of the policy ("2026 spring"). */
  label: z.string().trim().min(1).max(100).optional(),
  window: z
    .strictObject({
      /** Days to ask for a return; the deadline is the basis instant + days × 24 h. */
      days: DaysSchema.default(D.window.days),
      basis: WindowBasisSchema.default(D.window.basis),
      /** Days added to the fulfilment instant when the delivery instant is unknown. */
      transitAllowanceDays: z.number().int().min(0).max(365).default(D.window.transitAllowanceDays),
    })
    .prefault({}),
  overrides: z
    .array(PolicyOverrideSchema)
    .max(500)
    .default(() => []),
  /** Product flags that exclude a line from returns (a legal floor may still allow it). */
  exclusions: z
    .strictObject({
      finalSale: enabled(D.exclusions.finalSale),
      giftCard: enabled(D.exclusions.giftCard),
      customized: enabled(D.exclusions.customized),
      digital: enabled(D.exclusions.digital),
      hygiene: enabled(D.exclusions.hygiene),
      periodical: enabled(D.exclusions.periodical),
    })
    .prefault({}),
  /** Fresh food and other perishables: claims only, shortly after delivery, with evidence, without return. */
  perishables: z
    .strictObject({
      enabled: enabled(D.perishables.enabled),
      /** Hours after the window basis (delivery) within which a claim is accepted. */
      windowHours: z.number().int().min(1).max(8760).default(D.perishables.windowHours),
      reasons: z
        .array(ReturnReasonSchema)
        .min(1)
        .default(() => [...D.perishables.reasons]),
      evidence: EvidenceKindSchema.default(D.perishables.evidence),
      resolutions: z
        .array(ReturnResolutionSchema)
        .min(1)
        .default(() => [...D.perishables.resolutions]),
      /** The customer keeps (disposes of) the goods: no return shipping. */
      returnless: enabled(D.perishables.returnless),
    })
    .prefault({}),
  /** The reasons a customer may give; a reason missing from the table is not accepted. */
  reasons: z.partialRecord(ReturnReasonSchema, ReasonRuleSchema).prefault(() => ({ ...D.reasons })),
  fees: z
    .strictObject({
      /** Percent of the paid amount kept when goods come back (not for the merchant's faults). */
      restockingPercent: PercentSchema.default(D.fees.restockingPercent),
      /** One charge per return shipment, split over the lines that are sent back. */
      returnShipping: AmountsByCurrencySchema.default(() => ({})),
    })
    .prefault({}),
  resolutions: z
    .strictObject({
      refund: z.strictObject({ enabled: enabled(D.resolutions.refund.enabled) }).prefault({}),
      storeCredit: z
        .strictObject({
          enabled: enabled(D.resolutions.storeCredit.enabled),
          /** Extra store credit, in percent of the refundable amount, for choosing credit over money. */
          bonusPercent: PercentSchema.default(D.resolutions.storeCredit.bonusPercent),
        })
        .prefault({}),
      /** Another variant of the same product. */
      exchange: z.strictObject({ enabled: enabled(D.resolutions.exchange.enabled) }).prefault({}),
      /** Offered for the merchant's faults only. */
      repair: z.strictObject({ enabled: enabled(D.resolutions.repair.enabled) }).prefault({}),
      /** Send the item again; offered for the merchant's faults only. */
      reship: z.strictObject({ enabled: enabled(D.resolutions.reship.enabled) }).prefault({}),
      /** Refund without return when one unit is worth at most `maxUnitValue` in the order currency. */
      keepItem: z
        .strictObject({
          enabled: enabled(D.resolutions.keepItem.enabled),
          maxUnitValue: AmountsByCurrencySchema.default(() => ({})),
        })
        .prefault({}),
    })
    .prefault({}),
  autoApprove: z
    .strictObject({
      enabled: enabled(D.autoApprove.enabled),
      /** Auto-approve only orders whose total is at most this (per currency); absent: any value. */
      maxOrderValue: AmountsByCurrencySchema.optional(),
      /** Auto-approve only these reasons; `null`: any accepted reason. */
      reasons: z
        .array(ReturnReasonSchema)
        .nullable()
        .default(() => [...D.autoApprove.reasons]),
      /** Auto-approve only customers with at most this many recent returns; absent: no limit. */
      maxRecentReturns: z.number().int().min(0).optional(),
    })
    .prefault({}),
  /** From `maxReturns` returns within `periodDays`, every further request goes to review. */
  abuse: z
    .strictObject({
      enabled: enabled(D.abuse.enabled),
      maxReturns: z.number().int().min(1).default(D.abuse.maxReturns),
      periodDays: z.number().int().min(1).max(3650).default(D.abuse.periodDays),
    })
    .prefault({}),
  /** Statutory minimums by the customer's country (EU/EEA/UK 14 days, mainland China 7 days). */
  legalFloors: z.strictObject({ enabled: enabled(D.legalFloors.enabled) }).prefault({}),
});
/** A parsed return policy (defaults applied). */
export type ReturnPolicy = z.infer<typeof ReturnPolicySchema>;
/** A return policy as JSON a merchant writes (every field optional). */
export type ReturnPolicyInput = z.input<typeof ReturnPolicySchema>;

/** The default return policy, parsed (a fresh object each call). */
export function defaultReturnPolicy(): ReturnPolicy {
  return ReturnPolicySchema.parse({});
}
