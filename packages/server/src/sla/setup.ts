import {
  type BusinessCalendarInput,
  type CaseEvent,
  compileCalendar,
  DEFAULT_CALENDAR_ID,
  defaultSlaPolicy,
  evaluateSla,
  nextSlaCheckAt,
  type SlaCalendars,
  type SlaEvaluation,
  type SlaPolicy,
  SlaPolicySchema,
} from "@aftersales/core";
import type { Logger } from "../logger.js";
import type { ProjectionSla } from "../storage/case-events.js";
import type { Queryable } from "../storage/db.js";
import { getSettings, listSettings } from "../storage/settings.js";

/** The SLA policy id a tenant's cases are measured with. */
export const ACTIVE_SLA_POLICY_ID = "default";

/** Mon–Fri 09:00–18:00 in the store's zone: the calendar used until the store saves its own `default`. */
export function fallbackCalendar(timeZone: string): BusinessCalendarInput {
  const day = [{ start: "09:00", end: "18:00" }];
  return { timeZone, weekly: { mon: day, tue: day, wed: day, thu: day, fri: day } };
}

/** A tenant's SLA policy and compiled calendars. */
export interface SlaSetup {
  readonly policy: SlaPolicy;
  readonly calendars: SlaCalendars;
}

const setups = new Map<string, SlaSetup>();

/**
 * Loads the store's SLA policy (`sla_policies/default`, else core's default policy) and its
 * calendars (every stored one; `default` falls back to office hours in the store's zone). One
 * query reads the versions; the parsed policy and compiled calendars are kept in memory per
 * version, so a case write pays no parsing or compiling.
 */
export async function loadSlaSetup(db: Queryable, tenantId: string): Promise<SlaSetup> {
  const { rows } = await db.query<SlaVersions>(
    `SELECT (SELECT settings->>'timeZone' FROM tenants WHERE id = $1) AS tz, ${SLA_VERSIONS_SQL}`,
    [tenantId],
  );
  return slaSetupFor(db, tenantId, rows[0] ?? { tz: null, cals: null, sla: null });
}

/** The versions that decide a store's SLA setup (read by {@link SLA_VERSIONS_SQL}). */
export interface SlaVersions {
  readonly tz: string | null;
  readonly cals: [string, number][] | null;
  readonly sla: number | null;
}

/** Select-list columns `cals` and `sla` of {@link SlaVersions} for the tenant id in `$1`. */
export const SLA_VERSIONS_SQL = `(SELECT json_agg(json_build_array(id, version) ORDER BY id) FROM calendars WHERE tenant_id = $1) AS cals,
  (SELECT version FROM sla_policies WHERE tenant_id = $1 AND id = '${ACTIVE_SLA_POLICY_ID}') AS sla`;

/** The SLA setup for known versions: from memory, or loaded and compiled once. */
export async function slaSetupFor(db: Queryable, tenantId: string, versions: SlaVersions): Promise<SlaSetup> {
  const key = `${tenantId}|${versions.tz}|${JSON.stringify(versions.cals)}|${versions.sla}`;
  const hit = setups.get(key);
  if (hit) return hit;
  const stored =
    versions.sla === null ? null : await getSettings(db, "sla_policies", tenantId, ACTIVE_SLA_POLICY_ID);
  const calendars = versions.cals === null ? [] : await listSettings(db, "calendars", tenantId);
  const parsed = stored ? SlaPolicySchema.safeParse(stored.body) : null;
  const policy = parsed?.success ? parsed.data : defaultSlaPolicy;
  const compiled: Record<string, ReturnType<typeof compileCalendar>> = {};
  for (const doc of calendars) compiled[doc.id] = compileCalendar(doc.body as BusinessCalendarInput);
  compiled[DEFAULT_CALENDAR_ID] ??= compileCalendar(fallbackCalendar(versions.tz ?? "UTC"));
  const setup = { policy, calendars: compiled };
  if (setups.size > 1000) setups.clear();
  setups.set(key, setup);
  return setup;
}

/** Evaluates a case's SLA; null (and a log line) when the configuration cannot measure it. */
export function evaluateCaseSla(
  setup: SlaSetup,
  events: readonly CaseEvent[],
  now: string | number,
  logger?: Logger,
): SlaEvaluation | null {
  try {
    return evaluateSla(events, setup.policy, setup.calendars, now);
  } catch (error) {
    logger?.warn({ err: error }, "SLA evaluation failed");
    return null;
  }
}

const worst = ["breached", "at_risk", "active", "paused", "met", "cancelled"] as const;

/** The SLA columns of the `cases` projection for an evaluation. */
export function projectionSla(evaluation: SlaEvaluation): ProjectionSla {
  const states = Object.values(evaluation.targets).map((c) =>
    c.atRisk && c.state === "active" ? "at_risk" : c.state,
  );
  return {
    firstResponseDueAt: evaluation.targets.first_response?.dueAt ?? null,
    resolutionDueAt: evaluation.targets.resolution?.dueAt ?? null,
    nextCheckAt: nextSlaCheckAt(evaluation),
    state: worst.find((s) => states.includes(s as never)) ?? null,
    detail: {
      policyId: evaluation.policyId,
      policyVersion: evaluation.policyVersion,
      promise: evaluation.promise,
      targets: Object.fromEntries(
        Object.entries(evaluation.targets).map(([t, c]) => [
          t,
          { state: c.state, running: c.running, dueAt: c.dueAt, atRiskAt: c.atRiskAt },
        ]),
      ),
    },
  };
}

/** The evaluator case writes use: the store's SLA policy over the events at the write's instant. */
export async function evaluateStoreSla(
  tx: Queryable,
  tenantId: string,
  events: readonly CaseEvent[],
  now: string | number,
  logger?: Logger,
): Promise<SlaEvaluation | null> {
  return evaluateCaseSla(await loadSlaSetup(tx, tenantId), events, now, logger);
}
