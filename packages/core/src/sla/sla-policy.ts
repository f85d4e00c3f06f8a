import { z } from "zod";
import {
  CaseKindSchema,
  CaseStatusSchema,
  ChannelSchema,
  ItemProgressSchema,
  PrioritySchema,
  type SlaTarget,
  SlaTargetSchema,
} from "../case/state.js";
import { CountrySchema } from "../order/snapshot.js";

/** The clock id of a target measured in calendar time, around the clock (7×24 teams). */
export const CLOCK_24_7 = "24/7";

/** The unit of an SLA duration. `business_days` on the 24/7 clock are calendar days of 24 hours. */
export const SlaDurationUnit = {
  minutes: "minutes",
  hours: "hours",
  business_days: "business_days",
} as const;
/** Zod enum of {@link SlaDurationUnit}. */
export const SlaDurationUnitSchema = z.enum(SlaDurationUnit);
/** The unit of an SLA duration. */
export type SlaDurationUnit = z.infer<typeof SlaDurationUnitSchema>;

/**
 * How long a target allows, e.g. `{ amount: 30, unit: "minutes" }`. Minutes and hours are
 * counted on the target's clock (business minutes on a calendar, wall minutes on 24/7).
 */
export const SlaDurationSchema = z.object({
  amount: z.number().int().positive(),
  unit: SlaDurationUnitSchema,
});
/** How long a target allows. */
export type SlaDuration = z.infer<typeof SlaDurationSchema>;

/**
 * What may pause a target's clock: a case status (`awaiting_customer`, `proposed` …) or a step of
 * the returned goods (`awaiting_shipment`, `in_transit`). The two vocabularies share no word.
 */
export const SlaPauseConditionSchema = z.union([CaseStatusSchema, ItemProgressSchema]);
/** A case status or item progress step that pauses a target's clock. */
export type SlaPauseCondition = z.infer<typeof SlaPauseConditionSchema>;

/**
 * What stops the `first_response` clock. `response` (default): the first customer-visible staff
 * response — a staff `message_posted`, `information_requested` or `options_proposed`.
 * `acknowledged_and_assigned`: the first instant at which the case is both acknowledged and
 * assigned to someone (the seed target "complaints registered and assigned within 24 hours").
 */
export const FirstResponseStop = {
  response: "response",
  acknowledged_and_assigned: "acknowledged_and_assigned",
} as const;
/** Zod enum of {@link FirstResponseStop}. */
export const FirstResponseStopSchema = z.enum(FirstResponseStop);
/** What stops the `first_response` clock. */
export type FirstResponseStop = z.infer<typeof FirstResponseStopSchema>;

/**
 * The pause conditions a target gets when its spec lists none: waiting for the customer pauses
 * every clock; return processing also lists `in_transit` (the seed plans' "return in transit"),
 * although its clock starts at receipt and goods never move back into transit after it, so there
 * it only matters for a policy that lists it on another target (e.g. `resolution` of returns).
 */
export const defaultPausedBy: Readonly<Record<SlaTarget, readonly SlaPauseCondition[]>> = {
  first_response: ["awaiting_customer"],
  next_response: ["awaiting_customer"],
  resolution: ["awaiting_customer"],
  return_processing: ["awaiting_customer", "in_transit"],
  follow_up: ["awaiting_customer"],
};

/** The at-risk threshold a target gets when its spec gives none: 80% of the target used. */
export const DEFAULT_AT_RISK_PERCENT = 80;

/** One target of a rule: its duration, clock, at-risk threshold, pause conditions and goal. */
export const SlaTargetSpecSchema = z.object({
  duration: SlaDurationSchema,
  /** {@link CLOCK_24_7} or the id of a calendar passed to `evaluateSla`. */
  clock: z.string().min(1),
  /** Percent of the target's time used from which it is at risk (default {@link DEFAULT_AT_RISK_PERCENT}). */
  atRiskPercent: z.number().gt(0).lt(100).optional(),
  /** Statuses / item steps that pause the clock (default {@link defaultPausedBy} of the target). */
  pausedBy: z.array(SlaPauseConditionSchema).optional(),
  /** Share of cycles that should meet the target, in percent (e.g. 95); analytics compare against it. */
  goalPercent: z.number().gt(0).max(100).optional(),
  /** Only for `first_response`: what stops the clock (default `response`). */
  stop: FirstResponseStopSchema.optional(),
});
/** One target of a rule. */
export type SlaTargetSpec = z.infer<typeof SlaTargetSpecSchema>;

/**
 * When a rule applies. Every listed dimension must match (a dimension lists the accepted values);
 * an absent dimension matches anything. `regions` are the customer's ISO country codes.
 * The number of listed dimensions is the rule's specificity.
 */
export const SlaConditionsSchema = z.object({
  kinds: z.array(CaseKindSchema).min(1).optional(),
  /** Complaint taxonomy category ids. */
  categories: z.array(z.string().min(1)).min(1).optional(),
  priorities: z.array(PrioritySchema).min(1).optional(),
  channels: z.array(ChannelSchema).min(1).optional(),
  regions: z.array(CountrySchema).min(1).optional(),
  /** Whether the case is about perishable goods (`case_opened.data.perishable`). */
  perishable: z.boolean().optional(),
});
/** When a rule applies. */
export type SlaConditions = z.infer<typeof SlaConditionsSchema>;

