export { addBusinessDays, addBusinessTime } from "./add.js";
export { type CalendarInstant, type CompiledCalendar, compileCalendar, type DayEntry } from "./compile.js";
export { businessTimeBetween } from "./elapsed.js";
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
