import {
  type BusinessCalendarInput,
  BusinessCalendarSchema,
  type CaseEvent,
  type CaseKind,
  type Channel,
  CLOCK_24_7,
  type CompiledCalendar,
  compileCalendar,
  evaluateSla,
  type Priority,
  SLA_TARGETS,
  type SlaPolicy,
  SlaPolicySchema,
  type SlaTarget,
  selectSlaTargets,
  toIssues,
} from "@aftersales/core";
import type { SlaSetup } from "./setup.js";

/** The case attributes a preview selects rules on (what the console's form asks). */
export interface SlaPreviewCase {
  readonly kind: CaseKind;
  readonly priority: Priority;
  readonly channel: Channel;
  readonly category?: string | null | undefined;
  /** The customer's ISO country code (rules with `regions`). */
  readonly country?: string | null | undefined;
  /** Whether the goods are perishable (rules with `perishable`). */
  readonly perishable?: boolean | undefined;
}

/**
 * The event that starts a target's clock. A preview starts every clock at the opening instant, so
 * for the targets that start later it answers "a reply to a customer message at X is due at Y".
 */
export const SlaClockStart = {
  first_response: "case_opened",
  resolution: "case_opened",
  next_response: "customer_message",
  return_processing: "item_received",
  follow_up: "resolved",
} as const satisfies Record<SlaTarget, string>;

/** One target of a preview; `dueAt: null` when no rule of the policy sets the target for the case. */
export interface SlaPreviewTarget {
  readonly dueAt: string | null;
  readonly ruleId?: string;
  /** `24/7` or the calendar id. */
  readonly clock?: string;
  /** The calendar's IANA zone (absent on the 24/7 clock). */
  readonly timeZone?: string;
  /** When the target becomes at risk. */
  readonly atRiskAt?: string;
  /** The target's length on its clock, in minutes. */
  readonly targetMinutes?: number;
  /** What starts this target's clock on a real case (the preview starts it at `openedAt`). */
  readonly startsOn: (typeof SlaClockStart)[SlaTarget];
}

/** Every target core defines, in display order. */
export type SlaPreviewTargets = Record<SlaTarget, SlaPreviewTarget>;

/** One bad path of a draft (`policy.rules.0.id`, `calendars.default.timeZone`). */
export interface SlaDraftIssue {
  readonly path: string;
  readonly message: string;
  readonly code: string;
}

/**
 * The setup a preview measures with: the published one, with a draft policy and draft calendars
 * put over it (a draft calendar replaces the published one of the same id, the others stay).
 * Issues name their path from the request body's root (`policy.…`, `calendars.<id>.…`); a policy
 * whose clock names a calendar that neither the drafts nor the store have is an issue too.
 */
