import { addBusinessDays, addBusinessTime } from "../calendar/add.js";
import type { CompiledCalendar } from "../calendar/compile.js";
import { businessTimeBetween } from "../calendar/elapsed.js";
import { AftersalesError } from "../errors.js";
import { CLOCK_24_7, type SlaDuration } from "./sla-policy.js";

const MINUTE_MS = 60_000;

/** The calendars an SLA policy's clocks refer to, by id (compiled with `compileCalendar`). */
export type SlaCalendars = Readonly<Record<string, CompiledCalendar>>;

/**
 * @internal Time on one target's clock, in integer milliseconds: business time on a calendar,
 * elapsed time on 24/7.
 */
export interface SlaClock {
  /** The earliest instant at which `ms` of clock time have passed since `t`. */
  add(t: number, ms: number): number;
  /** Clock time in `[a, b)`. */
  between(a: number, b: number): number;
  /** A target duration in clock ms for a cycle that starts at `t`. */
  durationFrom(t: number, duration: SlaDuration): number;
}

const alwaysOn: SlaClock = {
  add: (t, ms) => t + ms,
  between: (a, b) => (b > a ? b - a : 0),
  durationFrom: (_t, duration) => durationMs(duration, 1440),
};

function durationMs(duration: SlaDuration, minutesPerDay: number): number {
  switch (duration.unit) {
    case "minutes":
      return duration.amount * MINUTE_MS;
    case "hours":
      return duration.amount * 60 * MINUTE_MS;
    case "business_days":
      return duration.amount * minutesPerDay * MINUTE_MS;
    default: {
      const unreachable: never = duration.unit;
      return unreachable;
    }
  }
}

function calendarClock(calendar: CompiledCalendar): SlaClock {
  const between = (a: number, b: number) => Math.round(businessTimeBetween(calendar, a, b) * MINUTE_MS);
  return {
    add: (t, ms) => addBusinessTime(calendar, t, ms / MINUTE_MS),
    between,
    durationFrom: (t, duration) =>
      duration.unit === "business_days"
        ? between(t, addBusinessDays(calendar, t, duration.amount))
        : durationMs(duration, 1440),
  };
}

/**
 * @internal The clock of a target: {@link CLOCK_24_7} or a calendar by id. An unknown calendar id
 * is a misconfiguration and throws `AftersalesError` `unknown_calendar`.
 */
export function slaClock(clock: string, calendars: SlaCalendars): SlaClock {
  if (clock === CLOCK_24_7) return alwaysOn;
  const calendar = Object.hasOwn(calendars, clock) ? calendars[clock] : undefined;
  if (calendar === undefined) {
    throw new AftersalesError(
      "unknown_calendar",
      `The SLA policy uses calendar "${clock}" but no calendar with that id was given`,
    );
  }
  return calendarClock(calendar);
}
