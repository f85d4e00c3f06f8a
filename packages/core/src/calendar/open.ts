import { type CalendarInstant, type CompiledCalendar, engineOf, toEpochMs } from "./compile.js";

/**
 * Whether the calendar is open at an instant. Intervals are half-open: open at the opening
 * minute, closed at the closing minute (unless another interval starts right then).
 */
export function isOpen(calendar: CompiledCalendar, t: CalendarInstant): boolean {
  const engine = engineOf(calendar);
  const at = toEpochMs(t);
  if (engine.alwaysOpen) return true;
  const today = engine.dayOf(at);
  // Only intervals of the day before (crossing midnight) or of the same local date can contain `at`.
  for (let day = today - 1; day <= today; day++) {
    const ranges = engine.day(day).ranges;
    for (let i = 0; i < ranges.length; i += 2) {
      if (ranges[i]! <= at && at < ranges[i + 1]!) return true;
    }
  }
  return false;
}

/**
 * The first instant at or after `t` at which the calendar is open: `t` itself when open, else the
 * next opening (epoch ms, UTC).
 */
export function nextOpen(calendar: CompiledCalendar, t: CalendarInstant): number {
  const engine = engineOf(calendar);
  const at = toEpochMs(t);
  if (engine.alwaysOpen) return at;
  const firstDay = engine.dayOf(at) - 1;
  let lastOpenDay = firstDay;
  for (let day = firstDay; ; day++) {
    const ranges = engine.day(day).ranges;
    for (let i = 0; i < ranges.length; i += 2) {
      const end = ranges[i + 1]!;
      if (end > at) return Math.max(ranges[i]!, at);
    }
    if (ranges.length > 0) lastOpenDay = day;
    else engine.assertCanOpen(day, lastOpenDay);
  }
}
