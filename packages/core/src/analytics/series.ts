import { type AnalyticsRange, type DayGrid, dayGrid, dayIndex } from "./range.js";
import { durationStats, round2 } from "./stats.js";
import type { CaseSummary } from "./summarize.js";

/** One local day of the charts. */
export interface DailyPoint {
  /** Local date `YYYY-MM-DD` in the range's time zone. */
  readonly date: string;
  readonly opened: number;
  readonly complaintsOpened: number;
  /** Return and exchange cases opened. */
  readonly returnsOpened: number;
  /** Cases whose first staff response was that day. */
  readonly firstResponses: number;
  readonly firstResponseMedianMinutes: number | null;
  /** Cases whose current resolution was that day (as in the resolution-time figures). */
  readonly resolved: number;
  readonly resolutionMedianMinutes: number | null;
  readonly ratings: number;
  readonly csatAverage: number | null;
  /** Cases open at the end of the day (or at `asOf` for a day that has not ended). */
  readonly openAtEndOfDay: number;
}

/** @internal {@link dailySeries} on a prepared day grid; `asOf` caps the backlog of the last day. */
export function seriesOnGrid(summaries: readonly CaseSummary[], grid: DayGrid, asOf: number): DailyPoint[] {
  const first = grid.first;
  const days = grid.dates.length - first;
  const opened = new Array<number>(days).fill(0);
  const complaints = new Array<number>(days).fill(0);
  const returns = new Array<number>(days).fill(0);
  const firstTimes: number[][] = Array.from({ length: days }, () => []);
  const resolveTimes: number[][] = Array.from({ length: days }, () => []);
  const scores: number[][] = Array.from({ length: days }, () => []);
  // Open-count changes per day; index `days` collects nothing, changes before the range go to `base`.
  const delta = new Array<number>(days).fill(0);
  let base = 0;
  const local = (t: number) => dayIndex(grid, t) - first;
  for (const c of summaries) {
    const o = local(c.openedAt);
    if (o >= 0 && o < days) {
      opened[o]!++;
      if (c.kind === "complaint") complaints[o]!++;
      else if (c.kind === "return" || c.kind === "exchange") returns[o]!++;
    }
    if (c.firstResponseAt !== null) {
      const d = local(c.firstResponseAt);
      if (d >= 0 && d < days) firstTimes[d]!.push(c.firstResponseAt - c.openedAt);
    }
    if (c.resolvedAt !== null) {
      const d = local(c.resolvedAt);
      if (d >= 0 && d < days) resolveTimes[d]!.push(c.resolvedAt - c.openedAt);
    }
    for (const r of c.ratings) {
      const d = local(r.at);
      if (d >= 0 && d < days) scores[d]!.push(r.score);
    }
    c.openChanges.forEach((t, i) => {
      if (t > asOf) return;
      const d = local(t);
      const change = i % 2 === 0 ? 1 : -1;
      if (d < 0) base += change;
      else if (d < days) delta[d]! += change;
    });
  }
  let open = base;
  return grid.dates.slice(first).map((date, i) => {
    open += delta[i]!;
    const f = durationStats(firstTimes[i]!);
    const r = durationStats(resolveTimes[i]!);
    const s = scores[i]!;
    return {
      date,
      opened: opened[i]!,
      complaintsOpened: complaints[i]!,
      returnsOpened: returns[i]!,
      firstResponses: f.count,
      firstResponseMedianMinutes: f.medianMinutes,
      resolved: r.count,
      resolutionMedianMinutes: r.medianMinutes,
      ratings: s.length,
      csatAverage: s.length === 0 ? null : round2(s.reduce((a, b) => a + b, 0) / s.length),
      openAtEndOfDay: open,
    };
  });
}

/**
 * A daily time series for charts, one point per local date of the range (bucketed by the range's
 * time zone): cases opened (all, complaints, returns), first responses and resolutions with their
 * medians, ratings and average score, and the cases open at the end of each day. Counts use the
 * same definitions as the range figures, so the points of a range add up to its totals.
 * `asOf` (epoch ms, default the end of the range) is the instant the data stands at.
 */
export function dailySeries(
  summaries: readonly CaseSummary[],
  range: AnalyticsRange,
  asOf?: number,
): DailyPoint[] {
  const grid = dayGrid(range);
  return seriesOnGrid(summaries, grid, asOf ?? grid.rangeEnd);
}
