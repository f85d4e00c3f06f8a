import { dayDate, dayNumber, type Holiday } from "./schema.js";

/**
 * Removes dates from a holiday list (a merchant who opens on a listed holiday): single dates are
 * dropped and ranges are split around the removed dates; names are kept. Returns a new list.
 * To open with special hours instead, add an extra working day: it wins over any holiday.
 */
export function removeHolidayDates(holidays: readonly Holiday[], dates: readonly string[]): Holiday[] {
  const removed = new Set(dates.map(dayNumber));
  const result: Holiday[] = [];
  for (const holiday of holidays) {
    const name = holiday.name === undefined ? {} : { name: holiday.name };
    if ("date" in holiday) {
      if (!removed.has(dayNumber(holiday.date))) result.push({ ...holiday });
      continue;
    }
    let runStart: number | undefined;
    const last = dayNumber(holiday.to);
    for (let day = dayNumber(holiday.from); day <= last + 1; day++) {
      const closed = day <= last && !removed.has(day);
      if (closed && runStart === undefined) runStart = day;
      if (!closed && runStart !== undefined) {
        const end = day - 1;
        result.push(
          end === runStart
            ? { date: dayDate(runStart), ...name }
            : { from: dayDate(runStart), to: dayDate(end), ...name },
        );
        runStart = undefined;
      }
    }
  }
  return result;
}

/**
 * The shape of one entry returned by the `date-holidays` package's `getHolidays(year)` (only the
 * fields used here). Declared structurally so that core does not depend on that package.
 */
export interface DateHolidaysEntry {
  /** Local start, `YYYY-MM-DD hh:mm:ss` (possibly followed by an offset). */
  readonly date: string;
  /** Start instant. */
  readonly start: Date;
  /** End instant (exclusive). */
  readonly end: Date;
  /** Name in the country's language. */
  readonly name: string;
  /** `public`, `bank`, `school`, `optional` or `observance`. */
  readonly type: string;
}

/** Options of {@link holidaysFromDateHolidays}. */
export interface DateHolidaysOptions {
  /** Which `date-holidays` types close the calendar (default: `public` only). */
  readonly types?: readonly string[];
}

const DAY_MS = 86_400_000;

/**
 * Converts the output of `date-holidays` (`new Holidays("DE", "BY").getHolidays(2025)`) into our
 * holiday list: entries of the chosen types that start at local midnight become whole-day
 * holidays (multi-day entries become ranges); entries that start later in the day (half days such
 * as a Christmas Eve afternoon) are left out, since a calendar holiday closes the whole day.
 *
 * `date-holidays` is not a dependency of core (it and its data weigh about 40 MB installed): the
 * server, which may install it, calls it and passes the entries here. Mainland China is better
 * served by {@link chinaMainlandHolidays}: `date-holidays` lists the statutory days but not the
 * State Council's bridge days and make-up workdays.
 */
export function holidaysFromDateHolidays(
  entries: readonly DateHolidaysEntry[],
  options: DateHolidaysOptions = {},
): Holiday[] {
  const types = new Set(options.types ?? ["public"]);
  const seen = new Set<string>();
  const result: Holiday[] = [];
  for (const entry of entries) {
    if (!types.has(entry.type)) continue;
    if (entry.date.slice(11, 19) !== "00:00:00") continue;
    const from = entry.date.slice(0, 10);
    const days = Math.max(1, Math.round((entry.end.getTime() - entry.start.getTime()) / DAY_MS));
    const to = dayDate(dayNumber(from) + days - 1);
    const key = `${from}/${to}`;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(days === 1 ? { date: from, name: entry.name } : { from, to, name: entry.name });
  }
  return result;
}
