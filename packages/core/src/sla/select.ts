import type { CaseKind, Channel, Priority, SlaTarget } from "../case/state.js";
import {
  DEFAULT_AT_RISK_PERCENT,
  defaultPausedBy,
  type FirstResponseStop,
  type SlaConditions,
  type SlaDuration,
  type SlaPauseCondition,
  type SlaPolicy,
  type SlaRule,
} from "./sla-policy.js";

/** The facts about a case that SLA rules select on (the case's attributes after its last event). */
export interface SlaCaseFacts {
  readonly kind: CaseKind;
  readonly category: string | null;
  readonly priority: Priority;
  readonly channel: Channel;
  /** The customer's ISO country code, if known. */
  readonly country: string | null;
  readonly perishable: boolean;
}

/** A target spec with every default applied, and the rule it came from. */
export interface SlaSelectedTarget {
  readonly target: SlaTarget;
  /** Id of the rule that set this target (the decision names it). */
  readonly ruleId: string;
  /** How many condition dimensions that rule lists. */
  readonly specificity: number;
  readonly duration: SlaDuration;
  readonly clock: string;
  readonly atRiskPercent: number;
  readonly pausedBy: readonly SlaPauseCondition[];
  readonly goalPercent: number | null;
  readonly stop: FirstResponseStop;
}

/** The targets that apply to a case, by target; a target no matching rule sets is absent. */
export type SlaSelection = Partial<Record<SlaTarget, SlaSelectedTarget>>;

const dimensions = ["kinds", "categories", "priorities", "channels", "regions", "perishable"] as const;

/** How specific a rule is: the number of condition dimensions it lists (0 for a catch-all rule). */
export function ruleSpecificity(rule: Pick<SlaRule, "when">): number {
  return dimensions.filter((d) => rule.when[d] !== undefined).length;
}

function listed<T>(accepted: readonly T[] | undefined, value: T | null): boolean {
  return accepted === undefined || (value !== null && accepted.includes(value));
}

/**
 * Whether a rule's conditions match a case. Every listed dimension must accept the case's value;
 * a case without a category or country does not match a rule that lists categories or regions.
 */
export function ruleMatches(when: SlaConditions, facts: SlaCaseFacts): boolean {
  return (
    listed(when.kinds, facts.kind) &&
    listed(when.categories, facts.category) &&
    listed(when.priorities, facts.priority) &&
    listed(when.channels, facts.channel) &&
    listed(when.regions, facts.country) &&
    (when.perishable === undefined || when.perishable === facts.perishable)
  );
}

/**
 * Picks, for each target, the most specific matching rule that sets it (on equal specificity the
 * rule listed first), so a narrow rule may override one target and inherit the others from broader
 * rules. Defaults are applied: at-risk at 80%, the target's default pause conditions, `response`
 * as the first-response stop.
 */
export function selectSlaTargets(policy: SlaPolicy, facts: SlaCaseFacts): SlaSelection {
  const selection: SlaSelection = {};
  for (const rule of policy.rules) {
    if (!ruleMatches(rule.when, facts)) continue;
    const specificity = ruleSpecificity(rule);
    for (const [key, spec] of Object.entries(rule.targets)) {
      if (spec === undefined) continue;
      const target = key as SlaTarget;
      const current = selection[target];
      if (current !== undefined && current.specificity >= specificity) continue;
      selection[target] = {
        target,
        ruleId: rule.id,
        specificity,
        duration: spec.duration,
        clock: spec.clock,
        atRiskPercent: spec.atRiskPercent ?? DEFAULT_AT_RISK_PERCENT,
        pausedBy: spec.pausedBy ?? defaultPausedBy[target],
        goalPercent: spec.goalPercent ?? null,
        stop: spec.stop ?? "response",
      };
    }
  }
  return selection;
}
