import { AftersalesError } from "../errors.js";
import type { ExtraWorkingDayInput, Holiday, OpeningInterval, Weekday } from "./schema.js";

/** One year of the mainland China public-holiday arrangement (放假调休安排). */
export interface ChinaHolidayYear {
  /** The State Council General Office notice the dates are copied from. */
  readonly source: string;
  /** Days off, as published (ranges include the swapped weekend days). */
  readonly holidays: readonly Holiday[];
  /** Make-up workdays (调休上班日): weekend dates that are normal working days. */
  readonly makeUpWorkdays: readonly { readonly date: string; readonly name: string }[];
}

/**
 * The published mainland China holiday arrangements, by year. The State Council publishes each
 * year's dates in November of the year before; no npm package carries the make-up workdays
 * (`date-holidays` lists only the statutory days for CN), so they are kept here and a year is
 * added when its notice is out. Dates are checked against the notices' text as reposted by Xinhua.
 */
export const CHINA_MAINLAND_HOLIDAYS = {
  2025: {
    source:
      "国务院办公厅关于2025年部分节假日安排的通知 (国办发明电〔2024〕12号, State Council General Office, 12 Nov 2024)",
    holidays: [
      { date: "2025-01-01", name: "元旦 New Year's Day" },
      { from: "2025-01-28", to: "2025-02-04", name: "春节 Spring Festival" },
      { from: "2025-04-04", to: "2025-04-06", name: "清明节 Qingming Festival" },
      { from: "2025-05-01", to: "2025-05-05", name: "劳动节 Labour Day" },
      { from: "2025-05-31", to: "2025-06-02", name: "端午节 Dragon Boat Festival" },
      { from: "2025-10-01", to: "2025-10-08", name: "国庆节、中秋节 National Day and Mid-Autumn Festival" },
    ],
    makeUpWorkdays: [
      { date: "2025-01-26", name: "春节调休上班 Spring Festival make-up workday" },
      { date: "2025-02-08", name: "春节调休上班 Spring Festival make-up workday" },
      { date: "2025-04-27", name: "劳动节调休上班 Labour Day make-up workday" },
      { date: "2025-09-28", name: "国庆节调休上班 National Day make-up workday" },
      { date: "2025-10-11", name: "国庆节调休上班 National Day make-up workday" },
    ],
  },
  2026: {
    // The notice is dated 4 Nov 2025 and was published by Xinhua on that day; its document number
    // (国办发明电〔2025〕…号) is not recorded here because it could not be confirmed.
    source: "国务院办公厅关于2026年部分节假日安排的通知 (State Council General Office, 4 Nov 2025)",
    holidays: [
      { from: "2026-01-01", to: "2026-01-03", name: "元旦 New Year's Day" },
      { from: "2026-02-15", to: "2026-02-23", name: "春节 Spring Festival" },
      { from: "2026-04-04", to: "2026-04-06", name: "清明节 Qingming Festival" },
      { from: "2026-05-01", to: "2026-05-05", name: "劳动节 Labour Day" },
      { from: "2026-06-19", to: "2026-06-21", name: "端午节 Dragon Boat Festival" },
      { from: "2026-09-25", to: "2026-09-27", name: "中秋节 Mid-Autumn Festival" },
      { from: "2026-10-01", to: "2026-10-07", name: "国庆节 National Day" },
    ],
    makeUpWorkdays: [
      { date: "2026-01-04", name: "元旦调休上班 New Year make-up workday" },
      { date: "2026-02-14", name: "春节调休上班 Spring Festival make-up workday" },
      { date: "2026-02-28", name: "春节调休上班 Spring Festival make-up workday" },
      { date: "2026-05-09", name: "劳动节调休上班 Labour Day make-up workday" },
      { date: "2026-09-20", name: "国庆节调休上班 National Day make-up workday" },
      { date: "2026-10-10", name: "国庆节调休上班 National Day make-up workday" },
    ],
  },
} as const satisfies Record<number, ChinaHolidayYear>;

/** A year for which {@link CHINA_MAINLAND_HOLIDAYS} has the published arrangement. */
export type ChinaHolidayYearNumber = keyof typeof CHINA_MAINLAND_HOLIDAYS;

/** Options of {@link chinaMainlandHolidays}. */
export interface ChinaMainlandHolidayOptions {
  /** Years to include (default: every published year we carry). */
  readonly years?: readonly ChinaHolidayYearNumber[];
  /**
   * Hours on make-up workdays: a weekday whose regular hours apply, or explicit intervals.
   * Default `mon` (a make-up day is worked as a normal weekday).
   */
  readonly makeUpHours?: Weekday | readonly OpeningInterval[];
}

/**
 * The `holidays` and `extraWorkingDays` of a mainland China calendar, ready to spread into a
 * calendar definition: `compileCalendar({ timeZone: "Asia/Shanghai", weekly, ...chinaMainlandHolidays() })`.
 * Merchants add their own closures by appending to `holidays`, work through a public holiday by
 * adding an extra working day (it wins over the holiday), or drop days with `removeHolidayDates`.
 * Throws `AftersalesError` `unknown_holiday_year` for a year whose arrangement is not carried.
 */
export function chinaMainlandHolidays(options: ChinaMainlandHolidayOptions = {}): {
  holidays: Holiday[];
  extraWorkingDays: ExtraWorkingDayInput[];
} {
  const known = Object.keys(CHINA_MAINLAND_HOLIDAYS).map(Number) as ChinaHolidayYearNumber[];
  const years = options.years ?? known;
  const hours =
    typeof options.makeUpHours === "string" ? options.makeUpHours : [...(options.makeUpHours ?? [])];
  const holidays: Holiday[] = [];
  const extraWorkingDays: ExtraWorkingDayInput[] = [];
  for (const year of years) {
    const arrangement: ChinaHolidayYear | undefined = CHINA_MAINLAND_HOLIDAYS[year];
    if (arrangement === undefined) {
      throw new AftersalesError(
        "unknown_holiday_year",
        `No mainland China holiday arrangement for ${year}; known years: ${known.join(", ")}`,
      );
    }
    holidays.push(...arrangement.holidays.map((holiday) => ({ ...holiday })));
    for (const day of arrangement.makeUpWorkdays) {
      extraWorkingDays.push({
        date: day.date,
        name: day.name,
        hours: typeof hours === "string" ? hours : hours.length > 0 ? [...hours] : "mon",
      });
    }
  }
  return { holidays, extraWorkingDays };
}