/** One rule of a policy: an id (named in decisions), conditions and the targets it sets. */
export const SlaRuleSchema = z.object({
  id: z.string().min(1),
  description: z.string().optional(),
  when: SlaConditionsSchema.default({}),
  targets: z.partialRecord(SlaTargetSchema, SlaTargetSpecSchema),
});
/** One rule of a policy. */
export type SlaRule = z.infer<typeof SlaRuleSchema>;

/**
 * A merchant's SLA policy: rules that map a case (kind, category, priority, channel, region,
 * perishable) to targets. For each target the most specific matching rule that sets it wins; on a
 * tie the rule listed first wins. Rule ids are unique.
 */
export const SlaPolicySchema = z
  .object({
    id: z.string().min(1),
    version: z.number().int().positive(),
    rules: z.array(SlaRuleSchema).min(1),
    /** Share of ratings that should be satisfied (4–5 of 5), in percent. */
    csatGoalPercent: z.number().gt(0).max(100).optional(),
  })
  .superRefine((policy, ctx) => {
    const seen = new Set<string>();
    policy.rules.forEach((rule, index) => {
      if (seen.has(rule.id)) {
        ctx.addIssue({
          code: "custom",
          path: ["rules", index, "id"],
          message: `duplicate rule id ${rule.id}`,
        });
      }
      seen.add(rule.id);
      for (const [target, spec] of Object.entries(rule.targets)) {
        if (spec?.stop !== undefined && target !== "first_response") {
          ctx.addIssue({
            code: "custom",
            path: ["rules", index, "targets", target, "stop"],
            message: "stop applies to first_response only",
          });
        }
      }
    });
  });
/** A merchant's SLA policy (parsed). */
export type SlaPolicy = z.infer<typeof SlaPolicySchema>;
/** A merchant's SLA policy as written (defaults not yet applied). */
export type SlaPolicyInput = z.input<typeof SlaPolicySchema>;

/** The calendar id the default policy's business-time targets use. */
export const DEFAULT_CALENDAR_ID = "default";

/**
 * The default SLA policy, reflecting common practice and the seed plans (merchant-editable):
 * email and web first response within 1 business day, chat within 30 business minutes (95%);
 * complaints acknowledged and assigned within 24 hours and resolved within 5 business days (90%);
 * returns processed within 3 business days of receipt, perishables within 24 hours (85%);
 * follow-up within 3 days of resolution; CSAT at least 90% satisfied. Business time uses the
 * calendar with id {@link DEFAULT_CALENDAR_ID}. The complaint rule is listed before the chat rule,
 * so a chat complaint is measured by "acknowledged and assigned within 24 h"; add a
 * `{ kinds: ["complaint"], channels: ["chat"] }` rule to answer chat complaints in 30 minutes.
 */
export const defaultSlaPolicy: SlaPolicy = SlaPolicySchema.parse({
  id: "default",
  version: 1,
  csatGoalPercent: 90,
  rules: [
    {
      id: "default",
      description: "Every case: first reply within 1 business day, follow-up within 3 days",
      targets: {
        first_response: {
          duration: { amount: 1, unit: "business_days" },
          clock: DEFAULT_CALENDAR_ID,
          goalPercent: 95,
        },
        next_response: {
          duration: { amount: 1, unit: "business_days" },
          clock: DEFAULT_CALENDAR_ID,
          goalPercent: 95,
        },
        follow_up: { duration: { amount: 3, unit: "business_days" }, clock: CLOCK_24_7 },
      },
    },
    {
      id: "complaint",
      description: "Complaints: acknowledged and assigned within 24 h, resolved within 5 business days",
      when: { kinds: ["complaint"] },
      targets: {
        first_response: {
          duration: { amount: 24, unit: "hours" },
          clock: CLOCK_24_7,
          goalPercent: 90,
          stop: "acknowledged_and_assigned",
        },
        resolution: {
          duration: { amount: 5, unit: "business_days" },
          clock: DEFAULT_CALENDAR_ID,
          goalPercent: 90,
        },
      },
    },
    {
      id: "chat",
      description: "Chat and IM: replies within 30 business minutes",
      when: { channels: ["chat"] },
      targets: {
        first_response: {
          duration: { amount: 30, unit: "minutes" },
          clock: DEFAULT_CALENDAR_ID,
          goalPercent: 95,
        },
        next_response: {
          duration: { amount: 30, unit: "minutes" },
          clock: DEFAULT_CALENDAR_ID,
          goalPercent: 95,
        },
      },
    },
    {
      id: "return",
      description: "Returns and exchanges: processed within 3 business days of receipt",
      when: { kinds: ["return", "exchange"] },
      targets: {
        return_processing: {
          duration: { amount: 3, unit: "business_days" },
          clock: DEFAULT_CALENDAR_ID,
          goalPercent: 85,
        },
      },
    },
    {
      id: "return_perishable",
      description: "Perishables: processed within 24 hours",
      when: { kinds: ["return", "exchange"], perishable: true },
      targets: {
        return_processing: { duration: { amount: 24, unit: "hours" }, clock: CLOCK_24_7, goalPercent: 85 },
      },
    },
  ],
} satisfies SlaPolicyInput);
