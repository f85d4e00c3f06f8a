import { type AnalyticsRange, type DayGrid, dayGrid, inRange } from "./range.js";
import { type DurationStats, durationStats } from "./stats.js";
import type { CaseSummary } from "./summarize.js";

/** First-response and resolution times of the cases whose response / resolution fell in a range. */
export interface ResponseTimes {
  /** From opening to the first staff response, for cases first answered in the range. */
  readonly firstResponse: DurationStats;
  /**
   * From opening to the current resolution (reopened time included), for cases resolved in the
   * range and not reopened since.
   */
  readonly resolution: DurationStats;
}

/** @internal {@link responseTimes} on a prepared day grid. */
export function responseTimesOnGrid(summaries: readonly CaseSummary[], grid: DayGrid): ResponseTimes {
  const first: number[] = [];
  const resolution: number[] = [];
  for (const c of summaries) {
    if (inRange(grid, c.firstResponseAt)) first.push(c.firstResponseAt - c.openedAt);
    if (inRange(grid, c.resolvedAt)) resolution.push(c.resolvedAt - c.openedAt);
  }
  return { firstResponse: durationStats(first), resolution: durationStats(resolution) };
}

/**
 * First-response and resolution time (median, p90 by nearest rank, mean; minutes of elapsed
 * time). A duration counts on the local date it ended: first response for cases whose first staff
 * response is in the range, resolution for cases whose current resolution is in the range. Business
 * time is what the SLA figures measure; these are the times the customer lived through.
 */
export function responseTimes(summaries: readonly CaseSummary[], range: AnalyticsRange): ResponseTimes {
  return responseTimesOnGrid(summaries, dayGrid(range));
}
