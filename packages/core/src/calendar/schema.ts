import { z } from "zod";

/** The days of the week, as keys of {@link WeeklyHours} (ISO order, Monday first). */
export const Weekday = {
  mon: "mon",
  tue: "tue",
  wed: "wed",
  thu: "thu",
  fri: "fri",
  sat: "sat",
  sun: "sun",
} as const;
/** Zod enum of {@link Weekday}. */
export const WeekdaySchema = z.enum(Weekday);
/** A day of the week (`mon` … `sun`). */
export type Weekday = z.infer<typeof WeekdaySchema>;

/** Weekdays in ISO order (Monday first); index 0 is Monday. */
export const WEEKDAYS: readonly Weekday[] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

const CLOCK_TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

/** Minutes after local midnight of a `HH:MM` wall-clock time (`24:00` is 1440). */
export function clockMinutes(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/**
 * One opening interval of a day, in local wall-clock time: `start` inclusive, `end` exclusive.
 * An `end` at or before `start` means the interval crosses midnight and ends on the next day
 * (`22:00`–`02:00`); `24:00` is allowed as an end for "until midnight".
 */
export const OpeningIntervalSchema = z
  .strictObject({
    start: z.string().regex(CLOCK_TIME, "must be a time of day HH:MM between 00:00 and 23:59"),
    end: z
      .string()
      .regex(/^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/, "must be a time of day HH:MM between 00:00 and 24:00"),
  })
  .check((ctx) => {
    if (ctx.value.start === ctx.value.end) {
      ctx.issues.push({
        code: "custom",
        input: ctx.value,
        path: ["end"],
        message: `an interval cannot end when it starts (${ctx.value.start}); use 00:00–24:00 for the whole day`,
      });
    }
  });
/** One opening interval of a day (`{ start: "09:00", end: "12:00" }`). */
export type OpeningInterval = z.infer<typeof OpeningIntervalSchema>;

const dayHours = z.array(OpeningIntervalSchema).default([]);

/**
 * Regular opening hours per weekday; a missing or empty day is closed. Any number of intervals per
 * day (lunch breaks, split shifts). A midnight-crossing interval belongs to the day it starts on.
 */
export const WeeklyHoursSchema = z.strictObject({
  mon: dayHours,
  tue: dayHours,
  wed: dayHours,
  thu: dayHours,
  fri: dayHours,
  sat: dayHours,
  sun: dayHours,
});
/** Regular opening hours per weekday (parsed: every day present). */
export type WeeklyHours = z.infer<typeof WeeklyHoursSchema>;

/** A calendar date `YYYY-MM-DD` in the calendar's time zone. */
export const LocalDateSchema = z.iso.date("must be a date YYYY-MM-DD");

/** A public holiday or closure on one local date. */
export const SingleHolidaySchema = z.strictObject({
  date: LocalDateSchema,
  name: z.string().min(1).optional(),
});

/** A closure over a range of local dates, both ends included (at most 366 days). */
export const HolidayRangeSchema = z.strictObject({
  from: LocalDateSchema,
  to: LocalDateSchema,
  name: z.string().min(1).optional(),
});

/**
 * A day or range of days on which the calendar is closed: `{ date }` or `{ from, to }` (both
 * included), optionally named. Overlapping holidays are allowed (they simply stay closed).
 */
export const HolidaySchema = z.union([SingleHolidaySchema, HolidayRangeSchema], {
  error: "a holiday is { date: YYYY-MM-DD, name? } or { from: YYYY-MM-DD, to: YYYY-MM-DD, name? }",
});
/** A day or range of days on which the calendar is closed. */
export type Holiday = z.infer<typeof HolidaySchema>;

/**
 * An extra working day (a make-up workday such as mainland China's 调休上班日, Taiwan's 補班日):
 * the date is open with `hours` even if it falls on a weekend or inside a holiday range. `hours`
 * is either explicit intervals or a weekday whose regular hours apply (default `mon`).
 */
export const ExtraWorkingDaySchema = z.strictObject({
  date: LocalDateSchema,
  hours: z.union([z.array(OpeningIntervalSchema).min(1), WeekdaySchema]).default("mon"),
  name: z.string().min(1).optional(),
});
/** An extra working day (parsed: `hours` present). */
export type ExtraWorkingDay = z.infer<typeof ExtraWorkingDaySchema>;
/** An extra working day as written by a merchant (`hours` optional). */
export type ExtraWorkingDayInput = z.input<typeof ExtraWorkingDaySchema>;

function isKnownTimeZone(zone: string): boolean {
  // IANA names only: fixed offsets such as "+08:00" are not a place and do not follow DST rules.
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** An IANA time zone name known to this runtime's Intl (`Asia/Shanghai`, `Europe/Berlin`, `UTC`). */
export const TimeZoneSchema = z
  .string()
  .refine(isKnownTimeZone, { error: (issue) => `unknown time zone ${JSON.stringify(issue.input)}` });

const DAY_MS = 86_400_000;
/** Days since 1970-01-01 of a `YYYY-MM-DD` date (the local date, not an instant). */
export function dayNumber(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
}

/** `YYYY-MM-DD` of a day number (inverse of {@link dayNumber}). */
export function dayDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Longest holiday range accepted: longer closures are almost always a typo in a year. */
export const MAX_HOLIDAY_RANGE_DAYS = 366;

/** An interval as minutes after the local midnight of its own day; `end` may exceed 1440. */
export interface MinuteInterval {
  readonly start: number;
  readonly end: number;
}

/** Minutes form of an interval; a midnight-crossing interval ends after 1440. */
export function toMinutes(interval: OpeningInterval): MinuteInterval {
  const start = clockMinutes(interval.start);
  const end = clockMinutes(interval.end);
  return { start, end: end <= start ? end + 1440 : end };
}

function label(interval: OpeningInterval): string {
  return `${interval.start}–${interval.end}`;
}

type Issue = { path: (string | number)[]; message: string };

function overlapsWithinDay(intervals: readonly OpeningInterval[], basePath: (string | number)[]): Issue[] {
  const order = intervals
    .map((interval, index) => ({ interval, index, minutes: toMinutes(interval) }))
    .sort((a, b) => a.minutes.start - b.minutes.start);
  const issues: Issue[] = [];
  for (let i = 1; i < order.length; i++) {
    const previous = order[i - 1]!;
    const current = order[i]!;
    if (current.minutes.start < previous.minutes.end) {
      const [first, second] = previous.index < current.index ? [previous, current] : [current, previous];
      issues.push({
        path: [...basePath, second.index],
        message: `${label(second.interval)} overlaps ${label(first.interval)}`,
      });
    }
  }
  return issues;
}

const DAY_NAMES: Record<Weekday, string> = {
  mon: "Monday",
  tue: "Tuesday",
  wed: "Wednesday",
  thu: "Thursday",
  fri: "Friday",
  sat: "Saturday",
  sun: "Sunday",
};

function overlapsAcrossMidnight(weekly: WeeklyHours): Issue[] {
  const issues: Issue[] = [];
  WEEKDAYS.forEach((day, i) => {
    const next = WEEKDAYS[(i + 1) % 7]!;
    for (const crossing of weekly[day]) {
      const minutes = toMinutes(crossing);
      if (minutes.end <= 1440) continue;
      const tailEnd = minutes.end - 1440;
      weekly[next].forEach((interval, index) => {
        if (toMinutes(interval).start < tailEnd) {
          issues.push({
            path: ["weekly", next, index],
            message: `${label(interval)} overlaps the end of ${DAY_NAMES[day]}'s ${label(crossing)}`,
          });
        }
      });
    }
  });
  return issues;
}

/**
 * A business calendar: an IANA time zone, weekly hours, holidays and extra working days. Precedence
 * for a local date: an extra working day wins over a holiday, a holiday wins over the weekly hours.
 * Validation rejects, with the path of the offending entry: an unknown zone, overlapping intervals
 * (also across midnight into the next weekday), a holiday range that ends before it starts, the same
 * extra working day twice, and a calendar with no weekly hours at all (it could never compute a due
 * time).
 */
export const BusinessCalendarSchema = z
  .strictObject({
    timeZone: TimeZoneSchema,
    weekly: WeeklyHoursSchema,
    holidays: z.array(HolidaySchema).default([]),
    extraWorkingDays: z.array(ExtraWorkingDaySchema).default([]),
  })
  .check((ctx) => {
    const calendar = ctx.value;
    const issues: Issue[] = [];
    for (const day of WEEKDAYS) issues.push(...overlapsWithinDay(calendar.weekly[day], ["weekly", day]));
    issues.push(...overlapsAcrossMidnight(calendar.weekly));
    if (WEEKDAYS.every((day) => calendar.weekly[day].length === 0)) {
      issues.push({
        path: ["weekly"],
        message: "the calendar is never open: give at least one weekday opening hours",
      });
    }
    calendar.holidays.forEach((holiday, index) => {
      if (!("from" in holiday)) return;
      const length = dayNumber(holiday.to) - dayNumber(holiday.from) + 1;
      if (length < 1) {
        issues.push({
          path: ["holidays", index, "to"],
          message: `the range ends (${holiday.to}) before it starts (${holiday.from})`,
        });
      } else if (length > MAX_HOLIDAY_RANGE_DAYS) {
        issues.push({
          path: ["holidays", index, "to"],
          message: `a holiday range spans at most ${MAX_HOLIDAY_RANGE_DAYS} days (this one spans ${length})`,
        });
      }
    });
    const seen = new Map<string, number>();
    calendar.extraWorkingDays.forEach((extra, index) => {
      const first = seen.get(extra.date);
      if (first !== undefined) {
        issues.push({
          path: ["extraWorkingDays", index, "date"],
          message: `${extra.date} is already an extra working day (extraWorkingDays.${first})`,
        });
      } else {
        seen.set(extra.date, index);
      }
      if (Array.isArray(extra.hours)) {
        issues.push(...overlapsWithinDay(extra.hours, ["extraWorkingDays", index, "hours"]));
      }
    });
    for (const issue of issues) {
      ctx.issues.push({ code: "custom", input: calendar, path: issue.path, message: issue.message });
    }
  });

/** A validated business calendar definition (what {@link BusinessCalendarSchema} outputs). */
export type BusinessCalendar = z.infer<typeof BusinessCalendarSchema>;
/** A business calendar as written by a merchant (optional parts may be left out). */
export type BusinessCalendarInput = z.input<typeof BusinessCalendarSchema>;
