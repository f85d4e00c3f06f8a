export { type AgentFigures, agentFigures } from "./agents.js";
export {
  type AgeBucket,
  ageBucketLabels,
  type Backlog,
  backlog,
  DEFAULT_AGE_BUCKETS_HOURS,
} from "./backlog.js";
export { type CsatFigures, csat, DEFAULT_CSAT_GOAL_PERCENT } from "./csat.js";
export { type CsvOptions, type CsvValue, toCsv } from "./csv.js";
export {
  buildDashboard,
  type Dashboard,
  type DashboardInput,
  type DashboardSla,
  type DashboardTable,
  dashboardCsv,
  dashboardTables,
} from "./dashboard.js";
export {
  type ComplaintsReport,
  complaintsReport,
  type IssueRow,
  type ProductLookup,
  type ProductRef,
  type ProductReturnsRow,
  type ProductSales,
  productLookupFromOrders,
  type ReturnsReport,
  returnsByProduct,
  topIssues,
  unitsSoldFromOrders,
} from "./products.js";
export { type AnalyticsRange, AnalyticsRangeSchema, MAX_RANGE_DAYS } from "./range.js";
export { type ResponseTimes, responseTimes } from "./response-times.js";
export { type DailyPoint, dailySeries } from "./series.js";
export { type SlaAttainment, type SlaAttainmentRow, slaAttainment } from "./sla-attainment.js";
export { detectSpikes, poissonUpperTail, type Spike, type SpikeOptions } from "./spikes.js";
export { type DurationStats, durationStats, nearestRank } from "./stats.js";
export {
  type CaseSummary,
  type SummarizeOptions,
  type SummaryRating,
  type SummaryResponse,
  summarizeCases,
} from "./summarize.js";
