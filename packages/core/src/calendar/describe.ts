import { z } from "zod";
import { type CompiledCalendar, engineOf } from "./compile.js";
import { type OpeningInterval, WEEKDAYS } from "./schema.js";

/** Languages the hours description is written in. */
export const CalendarLocale = { en: "en", zhHans: "zh-Hans", zhHant: "zh-Hant" } as const;
/** Zod enum of {@link CalendarLocale}. */
export const CalendarLocaleSchema = z.enum(CalendarLocale);
/** A language the hours description is written in (`en`, `zh-Hans`, `zh-Hant`). */
export type CalendarLocale = z.infer<typeof CalendarLocaleSchema>;

interface Words {
  readonly dayRange: string;
  readonly list: string;
  readonly groups: string;
  readonly nextDay: (time: string) => string;
  readonly allDay: string;
  readonly always: string;
  readonly zone: (name: string) => string;
}

const WORDS: Record<CalendarLocale, Words> = {
  en: {
    dayRange: "–",
    list: ", ",
    groups: "; ",
    nextDay: (time) => `${time} next day`,
    allDay: "24 hours",
    always: "Open 24 hours, every day",
    zone: (name) => ` (${name})`,
  },
  "zh-Hans": {
    dayRange: "至",
    list: "、",
    groups: "；",
    nextDay: (time) => `次日${time}`,
    allDay: "全天 24 小时",
    always: "每天 24 小时营业",
    zone: (name) => `（${name}）`,
  },
  "zh-Hant": {
    dayRange: "至",
    list: "、",
    groups: "；",
    nextDay: (time) => `翌日${time}`,
    allDay: "全天 24 小時",
    always: "每天 24 小時營業",
    zone: (name) => `（${name}）`,
  },
};

function zoneName(timeZone: string, locale: CalendarLocale): string {
  const read = (style: "long" | "longGeneric") =>
    new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: style })
      .formatToParts(Date.UTC(2025, 0, 1))
      .find((part) => part.type === "timeZoneName")?.value ?? timeZone;
  // The generic name ("Eastern Time") fits hours that span DST; zones without one fall back to
  // "GMT+00:00" there, where the long name ("Coordinated Universal Time") reads better.
  const generic = read("longGeneric");
  return generic.startsWith("GMT") ? read("long") : generic;
}

function intervalText(interval: OpeningInterval, words: Words): string {
  if (interval.start === "00:00" && interval.end === "24:00") return words.allDay;
  if (interval.end === "00:00") return `${interval.start}–24:00`;
  const crosses = interval.end !== "24:00" && interval.end <= interval.start;
  return `${interval.start}–${crosses ? words.nextDay(interval.end) : interval.end}`;
}

/**
 * A one-line description of the weekly hours for the storefront widget, e.g. `Mon–Fri 09:00–18:00
 * (China Standard Time)`, `周一至周五 09:00–12:00、13:30–18:00（中国标准时间）`. Days with the same
 * hours are grouped (runs of three or more as a range), closed days are left out, and the zone's
 * name and weekday names come from `Intl` in the requested language. Holidays are not listed.
 */
export function describeHours(calendar: CompiledCalendar, locale: CalendarLocale): string {
  const words = WORDS[locale];
  const engine = engineOf(calendar);
  if (engine.alwaysOpen) return words.always;
  const weekdayFormat = new Intl.DateTimeFormat(locale, { weekday: "short", timeZone: "UTC" });
  // 2024-01-01 was a Monday: index i of WEEKDAYS is 1 + i January 2024.
  const dayName = (index: number) => weekdayFormat.format(Date.UTC(2024, 0, 1 + index));
  const byHours = new Map<string, number[]>();
  WEEKDAYS.forEach((day, index) => {
    const hours = [...engine.definition.weekly[day]].sort((a, b) => (a.start < b.start ? -1 : 1));
    if (hours.length === 0) return;
    const text = hours.map((interval) => intervalText(interval, words)).join(words.list);
    byHours.set(text, [...(byHours.get(text) ?? []), index]);
  });
  const groups: string[] = [];
  for (const [hours, days] of byHours) {
    const runs: number[][] = [];
    for (const day of days) {
      const run = runs[runs.length - 1];
      if (run && run[run.length - 1] === day - 1) run.push(day);
      else runs.push([day]);
    }
    const dayText = runs
      .flatMap((run) =>
        run.length >= 3
          ? [`${dayName(run[0]!)}${words.dayRange}${dayName(run[run.length - 1]!)}`]
          : run.map(dayName),
      )
      .join(words.list);
    groups.push(`${dayText} ${hours}`);
  }
  return `${groups.join(words.groups)}${words.zone(zoneName(engine.timeZone, locale))}`;
}
