import { AftersalesError } from "../errors.js";
import { parseOrThrow } from "../validation.js";
import {
  type BusinessCalendar,
  type BusinessCalendarInput,
  BusinessCalendarSchema,
  dayDate,
  dayNumber,
  type MinuteInterval,
  toMinutes,
  WEEKDAYS,
  type Weekday,
} from "./schema.js";
import { type ZoneClock, zoneClock } from "./zone.js";

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
/** Entries kept per calendar before the memo starts over (about 55 years of dates). */
const MEMO_LIMIT = 20_000;
/** Consecutive closed days after the last listed date that prove the calendar never opens. */
const NEVER_OPEN_AFTER_DAYS = 15;

/**
 * The open time of one local date, as UTC epoch-ms ranges. `ranges` is flat (`[start0, end0,
 * start1, end1, …]`), sorted, non-empty ranges only; it holds the intervals that *belong* to this
 * date, so a midnight-crossing interval's last range ends on the next date.
 */
export interface DayEntry {
  /** The instant of local 00:00 (see {@link ZoneClock.wallToUtc} for DST). */
  readonly start: number;
  /** The instant of the next local 00:00. */
  readonly end: number;
  /** Open ranges that belong to this date: `[start0, end0, start1, end1, …]`. */
  readonly ranges: readonly number[];
}

/**
 * A business calendar ready for fast queries: made by {@link compileCalendar} and passed to
 * `isOpen`, `nextOpen`, `addBusinessTime`, `addBusinessDays`, `businessTimeBetween` and
 * `describeHours`. Compile once per calendar definition and reuse it: it memoises the open
 * ranges of each local date it has seen (a cache only: every answer is the same without it).
 */
export interface CompiledCalendar {
  /** The validated definition this calendar was compiled from. */
  readonly definition: BusinessCalendar;
  /** The calendar's IANA time zone. */
  readonly timeZone: string;
  /** True when every day is open 00:00–24:00 and there are no holidays: business time is clock time. */
  readonly alwaysOpen: boolean;
}

/** @internal The engine behind a {@link CompiledCalendar}; not exported from the package. */
export class CalendarEngine implements CompiledCalendar {
  readonly definition: BusinessCalendar;
  readonly timeZone: string;
  readonly alwaysOpen: boolean;
  readonly #zone: ZoneClock;
  readonly #weekly: readonly (readonly MinuteInterval[])[];
  readonly #holidays: ReadonlySet<number>;
  readonly #extra: ReadonlyMap<number, readonly MinuteInterval[]>;
  /** Last local date named by a holiday or extra working day: after it, only the weekly hours apply. */
  readonly #lastListedDay: number;
  readonly #memo = new Map<number, DayEntry>();

  constructor(definition: BusinessCalendar) {
    this.definition = definition;
    this.timeZone = definition.timeZone;
    this.#zone = zoneClock(definition.timeZone);
    // Index 0 is Sunday here, to match the weekday arithmetic of day numbers.
    this.#weekly = [6, 0, 1, 2, 3, 4, 5].map((i) => sortedMinutes(definition.weekly[WEEKDAYS[i]!]));
    const holidays = new Set<number>();
    let lastListed = Number.NEGATIVE_INFINITY;
    for (const holiday of definition.holidays) {
      const from = dayNumber("date" in holiday ? holiday.date : holiday.from);
      const to = "date" in holiday ? from : dayNumber(holiday.to);
      for (let day = from; day <= to; day++) holidays.add(day);
      if (to > lastListed) lastListed = to;
    }
    const extra = new Map<number, readonly MinuteInterval[]>();
    for (const day of definition.extraWorkingDays) {
      const n = dayNumber(day.date);
      const hours = typeof day.hours === "string" ? definition.weekly[day.hours as Weekday] : day.hours;
      extra.set(n, sortedMinutes(hours));
      if (n > lastListed) lastListed = n;
    }
    this.#holidays = holidays;
    this.#extra = extra;
    this.#lastListedDay = lastListed;
    this.alwaysOpen =
      holidays.size === 0 &&
      this.#weekly.every((day) => day.length === 1 && day[0]!.start === 0 && day[0]!.end === 1440);
  }

