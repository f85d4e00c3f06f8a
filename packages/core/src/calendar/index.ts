export { addBusinessDays, addBusinessTime } from "./add.js";
export { calendar247 } from "./always-open.js";
export {
  CHINA_MAINLAND_HOLIDAYS,
  type ChinaHolidayYear,
  type ChinaHolidayYearNumber,
  type ChinaMainlandHolidayOptions,
  chinaMainlandHolidays,
} from "./cn-mainland.js";
export { type CalendarInstant, type CompiledCalendar, compileCalendar, type DayEntry } from "./compile.js";
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
