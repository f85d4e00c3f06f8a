import { describe, expect, it } from "vitest";
import { AftersalesError } from "../errors.js";
import { validate } from "../validation.js";
import { compileCalendar } from "./compile.js";
import { BusinessCalendarSchema } from "./schema.js";

const nineToSix = [{ start: "09:00", end: "18:00" }];

function issuesOf(input: unknown) {
  const result = validate(BusinessCalendarSchema, input);
  if (result.ok) throw new Error("expected the calendar to be invalid");
  return result.issues.map((issue) => [issue.path, issue.message]);
}

describe("BusinessCalendarSchema", () => {
  it("accepts a calendar and fills defaults", () => {
    const result = validate(BusinessCalendarSchema, {
      timeZone: "Asia/Shanghai",
      weekly: { mon: nineToSix },
      extraWorkingDays: [{ date: "2025-01-26" }],
    });
    expect(result).toEqual({
      ok: true,
      value: {
        timeZone: "Asia/Shanghai",
        weekly: { mon: nineToSix, tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] },
        holidays: [],
        extraWorkingDays: [{ date: "2025-01-26", hours: "mon" }],
      },
    });
  });

  it("rejects an unknown zone and fixed offsets", () => {
    expect(issuesOf({ timeZone: "Mars/Olympus", weekly: { mon: nineToSix } })).toEqual([
      ["timeZone", 'unknown time zone "Mars/Olympus"'],
    ]);
    expect(issuesOf({ timeZone: "+08:00", weekly: { mon: nineToSix } })).toEqual([
      ["timeZone", 'unknown time zone "+08:00"'],
    ]);
  });

  it("rejects overlapping intervals with the path of the later one", () => {
    expect(
      issuesOf({
        timeZone: "UTC",
        weekly: {
          mon: [
            { start: "13:00", end: "18:00" },
            { start: "09:00", end: "13:30" },
          ],
        },
      }),
    ).toEqual([["weekly.mon.1", "09:00–13:30 overlaps 13:00–18:00"]]);
  });

  it("rejects an interval that overlaps the end of the previous day's midnight-crossing interval", () => {
    expect(
      issuesOf({
        timeZone: "UTC",
        weekly: { sun: [{ start: "22:00", end: "02:00" }], mon: [{ start: "01:00", end: "05:00" }] },
      }),
    ).toEqual([["weekly.mon.0", "01:00–05:00 overlaps the end of Sunday's 22:00–02:00"]]);
    // Touching is fine: Sunday night until 02:00, Monday from 02:00.
    expect(
      validate(BusinessCalendarSchema, {
        timeZone: "UTC",
        weekly: { sun: [{ start: "22:00", end: "02:00" }], mon: [{ start: "02:00", end: "05:00" }] },
      }).ok,
    ).toBe(true);
  });

  it("rejects a holiday range that ends before it starts, or spans more than a year", () => {
    expect(
      issuesOf({
        timeZone: "UTC",
        weekly: { mon: nineToSix },
        holidays: [
          { date: "2025-01-01" },
          { from: "2025-02-04", to: "2025-01-28", name: "Spring Festival" },
          { from: "2025-01-01", to: "2026-06-30" },
        ],
      }),
    ).toEqual([
      ["holidays.1.to", "the range ends (2025-01-28) before it starts (2025-02-04)"],
      ["holidays.2.to", "a holiday range spans at most 366 days (this one spans 546)"],
    ]);
  });

  it("rejects an interval that ends when it starts and malformed times", () => {
    expect(issuesOf({ timeZone: "UTC", weekly: { tue: [{ start: "09:00", end: "09:00" }] } })).toEqual([
      [
        "weekly.tue.0.end",
        "an interval cannot end when it starts (09:00); use 00:00–24:00 for the whole day",
      ],
    ]);
    expect(issuesOf({ timeZone: "UTC", weekly: { tue: [{ start: "9:00", end: "24:30" }] } })).toEqual([
      ["weekly.tue.0.start", "must be a time of day HH:MM between 00:00 and 23:59"],
      ["weekly.tue.0.end", "must be a time of day HH:MM between 00:00 and 24:00"],
    ]);
  });

  it("rejects a calendar that is never open", () => {
    expect(issuesOf({ timeZone: "UTC", weekly: {} })).toEqual([
      ["weekly", "the calendar is never open: give at least one weekday opening hours"],
    ]);
  });

  it("rejects the same extra working day twice, overlapping extra hours and bad dates", () => {
    expect(
      issuesOf({
        timeZone: "UTC",
        weekly: { mon: nineToSix },
        extraWorkingDays: [
          { date: "2025-01-26" },
          {
            date: "2025-02-08",
            hours: [
              { start: "09:00", end: "12:00" },
              { start: "11:00", end: "15:00" },
            ],
          },
          { date: "2025-01-26", hours: "tue" },
          { date: "2025-02-30" },
        ],
      }),
    ).toEqual([
      ["extraWorkingDays.3.date", "must be a date YYYY-MM-DD"],
      ["extraWorkingDays.1.hours.1", "11:00–15:00 overlaps 09:00–12:00"],
      ["extraWorkingDays.2.date", "2025-01-26 is already an extra working day (extraWorkingDays.0)"],
    ]);
  });

  it("rejects unknown weekday keys and malformed holidays", () => {
    const issues = issuesOf({
      timeZone: "UTC",
      weekly: { monday: nineToSix, mon: nineToSix },
      holidays: [{ day: "2025-01-01" }],
    });
    expect(issues).toEqual([
      ["weekly", 'Unrecognized key: "monday"'],
      [
        "holidays.0",
        "a holiday is { date: YYYY-MM-DD, name? } or { from: YYYY-MM-DD, to: YYYY-MM-DD, name? }",
      ],
    ]);
  });
});

describe("compileCalendar", () => {
  it("throws AftersalesError validation_failed with every bad path", () => {
    try {
      compileCalendar({ timeZone: "Nowhere/City", weekly: {} });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AftersalesError);
      const e = error as AftersalesError;
      expect(e.code).toBe("validation_failed");
      expect(e.details?.map((issue) => issue.path)).toEqual(["timeZone", "weekly"]);
    }
  });
});