export function draftSlaSetup(
  published: SlaSetup,
  drafts: { readonly policy?: unknown; readonly calendars?: Readonly<Record<string, unknown>> },
): { ok: true; setup: SlaSetup } | { ok: false; issues: SlaDraftIssue[] } {
  const issues: SlaDraftIssue[] = [];
  let policy: SlaPolicy = published.policy;
  if (drafts.policy !== undefined) {
    const parsed = SlaPolicySchema.safeParse(drafts.policy);
    if (parsed.success) policy = parsed.data;
    else issues.push(...prefixed("policy", toIssues(parsed.error)));
  }
  const calendars: Record<string, CompiledCalendar> = { ...published.calendars };
  for (const [id, body] of Object.entries(drafts.calendars ?? {})) {
    const parsed = BusinessCalendarSchema.safeParse(body);
    if (parsed.success) calendars[id] = compileCalendar(parsed.data as BusinessCalendarInput);
    else issues.push(...prefixed(`calendars.${id}`, toIssues(parsed.error)));
  }
  if (issues.length > 0) return { ok: false, issues };
  policy.rules.forEach((rule, index) => {
    for (const [target, spec] of Object.entries(rule.targets)) {
      if (!spec || spec.clock === CLOCK_24_7 || Object.hasOwn(calendars, spec.clock)) continue;
      issues.push({
        path: `policy.rules.${index}.targets.${target}.clock`,
        message: `no calendar "${spec.clock}" (send it in calendars or save it first)`,
        code: "unknown_calendar",
      });
    }
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, setup: { policy, calendars } };
}

function prefixed(root: string, issues: readonly SlaDraftIssue[]): SlaDraftIssue[] {
  return issues.map((i) => ({ ...i, path: i.path === "" ? root : `${root}.${i.path}` }));
}

/**
 * "A case opened at X is due at Y": for every SLA target, the due instant core's SLA engine gives a
 * case with these attributes whose clock starts at `openedAt` and never pauses. The numbers come
 * from `evaluateSla` itself, over the shortest event stream that starts the target's clock at
 * `openedAt`, so a preview and a real case can never disagree.
 */
export function previewSla(setup: SlaSetup, openedAt: string, facts: SlaPreviewCase): SlaPreviewTargets {
  const selection = selectSlaTargets(setup.policy, {
    kind: facts.kind,
    category: facts.category ?? null,
    priority: facts.priority,
    channel: facts.channel,
    country: facts.country ?? null,
    perishable: facts.perishable ?? false,
  });
  const evaluations = new Map<string, ReturnType<typeof evaluateSla>>();
  const result = {} as Record<SlaTarget, SlaPreviewTarget>;
  for (const target of SLA_TARGETS) {
    const startsOn = SlaClockStart[target];
    const spec = selection[target];
    if (!spec) {
      result[target] = { dueAt: null, startsOn };
      continue;
    }
    let evaluation = evaluations.get(startsOn);
    if (!evaluation) {
      evaluation = evaluateSla(
        streamStarting(startsOn, openedAt, facts),
        setup.policy,
        setup.calendars,
        openedAt,
      );
      evaluations.set(startsOn, evaluation);
    }
    const cycle = evaluation.targets[target];
    const zone = spec.clock === CLOCK_24_7 ? undefined : setup.calendars[spec.clock]?.timeZone;
    result[target] = {
      dueAt: cycle?.dueAt ?? null,
      ruleId: spec.ruleId,
      clock: spec.clock,
      ...(zone ? { timeZone: zone } : {}),
      ...(cycle ? { atRiskAt: cycle.atRiskAt, targetMinutes: cycle.targetMinutes } : {}),
      startsOn,
    };
  }
  return result;
}

const PREVIEW_CASE_ID = "preview";

/** The events of a case opened at `at` whose `startsOn` clock starts at `at` too. */
function streamStarting(
  startsOn: SlaPreviewTarget["startsOn"],
  at: string,
  facts: SlaPreviewCase,
): CaseEvent[] {
  const staff = { type: "staff", id: "preview" } as const;
  const customer = { type: "customer" } as const;
  const tail: Omit<CaseEvent, "caseId" | "seq" | "at">[] = [];
  switch (startsOn) {
    case "case_opened":
      break;
    case "customer_message":
      tail.push(
        { type: "message_posted", visibility: "customer", actor: staff, data: { body: "-" } },
        { type: "message_posted", visibility: "customer", actor: customer, data: { body: "-" } },
      );
      break;
    case "item_received":
      tail.push({ type: "item_received", visibility: "customer", actor: staff, data: {} });
      break;
    case "resolved":
      tail.push({ type: "resolved", visibility: "customer", actor: staff, data: { resolution: "preview" } });
      break;
    default: {
      const unreachable: never = startsOn;
      return unreachable;
    }
  }
  const opened: CaseEvent = {
    caseId: PREVIEW_CASE_ID,
    seq: 1,
    at,
    type: "case_opened",
    visibility: "customer",
    actor: customer,
    data: {
      kind: facts.kind,
      channel: facts.channel,
      priority: facts.priority,
      ...(facts.category ? { category: facts.category } : {}),
      customer: {
        id: null,
        email: "preview@example.invalid",
        ...(facts.country ? { country: facts.country } : {}),
      },
      description: "",
      perishable: facts.perishable ?? false,
    },
  };
  return [opened, ...tail.map((e, i) => ({ ...e, caseId: PREVIEW_CASE_ID, seq: i + 2, at }) as CaseEvent)];
}
