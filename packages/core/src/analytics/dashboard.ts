import type { CaseEvent } from "../case/events.js";
import { isOpenCaseStatus } from "../case/state.js";
import { AftersalesError } from "../errors.js";
import type { SlaCalendars } from "../sla/clock.js";
import { evaluateSla, type SlaEvaluation } from "../sla/evaluate.js";
import type { SlaPolicy } from "../sla/sla-policy.js";
import { type AgentFigures, agentsOnGrid } from "./agents.js";
import { type Backlog, backlog, DEFAULT_AGE_BUCKETS_HOURS } from "./backlog.js";
import { type CsatFigures, csatOnGrid, DEFAULT_CSAT_GOAL_PERCENT } from "./csat.js";
import { type CsvOptions, toCsv } from "./csv.js";
import { instantMs } from "./instant.js";
import {
  type ComplaintsReport,
  complaintsOnGrid,
  type IssueRow,
  lineProducts,
  type ProductLookup,
  type ProductSales,
  type ReturnsReport,
  returnsOnGrid,
  topIssuesOnGrid,
} from "./products.js";
import { type AnalyticsRange, dayGrid, inRange } from "./range.js";
import { type ResponseTimes, responseTimesOnGrid } from "./response-times.js";
import { type DailyPoint, seriesOnGrid } from "./series.js";
import { type SlaAttainment, slaAttainmentOnGrid } from "./sla-attainment.js";
import { type Spike, type SpikeOptions, spikesOnGrid } from "./spikes.js";
import { type CaseSummary, summarizeCases } from "./summarize.js";

/**
 * Where SLA attainment comes from: evaluations the server already keeps, or a policy and its
 * calendars to evaluate every relevant case at the report's `asOf` instant.
 */
export type DashboardSla =
  | { readonly evaluations: Iterable<SlaEvaluation> }
  | { readonly policy: SlaPolicy; readonly calendars: SlaCalendars };

/** What {@link buildDashboard} needs. */
export interface DashboardInput {
  /** Every event of the cases to report on (each case's `case_opened` included), or… */
  readonly events?: Iterable<CaseEvent>;
  /** …summaries made by `summarizeCases` with `until` at the report's `asOf`. */
  readonly summaries?: readonly CaseSummary[];
  readonly range: AnalyticsRange;
  /** The current instant: the report stands at `min(now, end of range)`. */
  readonly now: number | string;
  /** Product of a case line, for the product figures (default: every product unknown). */
  readonly products?: ProductLookup;
  /** Units sold per product, for return rates. */
  readonly sales?: Iterable<ProductSales>;
  /** SLA attainment source; without it `sla` is `null`. With a policy, `events` are required. */
  readonly sla?: DashboardSla;
  readonly csatGoalPercent?: number;
  readonly spikes?: SpikeOptions;
  /** How many top issues to list (default 10). */
  readonly topIssues?: number;
  readonly ageBucketsHours?: readonly number[];
}

/** Every figure of the service dashboard for one range. */
export interface Dashboard {
  readonly range: AnalyticsRange;
  /** The instant the figures stand at. */
  readonly asOf: string;
  readonly opened: number;
  readonly responseTimes: ResponseTimes;
  readonly sla: SlaAttainment | null;
  readonly backlog: Backlog;
  readonly csat: CsatFigures;
  readonly returns: ReturnsReport;
  readonly complaints: ComplaintsReport;
  readonly topIssues: readonly IssueRow[];
  readonly spikes: readonly Spike[];
  readonly agents: readonly AgentFigures[];
  readonly daily: readonly DailyPoint[];
}

const unknownProducts: ProductLookup = () => undefined;

function evaluationsFor(
  events: readonly CaseEvent[],
  summaries: readonly CaseSummary[],
  policy: SlaPolicy,
  calendars: SlaCalendars,
  rangeStart: number,
  asOf: number,
): SlaEvaluation[] {
  // Only cases that can have a cycle met or breached in the range: still open, or active since it began.
  const relevant = new Set<string>();
  for (const c of summaries)
    if (isOpenCaseStatus(c.status) || c.lastEventAt >= rangeStart) relevant.add(c.caseId);
  const byCase = new Map<string, CaseEvent[]>();
  for (const e of events) {
    if (!relevant.has(e.caseId)) continue;
    const list = byCase.get(e.caseId);
    if (list === undefined) byCase.set(e.caseId, [e]);
    else list.push(e);
  }
  return [...byCase.values()].map((list) => evaluateSla(list, policy, calendars, asOf));
}

