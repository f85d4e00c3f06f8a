export type { SlaCalendars } from "./clock.js";
export { isStaffResponse, SLA_TARGETS } from "./clocks.js";
export {
  type CustomerPromise,
  evaluateSla,
  type SlaCycle,
  type SlaEvaluation,
  type SlaInstant,
  SlaState,
  SlaStateSchema,
  slaFactsOf,
} from "./evaluate.js";
export {
  ruleMatches,
  ruleSpecificity,
  type SlaCaseFacts,
  type SlaSelectedTarget,
  type SlaSelection,
  selectSlaTargets,
} from "./select.js";
export {
  CLOCK_24_7,
  DEFAULT_AT_RISK_PERCENT,
  DEFAULT_CALENDAR_ID,
  defaultPausedBy,
  defaultSlaPolicy,
  FirstResponseStop,
  FirstResponseStopSchema,
  type SlaConditions,
  SlaConditionsSchema,
  type SlaDuration,
  SlaDurationSchema,
  SlaDurationUnit,
  SlaDurationUnitSchema,
  type SlaPauseCondition,
  SlaPauseConditionSchema,
  type SlaPolicy,
  type SlaPolicyInput,
  SlaPolicySchema,
  type SlaRule,
  SlaRuleSchema,
  type SlaTargetSpec,
  SlaTargetSpecSchema,
} from "./sla-policy.js";
export { type DueSlaEvent, dueSlaEvents, nextSlaCheckAt } from "./sweeper.js";
