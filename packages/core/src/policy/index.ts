/**
 * Return policy & eligibility (DESIGN §2): a versioned, declarative policy validated with zod, and
 * a pure `evaluate(policy, order, request, now)` that decides each requested line
 * (`auto_approve | needs_review | ineligible`) with its deadline, resolutions, fees, refundable
 * amount and machine reasons — including the legal floors of the EU/EEA/UK and mainland China.
 * JSDoc sits on each declaration.
 */
export { type CompiledOverride, type CompiledPolicy, compilePolicy, parsePolicy } from "./compile.js";
export {
  type EligibilityDecision,
  EligibilityDecisionSchema,
  type LegalFloorDecision,
  LegalFloorDecisionSchema,
  type LineDecision,
  LineDecisionSchema,
  WindowStartBasis,
  WindowStartBasisSchema,
} from "./decision.js";
export { DEFAULT_RETURN_POLICY } from "./defaults.js";
export { evaluate, evaluateParsed, NowSchema, previewEligibility } from "./evaluate.js";
export {
  ExplainLocale,
  ExplainLocaleSchema,
  type ExplainOptions,
  explainReason,
  resolutionLabel,
  returnReasonLabel,
} from "./explain.js";
export {
  customerCountry,
  isDistanceSale,
  LEGAL_FLOORS,
  type LegalFloor,
  legalFloorFor,
  legalRegionOf,
  statutoryExclusionOf,
} from "./legal-floors.js";
export {
  type AmountsByCurrency,
  AmountsByCurrencySchema,
  defaultReturnPolicy,
  EvidenceKind,
  EvidenceKindSchema,
  type OverrideMatch,
  OverrideMatchSchema,
  PercentSchema,
  type PolicyOverride,
  PolicyOverrideSchema,
  type ReasonRule,
  ReasonRuleSchema,
  type ReturnPolicy,
  type ReturnPolicyInput,
  ReturnPolicySchema,
  ReturnReason,
  ReturnReasonSchema,
  ReturnResolution,
  ReturnResolutionSchema,
  WindowBasis,
  WindowBasisSchema,
} from "./policy.js";
export {
  type EligibilityReason,
  EligibilityReasonCode,
  EligibilityReasonCodeSchema,
  type EligibilityReasonParams,
  EligibilityReasonParamsSchemas,
  EligibilityReasonSchema,
  EligibilityStatus,
  EligibilityStatusSchema,
  ExclusionCode,
  ExclusionCodeSchema,
  FeeKind,
  FeeKindSchema,
  FeeWaiver,
  FeeWaiverSchema,
  FloorOverride,
  FloorOverrideSchema,
  LegalRegion,
  LegalRegionSchema,
  ReasonEffect,
  reasonEffects,
  StatutoryExclusion,
  StatutoryExclusionSchema,
} from "./reasons.js";
export {
  type ReturnCustomerContext,
  ReturnCustomerContextSchema,
  type ReturnEvidence,
  ReturnEvidenceSchema,
  type ReturnRequest,
  type ReturnRequestInput,
  type ReturnRequestLine,
  ReturnRequestLineSchema,
  ReturnRequestSchema,
} from "./request.js";
export { canonicalJson, policyVersion, sha256Hex } from "./version.js";