/**
 * The whole service dashboard for a range in one call: response times, SLA attainment, backlog,
 * CSAT, returns by product, complaints by category and product, top issues, spikes, per-agent
 * figures and the daily series — every figure from one set of case summaries (one pass over the
 * events), so the API, the CSV export ({@link dashboardCsv}) and the admin show identical numbers.
 * Pass the events from at least `spikes.baselineDays` (28) days before `range.from` for the spike
 * baseline, and every event of the cases concerned. Throws `AftersalesError` `invalid_argument`
 * when `sla` is a policy but no `events` are given, and `validation_failed` for a bad range.
 */
export function buildDashboard(input: DashboardInput): Dashboard {
  const baselineDays = input.spikes?.baselineDays ?? 28;
  const grid = dayGrid(input.range, baselineDays);
  const now = typeof input.now === "number" ? input.now : instantMs(input.now);
  const asOf = Math.min(now, grid.rangeEnd);
  const needEvents = input.sla !== undefined && "policy" in input.sla;
  if (needEvents && input.events === undefined) {
    throw new AftersalesError(
      "invalid_argument",
      "buildDashboard: SLA attainment from a policy needs the events; pass events or stored evaluations",
    );
  }
  const events = needEvents && input.events !== undefined ? [...input.events] : input.events;
  const summaries =
    input.summaries ?? summarizeCases(events ?? [], { until: Math.min(now + 1, grid.rangeEnd) });
  const products = lineProducts(input.products ?? unknownProducts);
  let sla: SlaAttainment | null = null;
  if (input.sla !== undefined) {
    const evaluations =
      "evaluations" in input.sla
        ? input.sla.evaluations
        : evaluationsFor(
            (events ?? []) as readonly CaseEvent[],
            summaries,
            input.sla.policy,
            input.sla.calendars,
            grid.rangeStart,
            asOf,
          );
    sla = slaAttainmentOnGrid(evaluations, grid);
  }
  let opened = 0;
  for (const c of summaries) if (inRange(grid, c.openedAt)) opened++;
  return {
    range: input.range,
    asOf: new Date(asOf).toISOString(),
    opened,
    responseTimes: responseTimesOnGrid(summaries, grid),
    sla,
    backlog: backlog(summaries, asOf, input.ageBucketsHours ?? DEFAULT_AGE_BUCKETS_HOURS),
    csat: csatOnGrid(summaries, grid, input.csatGoalPercent ?? DEFAULT_CSAT_GOAL_PERCENT),
    returns: returnsOnGrid(summaries, grid, products, input.sales),
    complaints: complaintsOnGrid(summaries, grid, products),
    topIssues: topIssuesOnGrid(summaries, grid, products, input.topIssues ?? 10),
    spikes: spikesOnGrid(summaries, grid, products, input.spikes),
    agents: agentsOnGrid(summaries, grid),
    daily: seriesOnGrid(summaries, grid, asOf),
  };
}

type Cell = string | number | boolean | null;

/** One table of the dashboard: its columns (snake_case) and flat rows. */
export interface DashboardTable {
  readonly columns: readonly string[];
  readonly rows: readonly Readonly<Record<string, Cell>>[];
}

function table<const C extends string>(
  columns: readonly C[],
  rows: readonly Record<C, Cell>[],
): DashboardTable {
  return { columns, rows };
}

/**
 * The dashboard as named tables of flat rows — the one place figures are laid out for export, so
 * the CSV files and any tabular API response carry the same numbers as the dashboard object.
 */
