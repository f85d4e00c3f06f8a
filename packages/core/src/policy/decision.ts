import { z } from "zod";
import { CurrencySchema } from "../money/currency.js";
import { MoneySchema } from "../money/money.js";
import { InstantSchema } from "../order/snapshot.js";
import { EvidenceKindSchema, ReturnReasonSchema, ReturnResolutionSchema } from "./policy.js";
import { EligibilityReasonSchema, EligibilityStatusSchema, LegalRegionSchema } from "./reasons.js";

/**
 * Which instant a window was counted from: `delivery`; `fulfilment_plus_transit` (delivery
 * unknown: fulfilment + the policy's transit allowance); `fulfilment` (a policy counting from
 * fulfilment); `order` (nothing shipped yet, or a policy counting from the order date).
 */
export const WindowStartBasis = {
  delivery: "delivery",
  fulfilment_plus_transit: "fulfilment_plus_transit",
  fulfilment: "fulfilment",
  order: "order",
} as const;
/** Zod enum of {@link WindowStartBasis}. */
export const WindowStartBasisSchema = z.enum(WindowStartBasis);
/** Which instant a window was counted from. */
export type WindowStartBasis = z.infer<typeof WindowStartBasisSchema>;

/** The outcome for one requested line. Amounts are in the order currency. */
export const LineDecisionSchema = z.object({
  lineId: z.string(),
  status: EligibilityStatusSchema,
  /** The reason given, or `null` for a preview without one. */
  reason: ReturnReasonSchema.nullable(),
  requestedQuantity: z.number().int(),
  /** Units the decision covers: the requested units, at most the refundable ones (0 when none). */
  quantity: z.number().int(),
  /** The resolution the customer asked for, if any. */
  resolution: ReturnResolutionSchema.nullable(),
  /**
   * The last instant to ask, exactly: the window's start + days × 24 h (perishables: + hours),
   * or the legal floor's deadline when later. `null` only for a line not in the order.
   */
  deadline: InstantSchema.nullable(),
  /** Resolutions offered for this line and reason. */
  resolutions: z.array(ReturnResolutionSchema),
  /** The customer keeps the goods (keep-item, perishables): nothing is shipped back. */
  returnless: z.boolean(),
  merchantFault: z.boolean(),
  evidenceRequired: EvidenceKindSchema,
  /** What the customer paid for `quantity` units (discounts spread exactly over units). */
  paid: MoneySchema,
  fees: z.object({ restocking: MoneySchema, returnShipping: MoneySchema }),
  /** `paid` minus fees, never negative; zero for an ineligible line. */
  refundable: MoneySchema,
  /** Extra store credit when the customer takes store credit (present when the policy gives a bonus). */
  storeCreditBonus: MoneySchema.optional(),
  reasons: z.array(EligibilityReasonSchema),
});
/** The outcome for one requested line. */
export type LineDecision = z.infer<typeof LineDecisionSchema>;

/** The legal floor that protected the customer of the order, as the decision applied it. */
export const LegalFloorDecisionSchema = z.object({
  region: LegalRegionSchema,
  days: z.number().int(),
  /** The statute. */
  source: z.string(),
  basis: WindowStartBasisSchema,
  start: InstantSchema,
  deadline: InstantSchema,
});
/** The legal floor as the decision applied it. */
export type LegalFloorDecision = z.infer<typeof LegalFloorDecisionSchema>;

/**
 * The answer of `evaluate`: one decision per requested line, totals over the lines that are not
 * ineligible, and everything needed to explain and replay it (policy version, instants, basis).
 */
export const EligibilityDecisionSchema = z.object({
  /** The stable hash of the policy the decision was made under. */
  policyVersion: z.string(),
  policyLabel: z.string().optional(),
  orderId: z.string(),
  currency: CurrencySchema,
  evaluatedAt: InstantSchema,
  /**
   * `ineligible` when no line is eligible; `needs_review` when any eligible line needs a person;
   * otherwise `auto_approve` (the eligible lines can be approved at once).
   */
  status: EligibilityStatusSchema,
  /** Where the merchant's window was counted from. */
  window: z.object({ basis: WindowStartBasisSchema, start: InstantSchema }),
  /** The statutory floor for the customer's country, or `null` (no floor, not a distance sale, or off). */
  legalFloor: LegalFloorDecisionSchema.nullable(),
  lines: z.array(LineDecisionSchema),
  totals: z.object({ refundable: MoneySchema, fees: MoneySchema, storeCreditBonus: MoneySchema }),
});
/** The answer of `evaluate`. */
export type EligibilityDecision = z.infer<typeof EligibilityDecisionSchema>;
