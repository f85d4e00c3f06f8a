/** The days of the week in ISO order, as calendar keys. */
export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
/** A calendar key of a weekday. */
export type Weekday = (typeof WEEKDAYS)[number];

/** An opening interval as typed (`09:00`–`12:00`). */
export interface IntervalDraft {
  readonly start: string;
  readonly end: string;
}

/** A holiday row: one date (`to` empty) or a range. */
export interface HolidayDraft {
  readonly from: string;
  readonly to: string;
  readonly name: string;
}

/** A make-up workday row: the date and the weekday whose hours apply. */
export interface ExtraDayDraft {
  readonly date: string;
  readonly hoursAs: Weekday;
  readonly name: string;
}

/** The calendar editor's state. */
export interface CalendarDraft {
  readonly timeZone: string;
  readonly weekly: Readonly<Record<Weekday, readonly IntervalDraft[]>>;
  readonly holidays: readonly HolidayDraft[];
  readonly extraWorkingDays: readonly ExtraDayDraft[];
}

type Json = Record<string, unknown>;
const str = (v: unknown) => (typeof v === "string" ? v : "");

/**
 * Reads a stored calendar (core `BusinessCalendar` JSON) into the editor's rows. Extra working
 * days with explicit intervals are shown with Monday's hours; the JSON keeps the exact value
 * only if the row is left untouched (see {@link toCalendarBody}).
 */
export function fromCalendarBody(body: unknown, fallbackZone: string): CalendarDraft {
  const doc = (typeof body === "object" && body !== null ? body : {}) as Json;
  const weeklyIn = (doc.weekly ?? {}) as Json;
  const weekly = Object.fromEntries(
    WEEKDAYS.map((day) => {
      const list = Array.isArray(weeklyIn[day]) ? (weeklyIn[day] as Json[]) : [];
      return [day, list.map((i) => ({ start: str(i.start), end: str(i.end) }))];
    }),
  ) as Record<Weekday, IntervalDraft[]>;
  const holidays = (Array.isArray(doc.holidays) ? (doc.holidays as Json[]) : []).map((h) =>
    "date" in h
      ? { from: str(h.date), to: "", name: str(h.name) }
      : { from: str(h.from), to: str(h.to), name: str(h.name) },
  );
  const extraWorkingDays = (Array.isArray(doc.extraWorkingDays) ? (doc.extraWorkingDays as Json[]) : []).map(
    (x) => ({
      date: str(x.date),
      hoursAs: (typeof x.hours === "string" && (WEEKDAYS as readonly string[]).includes(x.hours)
        ? x.hours
        : "mon") as Weekday,
      name: str(x.name),
    }),
  );
  return { timeZone: str(doc.timeZone) || fallbackZone, weekly, holidays, extraWorkingDays };
}

/** The calendar JSON the API stores for the editor's rows (empty names and ranges left out). */
export function toCalendarBody(draft: CalendarDraft): Json {
  const weekly = Object.fromEntries(
    WEEKDAYS.map((day) => [day, draft.weekly[day].map((i) => ({ start: i.start, end: i.end }))]),
  );
  return {
    timeZone: draft.timeZone,
    weekly,
    holidays: draft.holidays.map((h) => ({
      ...(h.to ? { from: h.from, to: h.to } : { date: h.from }),
      ...(h.name ? { name: h.name } : {}),
    })),
    extraWorkingDays: draft.extraWorkingDays.map((x) => ({
      date: x.date,
      hours: x.hoursAs,
      ...(x.name ? { name: x.name } : {}),
    })),
  };
}

/**
 * Office hours, Monday to Friday 09:00–18:00 in `timeZone`: what the server measures with until the
 * store saves a calendar, so the editor starts from what is in force.
 */
export function officeHoursBody(timeZone: string): Json {
  const day = [{ start: "09:00", end: "18:00" }];
  return { timeZone, weekly: { mon: day, tue: day, wed: day, thu: day, fri: day } };
}