export function dashboardTables(d: Dashboard): Record<string, DashboardTable> {
  const stats = (metric: string, s: ResponseTimes["firstResponse"]) => ({
    metric,
    count: s.count,
    median_minutes: s.medianMinutes,
    p90_minutes: s.p90Minutes,
    mean_minutes: s.meanMinutes,
  });
  const sla = d.sla === null ? [] : [...d.sla.byTarget, ...d.sla.byRule];
  return {
    response_times: table(
      ["metric", "count", "median_minutes", "p90_minutes", "mean_minutes"],
      [
        stats("first_response", d.responseTimes.firstResponse),
        stats("resolution", d.responseTimes.resolution),
      ],
    ),
    sla_attainment: table(
      ["target", "rule", "goal_percent", "met", "breached", "total", "attainment_percent", "meets_goal"],
      sla.map((r) => ({
        target: r.target,
        rule: r.ruleId,
        goal_percent: r.goalPercent,
        met: r.met,
        breached: r.breached,
        total: r.total,
        attainment_percent: r.attainmentPercent,
        meets_goal: r.meetsGoal,
      })),
    ),
    backlog_by_status: table(
      ["status", "count"],
      d.backlog.byStatus.map((r) => ({ status: r.status, count: r.count })),
    ),
    backlog_by_age: table(
      ["bucket", "from_hours", "to_hours", "count"],
      d.backlog.byAge.map((b) => ({
        bucket: b.label,
        from_hours: b.fromHours,
        to_hours: b.toHours,
        count: b.count,
      })),
    ),
    csat: table(
      [
        "ratings",
        "average",
        "satisfied",
        "satisfied_percent",
        "goal_percent",
        "meets_goal",
        "score_1",
        "score_2",
        "score_3",
        "score_4",
        "score_5",
      ],
      [
        {
          ratings: d.csat.ratings,
          average: d.csat.average,
          satisfied: d.csat.satisfied,
          satisfied_percent: d.csat.satisfiedPercent,
          goal_percent: d.csat.goalPercent,
          meets_goal: d.csat.meetsGoal,
          score_1: d.csat.distribution[0]!,
          score_2: d.csat.distribution[1]!,
          score_3: d.csat.distribution[2]!,
          score_4: d.csat.distribution[3]!,
          score_5: d.csat.distribution[4]!,
        },
      ],
    ),
    returns_by_product: table(
      ["product_id", "sku", "title", "cases", "units", "units_sold", "return_rate_percent", "reasons"],
      d.returns.byProduct.map((r) => ({
        product_id: r.productId,
        sku: r.sku,
        title: r.title,
        cases: r.cases,
        units: r.units,
        units_sold: r.unitsSold,
        return_rate_percent: r.returnRatePercent,
        reasons: r.reasons.map((x) => `${x.reason}:${x.units}`).join("; "),
      })),
    ),
    return_reasons: table(
      ["reason", "units", "cases", "percent"],
      d.returns.byReason.map((r) => ({
        reason: r.reason,
        units: r.units,
        cases: r.cases,
        percent: r.percent,
      })),
    ),
    complaints_by_category: table(
      ["category", "complaints", "percent"],
      d.complaints.byCategory.map((r) => ({
        category: r.category,
        complaints: r.complaints,
        percent: r.percent,
      })),
    ),
    complaints_by_product: table(
      ["product_id", "sku", "title", "complaints", "percent", "cumulative_percent"],
      d.complaints.byProduct.map((r) => ({
        product_id: r.productId,
        sku: r.sku,
        title: r.title,
        complaints: r.complaints,
        percent: r.percent,
        cumulative_percent: r.cumulativePercent,
      })),
    ),
    top_issues: table(
      ["source", "issue", "product_id", "sku", "title", "cases", "percent"],
      d.topIssues.map((r) => ({
        source: r.source,
        issue: r.issue,
        product_id: r.productId,
        sku: r.sku,
        title: r.title,
        cases: r.cases,
        percent: r.percent,
      })),
    ),
    spikes: table(
      ["dimension", "key", "label", "date", "count", "baseline_mean", "p_value"],
      d.spikes.map((s) => ({
        dimension: s.dimension,
        key: s.key,
        label: s.label,
        date: s.date,
        count: s.count,
        baseline_mean: s.baselineMean,
        p_value: s.pValue,
      })),
    ),
    agents: table(
      [
        "agent_id",
        "handled",
        "responses",
        "first_responses",
        "first_response_median_minutes",
        "first_response_mean_minutes",
        "resolution_median_minutes",
        "resolution_mean_minutes",
        "ratings",
        "csat_average",
        "csat_satisfied_percent",
      ],
      d.agents.map((a) => ({
        agent_id: a.agentId,
        handled: a.handled,
        responses: a.responses,
        first_responses: a.firstResponses,
        first_response_median_minutes: a.firstResponseMedianMinutes,
        first_response_mean_minutes: a.firstResponseMeanMinutes,
        resolution_median_minutes: a.resolutionMedianMinutes,
        resolution_mean_minutes: a.resolutionMeanMinutes,
        ratings: a.ratings,
        csat_average: a.csatAverage,
        csat_satisfied_percent: a.csatSatisfiedPercent,
      })),
    ),
    daily: table(
      [
        "date",
        "opened",
        "complaints_opened",
        "returns_opened",
        "first_responses",
        "first_response_median_minutes",
        "resolved",
        "resolution_median_minutes",
        "ratings",
        "csat_average",
        "open_at_end_of_day",
      ],
      d.daily.map((p) => ({
        date: p.date,
        opened: p.opened,
        complaints_opened: p.complaintsOpened,
        returns_opened: p.returnsOpened,
        first_responses: p.firstResponses,
        first_response_median_minutes: p.firstResponseMedianMinutes,
        resolved: p.resolved,
        resolution_median_minutes: p.resolutionMedianMinutes,
        ratings: p.ratings,
        csat_average: p.csatAverage,
        open_at_end_of_day: p.openAtEndOfDay,
      })),
    ),
  };
}

/** Every dashboard table as a CSV file body, by table name (see {@link dashboardTables}). */
export function dashboardCsv(
  d: Dashboard,
  options: Omit<CsvOptions, "columns"> = {},
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(dashboardTables(d)).map(([name, t]) => [
      name,
      toCsv(t.rows, { ...options, columns: t.columns }),
    ]),
  );
}
