import { type CompiledCalendar, compileCalendar } from "./compile.js";
import type { OpeningInterval } from "./schema.js";

const ALL_DAY: readonly OpeningInterval[] = [{ start: "00:00", end: "24:00" }];

/**
 * A calendar that is always open (7×24 teams, calendar-time SLAs): business time is clock time,
 * `addBusinessTime(t, m)` is `t + m` minutes. The zone (default `UTC`) only matters for
 * `addBusinessDays`, whose days end at local midnight. A factory, not a shared constant, because a
 * compiled calendar holds its own memo.
 */
export function calendar247(timeZone = "UTC"): CompiledCalendar {
  const day = [...ALL_DAY];
  return compileCalendar({
    timeZone,
    weekly: { mon: day, tue: day, wed: day, thu: day, fri: day, sat: day, sun: day },
  });
}
