import { z } from "zod";
import { dayDate, dayNumber, LocalDateSchema, TimeZoneSchema } from "../calendar/schema.js";
import { zoneClock } from "../calendar/zone.js";
import { parseOrThrow } from "../validation.js";

const DAY_MS = 86_400_000;
/** Longest range a report covers (10 years of days). */
export const MAX_RANGE_DAYS = 3660;

/**
 * The period of a report: local dates `from` … `to` (both included) in an IANA time zone. Every
 * figure that is "on a day" uses the local date of the instant in this zone, so a Shanghai store
 * and a Berlin store each see their own days.
 */
export const AnalyticsRangeSchema = z
  .object({
    from: LocalDateSchema,
    to: LocalDateSchema,
    timeZone: TimeZoneSchema,
  })
  .refine((r) => r.to >= r.from, { path: ["to"], message: "must not be before from" })
  .refine((r) => dayNumber(r.to) - dayNumber(r.from) < MAX_RANGE_DAYS, {
    path: ["to"],
    message: `a range spans at most ${MAX_RANGE_DAYS} days`,
  });
/** The period of a report: local dates `from` … `to` (inclusive) in a time zone. */
export type AnalyticsRange = z.infer<typeof AnalyticsRangeSchema>;

/**
 * @internal The local days of a range (plus `before` earlier days for baselines) as instants of
 * their local midnights, for fast instant → day lookups.
 */
export interface DayGrid {
  /** Local dates, `YYYY-MM-DD`, index 0 = `before` days ahead of `range.from`. */
  readonly dates: readonly string[];
  /** `starts[i]` is the instant local day `i` begins; `starts[dates.length]` is the end of the last day. */
  readonly starts: Float64Array;
  /** Index of `range.from` in `dates` (equals `before`). */
  readonly first: number;
  /** The instant the range begins (local midnight of `from`). */
  readonly rangeStart: number;
  /** The instant the range ends (local midnight after `to`), exclusive. */
  readonly rangeEnd: number;
}

/**
 * @internal Builds the day grid of a range. A local midnight that does not exist (a DST jump at
 * 00:00) starts the day at the instant the clocks jump. Throws `validation_failed` for a bad range.
 */
export function dayGrid(range: AnalyticsRange, before = 0): DayGrid {
  const r = parseOrThrow(AnalyticsRangeSchema, range, "analytics range");
  const zone = zoneClock(r.timeZone);
  const firstDay = dayNumber(r.from) - before;
  const lastDay = dayNumber(r.to);
  const dates: string[] = [];
  const starts = new Float64Array(lastDay - firstDay + 2);
  for (let day = firstDay; day <= lastDay + 1; day++) {
    starts[day - firstDay] = zone.wallToUtc(day * DAY_MS);
    if (day <= lastDay) dates.push(dayDate(day));
  }
  return {
    dates,
    starts,
    first: before,
    rangeStart: starts[before]!,
    rangeEnd: starts[dates.length]!,
  };
}

/**
 * @internal Index of the local day of instant `t` in the grid: `-1` before the first day,
 * `dates.length` at or after the end.
 */
export function dayIndex(grid: DayGrid, t: number): number {
  const starts = grid.starts;
  const n = grid.dates.length;
  if (t < starts[0]!) return -1;
  if (t >= starts[n]!) return n;
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= t) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** @internal Whether instant `t` lies within the range's days. */
export function inRange(grid: DayGrid, t: number | null): t is number {
  return t !== null && t >= grid.rangeStart && t < grid.rangeEnd;
}
