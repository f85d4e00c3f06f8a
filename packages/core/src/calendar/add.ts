import { AftersalesError } from "../errors.js";
import { type CalendarInstant, type CompiledCalendar, engineOf, toEpochMs } from "./compile.js";

const MINUTE_MS = 60_000;

/**
 * The instant at which `minutes` of open time have passed since `t` (epoch ms, UTC).
 *
 * - Counting starts at `t` if the calendar is open then, else at the next opening.
 * - The result is the **earliest** such instant: work that ends exactly at closing time is due at
 *   closing time (60 minutes from 17:00 with closing at 18:00 is 18:00 that day, not the next
 *   opening). So a result is always open time or exactly a closing boundary.
 * - `minutes = 0` gives {@link nextOpen}`(t)`: nothing to count, but counting starts at an opening.
 * - Exact to the millisecond: fractional minutes are allowed (rounded to the millisecond).
 *
 * Throws `AftersalesError` `invalid_argument` for negative or non-finite `minutes`.
 */
export function addBusinessTime(calendar: CompiledCalendar, t: CalendarInstant, minutes: number): number {
  const engine = engineOf(calendar);
  const at = toEpochMs(t);
  if (!(minutes >= 0) || minutes === Number.POSITIVE_INFINITY) {
    throw new AftersalesError("invalid_argument", `minutes must be a finite number >= 0, got ${minutes}`);
  }
  let remaining = Math.round(minutes * MINUTE_MS);
  if (engine.alwaysOpen) return at + remaining;
  let cursor = at;
  const firstDay = engine.dayOf(at) - 1;
  let lastOpenDay = firstDay;
  for (let day = firstDay; ; day++) {
    const ranges = engine.day(day).ranges;
    for (let i = 0; i < ranges.length; i += 2) {
      const end = ranges[i + 1]!;
      if (end <= cursor) continue;
      const start = ranges[i]!;
      const from = Math.max(start, cursor);
      const available = end - from;
      if (remaining <= available) return from + remaining;
      remaining -= available;
      cursor = end;
    }
    if (ranges.length > 0) lastOpenDay = day;
    else engine.assertCanOpen(day, lastOpenDay);
  }
}

/**
 * The closing time of the `n`-th business day after the local date of `t` (epoch ms, UTC).
 *
 * - The local date of `t` is never counted, whether `t` is before, during or after its hours
 *   (an SLA of "3 business days" opened on Monday is due at Thursday's closing time).
 * - A business day is a local date that has open time (weekly hours or an extra working day, not a
 *   holiday). Its closing time is the end of its last interval: for a midnight-crossing interval
 *   that is on the next calendar date (Friday 22:00–02:00 closes Saturday 02:00).
 * - `n = 0` returns `t` unchanged.
 *
 * Throws `AftersalesError` `invalid_argument` when `n` is not a non-negative integer.
 */
export function addBusinessDays(calendar: CompiledCalendar, t: CalendarInstant, n: number): number {
  const engine = engineOf(calendar);
  const at = toEpochMs(t);
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new AftersalesError("invalid_argument", `n must be an integer >= 0, got ${n}`);
  }
  if (n === 0) return at;
  let counted = 0;
  let lastOpenDay = engine.dayOf(at);
  for (let day = lastOpenDay + 1; ; day++) {
    const ranges = engine.day(day).ranges;
    if (ranges.length > 0) {
      lastOpenDay = day;
      counted++;
      if (counted === n) return ranges[ranges.length - 1]!;
    } else {
      engine.assertCanOpen(day, lastOpenDay);
    }
  }
}
