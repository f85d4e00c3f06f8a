import type { DashboardView } from "../api/types.js";

type Cell = string | number | boolean | null;

/** Tables the CSV export offers; the names and columns are those of core's `dashboardTables`. */
export const CSV_TABLES = [
  "daily",
  "response_times",
  "sla_attainment",
  "backlog_by_status",
  "backlog_by_age",
  "csat",
  "complaints_by_category",
  "complaints_by_product",
  "return_reasons",
  "returns_by_product",
  "spikes",
  "agents",
] as const;
/** A table of the CSV export. */
export type CsvTable = (typeof CSV_TABLES)[number];

/** One cell as core's `toCsv` writes it: numbers as JavaScript prints them, text guarded against formulas. */
function cell(value: Cell): string {
  if (value === null) return "";
  let text: string;
  if (typeof value === "number") text = Number.isFinite(value) ? String(value === 0 ? 0 : value) : "";
  else if (typeof value === "boolean") text = value ? "true" : "false";
  else text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** CSV text (RFC 4180, CRLF) of rows under `columns`, the same bytes as core's `toCsv`. */
export function toCsv(columns: readonly string[], rows: readonly Readonly<Record<string, Cell>>[]): string {
  return (
    [columns.join(","), ...rows.map((r) => columns.map((c) => cell(r[c] ?? null)).join(","))].join("\r\n") +
    "\r\n"
  );
}

/**
 * One table of the dashboard the API returned, laid out as core's `dashboardTables` lays it out.
 * Used only while the server has no CSV endpoint: it copies the API's figures, it computes none.
 */
export function tableOf(
  d: DashboardView,
  table: CsvTable,
): { columns: string[]; rows: Record<string, Cell>[] } {
  const stats = (metric: string, s: DashboardView["responseTimes"]["firstResponse"]) => ({
    metric,
    count: s.count,
    median_minutes: s.medianMinutes,
    p90_minutes: s.p90Minutes,
    mean_minutes: s.meanMinutes,
  });
  switch (table) {
    case "daily":
      return {
        columns: [
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
        rows: d.daily.map((p) => ({
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
      };
    case "response_times":
      return {
        columns: ["metric", "count", "median_minutes", "p90_minutes", "mean_minutes"],
        rows: [
          stats("first_response", d.responseTimes.firstResponse),
          stats("resolution", d.responseTimes.resolution),
        ],
      };
    case "sla_attainment":
      return {
        columns: [
          "target",
          "rule",
          "goal_percent",
          "met",
          "breached",
          "total",
          "attainment_percent",
          "meets_goal",
        ],
        rows: (d.sla ? [...d.sla.byTarget, ...d.sla.byRule] : []).map((r) => ({
          target: r.target,
          rule: r.ruleId,
          goal_percent: r.goalPercent,
          met: r.met,
          breached: r.breached,
          total: r.total,
          attainment_percent: r.attainmentPercent,
          meets_goal: r.meetsGoal,
        })),
      };
    case "backlog_by_status":
      return {
        columns: ["status", "count"],
        rows: d.backlog.byStatus.map((r) => ({ status: r.status, count: r.count })),
      };
    case "backlog_by_age":
      return {
        columns: ["bucket", "from_hours", "to_hours", "count"],
        rows: d.backlog.byAge.map((b) => ({
          bucket: b.label,
          from_hours: b.fromHours,
          to_hours: b.toHours,
          count: b.count,
        })),
      };
    case "csat":
      return {
        columns: [
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
        rows: [
          {
            ratings: d.csat.ratings,
            average: d.csat.average,
            satisfied: d.csat.satisfied,
            satisfied_percent: d.csat.satisfiedPercent,
            goal_percent: d.csat.goalPercent,
            meets_goal: d.csat.meetsGoal,
            score_1: d.csat.distribution[0] ?? 0,
            score_2: d.csat.distribution[1] ?? 0,
            score_3: d.csat.distribution[2] ?? 0,
            score_4: d.csat.distribution[3] ?? 0,
            score_5: d.csat.distribution[4] ?? 0,
          },
        ],
      };
    case "complaints_by_category":
      return {
        columns: ["category", "complaints", "percent"],
        rows: d.complaints.byCategory.map((r) => ({
          category: r.category,
          complaints: r.complaints,
          percent: r.percent,
        })),
      };
    case "complaints_by_product":
      return {
        columns: ["product_id", "sku", "title", "complaints", "percent"],
        rows: d.complaints.byProduct.map((r) => ({
          product_id: r.productId,
          sku: r.sku,
          title: r.title,
          complaints: r.complaints,
          percent: r.percent,
        })),
      };
    case "return_reasons":
      return {
        columns: ["reason", "units", "cases", "percent"],
        rows: d.returns.byReason.map((r) => ({
          reason: r.reason,
          units: r.units,
          cases: r.cases,
          percent: r.percent,
        })),
      };
    case "returns_by_product":
      return {
        columns: [
          "product_id",
          "sku",
          "title",
          "cases",
          "units",
          "units_sold",
          "return_rate_percent",
          "reasons",
        ],
        rows: d.returns.byProduct.map((r) => ({
          product_id: r.productId,
          sku: r.sku,
          title: r.title,
          cases: r.cases,
          units: r.units,
          units_sold: r.unitsSold,
          return_rate_percent: r.returnRatePercent,
          reasons: r.reasons.map((x) => `${x.reason}:${x.units}`).join("; "),
        })),
      };
    case "spikes":
      return {
        columns: ["dimension", "key", "label", "date", "count", "baseline_mean", "p_value"],
        rows: d.spikes.map((s) => ({
          dimension: s.dimension,
          key: s.key,
          label: s.label,
          date: s.date,
          count: s.count,
          baseline_mean: s.baselineMean,
          p_value: s.pValue,
        })),
      };
    case "agents":
      return {
        columns: [
          "agent_id",
          "handled",
          "responses",
          "first_responses",
          "first_response_median_minutes",
          "resolution_median_minutes",
          "ratings",
          "csat_average",
          "csat_satisfied_percent",
        ],
        rows: d.agents.map((a) => ({
          agent_id: a.agentId,
          handled: a.handled,
          responses: a.responses,
          first_responses: a.firstResponses,
          first_response_median_minutes: a.firstResponseMedianMinutes,
          resolution_median_minutes: a.resolutionMedianMinutes,
          ratings: a.ratings,
          csat_average: a.csatAverage,
          csat_satisfied_percent: a.csatSatisfiedPercent,
        })),
      };
    default: {
      const never: never = table;
      throw new Error(`unknown table ${String(never)}`);
    }
  }
}
