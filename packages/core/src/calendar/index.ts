/**
 * Business calendar: opening hours in an IANA zone, holidays and make-up workdays, and exact
 * business-time arithmetic for SLA due times. Compile a definition once (`compileCalendar`), then
 * query it; every operation takes and returns UTC instants (epoch ms out; epoch ms or ISO 8601 with
 * an offset in).
 *
 * Rules, in one place (each export's JSDoc repeats the part it needs):
 * - A local date's hours: an extra working day's hours, else closed on a holiday, else the weekly
 *   hours of its weekday. Intervals are half-open `[start, end)`.
 * - A midnight-crossing interval (`22:00–02:00`) belongs to the date it starts on: a holiday on
 *   that date removes the whole night, while the previous night still runs into the holiday.
 * - DST: a wall time that repeats resolves to its first occurrence, a wall time that does not exist
 *   resolves to the instant the clocks jump; so a night shift is 7 real hours on a spring-forward
 *   night and 9 on a fall-back one, and an interval wholly inside the gap is closed that day.
 * - `addBusinessTime` returns the earliest instant with that much open time since `t` (counting from
 *   the next opening when closed), so it can be a closing time; `businessTimeBetween` is its inverse.
 * - `addBusinessDays(t, n)` skips the local date of `t` and returns the closing time of the n-th
 *   date with open time after it.
 * - A calendar without weekly hours is rejected by the schema (`validation_failed`), so no query
 *   can search forever; the engine still throws `calendar_never_open` rather than loop.
 */
export { addBusinessDays, addBusinessTime } from "./add.js";
export { calendar247 } from "./always-open.js";
export {
  CHINA_MAINLAND_HOLIDAYS,
  type ChinaHolidayYear,
  type ChinaHolidayYearNumber,
  type ChinaMainlandHolidayOptions,
  chinaMainlandHolidays,
} from "./cn-mainland.js";
export { type CalendarInstant, type CompiledCalendar, compileCalendar } from "./compile.js";
export { CalendarLocale, CalendarLocaleSchema, describeHours } from "./describe.js";
export { businessTimeBetween } from "./elapsed.js";
export {
  type DateHolidaysEntry,
  type DateHolidaysOptions,
  holidaysFromDateHolidays,
  removeHolidayDates,
} from "./holidays.js";
export { isOpen, nextOpen } from "./open.js";
export {
  type BusinessCalendar,
  type BusinessCalendarInput,
  BusinessCalendarSchema,
  type ExtraWorkingDay,
  type ExtraWorkingDayInput,
  ExtraWorkingDaySchema,
  type Holiday,
  HolidayRangeSchema,
  HolidaySchema,
  LocalDateSchema,
  type OpeningInterval,
  OpeningIntervalSchema,
  SingleHolidaySchema,
  TimeZoneSchema,
  WEEKDAYS,
  Weekday,
  WeekdaySchema,
  type WeeklyHours,
  WeeklyHoursSchema,
} from "./schema.js";