  /** The open ranges of a local date (day number), computed once and memoised. */
  day(day: number): DayEntry {
    const cached = this.#memo.get(day);
    if (cached !== undefined) return cached;
    const entry = this.#computeDay(day);
    if (this.#memo.size >= MEMO_LIMIT) this.#memo.clear();
    this.#memo.set(day, entry);
    return entry;
  }

  /** The local date (day number) of an instant. */
  dayOf(t: number): number {
    const utcDay = Math.floor(t / DAY_MS);
    const entry = this.day(utcDay);
    if (t < entry.start) return utcDay - 1;
    if (t >= entry.end) return utcDay + 1;
    return utcDay;
  }

  /** The intervals (minutes of the local day) that apply on a local date. */
  hoursOn(day: number): readonly MinuteInterval[] {
    const extra = this.#extra.get(day);
    if (extra !== undefined) return extra;
    if (this.#holidays.has(day)) return [];
    return this.#weekly[(((day + 4) % 7) + 7) % 7]!;
  }

  /**
   * Throws `calendar_never_open` when a search reaches `day` with no open time since `lastOpenDay`
   * for more than two weeks past every listed date: from there the weekly hours only repeat, so the
   * calendar would never open again. Unreachable for calendars that passed the schema (they have
   * weekly hours); it turns a bug into an error instead of an endless loop.
   */
  assertCanOpen(day: number, lastOpenDay: number): void {
    if (day - Math.max(lastOpenDay, this.#lastListedDay) > NEVER_OPEN_AFTER_DAYS) {
      throw new AftersalesError(
        "calendar_never_open",
        `The business calendar (${this.timeZone}) has no open time after ${dayDate(lastOpenDay)}`,
      );
    }
  }

  #computeDay(day: number): DayEntry {
    const hours = this.hoursOn(day);
    const wall0 = day * DAY_MS;
    const walls: number[] = [wall0, wall0 + DAY_MS];
    for (const interval of hours)
      walls.push(wall0 + interval.start * MINUTE_MS, wall0 + interval.end * MINUTE_MS);
    const utc = this.#zone.wallsToUtc(walls);
    const ranges: number[] = [];
    for (let i = 2; i < utc.length; i += 2) {
      const start = utc[i]!;
      const end = utc[i + 1]!;
      if (end <= start) continue; // wholly inside a spring-forward gap
      const last = ranges.length - 1;
      if (last > 0 && start <= ranges[last]!) {
        if (end > ranges[last]!) ranges[last] = end;
      } else {
        ranges.push(start, end);
      }
    }
    return { start: utc[0]!, end: utc[1]!, ranges };
  }
}

function sortedMinutes(intervals: readonly { start: string; end: string }[]): MinuteInterval[] {
  return intervals.map(toMinutes).sort((a, b) => a.start - b.start);
}

/**
 * Validates a calendar definition and compiles it for fast queries. Throws `AftersalesError`
 * `validation_failed` (with one issue per bad path) for an invalid definition: a calendar is
 * configuration, so a bad one is a bug in the caller. Use `validate(BusinessCalendarSchema, input)`
 * to show the issues to a merchant instead.
 */
export function compileCalendar(definition: BusinessCalendarInput): CompiledCalendar {
  return new CalendarEngine(parseOrThrow(BusinessCalendarSchema, definition, "business calendar"));
}

/** @internal The engine of a compiled calendar; throws when handed anything else. */
export function engineOf(calendar: CompiledCalendar): CalendarEngine {
  if (calendar instanceof CalendarEngine) return calendar;
  throw new AftersalesError("invalid_calendar", "Pass a calendar made by compileCalendar()");
}

/**
 * An instant in time as the calendar operations accept it: epoch milliseconds, or an ISO 8601
 * date-time string that carries its offset (`2025-03-10T09:00:00Z`, `…+08:00`). Strings without an
 * offset are rejected: their meaning would depend on the machine's zone.
 */
export type CalendarInstant = number | string;

const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/i;

/** @internal Epoch ms of a {@link CalendarInstant}; throws `invalid_instant` for anything else. */
export function toEpochMs(t: CalendarInstant, what = "instant"): number {
  const ms = typeof t === "number" ? t : WITH_OFFSET.test(t) ? Date.parse(t) : Number.NaN;
  if (!Number.isFinite(ms)) {
    throw new AftersalesError("invalid_instant", `Invalid ${what}: ${JSON.stringify(t)}`);
  }
  return ms;
}
