import { type CalendarInstant, type CompiledCalendar, engineOf, toEpochMs } from "./compile.js";

const MINUTE_MS = 60_000;

/**
 * Minutes of open time in `[a, b)`; 0 when `b <= a`. The inverse of `addBusinessTime`:
 * `businessTimeBetween(cal, t, addBusinessTime(cal, t, m)) === m`. Whole minutes when both instants
 * are on whole minutes; otherwise exact to the millisecond (a fractional number of minutes).
 */
export function businessTimeBetween(
  calendar: CompiledCalendar,
  a: CalendarInstant,
  b: CalendarInstant,
): number {
  const engine = engineOf(calendar);
  const from = toEpochMs(a, "start instant");
  const to = toEpochMs(b, "end instant");
  if (to <= from) return 0;
  if (engine.alwaysOpen) return (to - from) / MINUTE_MS;
  let total = 0;
  let cursor = from;
  const lastDay = engine.dayOf(to);
  for (let day = engine.dayOf(from) - 1; day <= lastDay; day++) {
    const ranges = engine.day(day).ranges;
    for (let i = 0; i < ranges.length; i += 2) {
      const start = Math.max(ranges[i]!, cursor);
      const end = Math.min(ranges[i + 1]!, to);
      if (end > start) {
        total += end - start;
        cursor = end;
      }
    }
  }
  return total / MINUTE_MS;
}
