import { describe, expect, it } from "vitest";
import { AftersalesError } from "../errors.js";
import { addBusinessDays, addBusinessTime } from "./add.js";
import {
  CHINA_MAINLAND_HOLIDAYS,
  type ChinaHolidayYearNumber,
  chinaMainlandHolidays,
} from "./cn-mainland.js";
import { compileCalendar } from "./compile.js";
import { isOpen } from "./open.js";
import { dayNumber } from "./schema.js";

const iso = (ms: number) => new Date(ms).toISOString();
const nineToSix = [{ start: "09:00", end: "18:00" }];
const weekdays = { mon: nineToSix, tue: nineToSix, wed: nineToSix, thu: nineToSix, fri: nineToSix };
const weekday = (date: string) => new Date(dayNumber(date) * 86_400_000).getUTCDay();

describe("mainland China holiday arrangements", () => {
  it("has every make-up workday on a weekend and every holiday range in order", () => {
    for (const year of Object.keys(CHINA_MAINLAND_HOLIDAYS).map(Number) as ChinaHolidayYearNumber[]) {
      const arrangement = CHINA_MAINLAND_HOLIDAYS[year];
      for (const day of arrangement.makeUpWorkdays) expect([0, 6]).toContain(weekday(day.date));
      for (const holiday of arrangement.holidays) {
        if ("from" in holiday) expect(holiday.from < holiday.to).toBe(true);
      }
    }
  });

  it("counts the published days off: 2025 has 8 days for Spring Festival and 8 for National Day", () => {
    const length = (h: { from: string; to: string }) => dayNumber(h.to) - dayNumber(h.from) + 1;
    const y2025 = CHINA_MAINLAND_HOLIDAYS[2025].holidays;
    expect(y2025.map((h) => ("from" in h ? length(h) : 1))).toEqual([1, 8, 3, 5, 3, 8]);
    const y2026 = CHINA_MAINLAND_HOLIDAYS[2026].holidays;
    expect(y2026.map((h) => ("from" in h ? length(h) : 1))).toEqual([3, 9, 3, 5, 3, 3, 7]);
  });

  const calendar = compileCalendar({
    timeZone: "Asia/Shanghai",
    weekly: weekdays,
    ...chinaMainlandHolidays(),
  });

  it("closes on the holidays and opens on the make-up Sundays and Saturdays", () => {
    expect(isOpen(calendar, "2025-01-26T10:00:00+08:00")).toBe(true); // Sunday, make-up
    expect(isOpen(calendar, "2025-01-28T10:00:00+08:00")).toBe(false); // New Year's Eve
    expect(isOpen(calendar, "2025-10-08T10:00:00+08:00")).toBe(false); // Wednesday, 8th day of National Day
    expect(isOpen(calendar, "2025-10-11T10:00:00+08:00")).toBe(true); // Saturday, make-up
    expect(isOpen(calendar, "2026-01-02T10:00:00+08:00")).toBe(false); // Friday, New Year bridge
    expect(isOpen(calendar, "2026-01-04T10:00:00+08:00")).toBe(true); // Sunday, make-up
    expect(isOpen(calendar, "2026-02-23T10:00:00+08:00")).toBe(false); // Monday, 初七
    expect(isOpen(calendar, "2026-02-28T10:00:00+08:00")).toBe(true); // Saturday, make-up
    expect(isOpen(calendar, "2026-09-25T10:00:00+08:00")).toBe(false); // Friday, Mid-Autumn
    expect(isOpen(calendar, "2026-10-10T10:00:00+08:00")).toBe(true); // Saturday, make-up
  });

  it("gives SLA due times over the Spring Festival 2026", () => {
    // Friday 13 Feb 17:00 + 120 min: 60 that day, Saturday 14 Feb (make-up) from 09:00.
    expect(iso(addBusinessTime(calendar, "2026-02-13T17:00:00+08:00", 120))).toBe("2026-02-14T02:00:00.000Z");
    // 3 business days after Saturday 14 Feb: Tue 24, Wed 25, Thu 26 Feb.
    expect(iso(addBusinessDays(calendar, "2026-02-14T12:00:00+08:00", 3))).toBe("2026-02-26T10:00:00.000Z");
  });

  it("lets make-up days follow other hours, and selects years", () => {
    const { holidays, extraWorkingDays } = chinaMainlandHolidays({
      years: [2026],
      makeUpHours: [{ start: "10:00", end: "16:00" }],
    });
    expect(holidays).toHaveLength(7);
    expect(extraWorkingDays[0]).toEqual({
      date: "2026-01-04",
      name: "元旦调休上班 New Year make-up workday",
      hours: [{ start: "10:00", end: "16:00" }],
    });
    expect(chinaMainlandHolidays({ years: [2025], makeUpHours: "sat" }).extraWorkingDays[0]?.hours).toBe(
      "sat",
    );
    expect(chinaMainlandHolidays({ years: [2025], makeUpHours: [] }).extraWorkingDays[0]?.hours).toBe("mon");
  });

  it("throws for a year it does not carry", () => {
    expect(() => chinaMainlandHolidays({ years: [2027 as ChinaHolidayYearNumber] })).toThrow(AftersalesError);
    expect(() => chinaMainlandHolidays({ years: [2027 as ChinaHolidayYearNumber] })).toThrow(/2025, 2026/);
  });
});
