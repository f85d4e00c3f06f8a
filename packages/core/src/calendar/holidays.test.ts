import { describe, expect, it } from "vitest";
import { type DateHolidaysEntry, holidaysFromDateHolidays, removeHolidayDates } from "./holidays.js";

describe("removeHolidayDates", () => {
  it("drops single dates and splits ranges around removed dates, keeping names", () => {
    expect(
      removeHolidayDates(
        [
          { date: "2025-01-01", name: "New Year" },
          { from: "2025-10-01", to: "2025-10-08", name: "National Day" },
          { date: "2025-12-25" },
          { from: "2025-05-01", to: "2025-05-02" },
        ],
        ["2025-01-01", "2025-10-03", "2025-10-08", "2025-10-05", "2025-05-01"],
      ),
    ).toEqual([
      { from: "2025-10-01", to: "2025-10-02", name: "National Day" },
      { date: "2025-10-04", name: "National Day" },
      { from: "2025-10-06", to: "2025-10-07", name: "National Day" },
      { date: "2025-12-25" },
      { date: "2025-05-02" },
    ]);
  });
});

/** Entries as `date-holidays` 3.x returns them (`new Holidays("DE").getHolidays(2025)`, trimmed). */
const germany2025: DateHolidaysEntry[] = [
  {
    date: "2025-01-01 00:00:00",
    start: new Date("2024-12-31T23:00:00.000Z"),
    end: new Date("2025-01-01T23:00:00.000Z"),
    name: "Neujahr",
    type: "public",
  },
  {
    date: "2025-02-14 00:00:00",
    start: new Date("2025-02-13T23:00:00.000Z"),
    end: new Date("2025-02-14T23:00:00.000Z"),
    name: "Valentinstag",
    type: "observance",
  },
  {
    date: "2025-03-04 14:00:00",
    start: new Date("2025-03-04T13:00:00.000Z"),
    end: new Date("2025-03-04T23:00:00.000Z"),
    name: "Faschingsdienstag",
    type: "observance",
  },
  {
    date: "2025-04-18 00:00:00",
    start: new Date("2025-04-17T22:00:00.000Z"),
    end: new Date("2025-04-18T22:00:00.000Z"),
    name: "Karfreitag",
    type: "public",
  },
  {
    date: "2025-12-24 14:00:00",
    start: new Date("2025-12-24T13:00:00.000Z"),
    end: new Date("2025-12-24T23:00:00.000Z"),
    name: "Heiliger Abend",
    type: "bank",
  },
  {
    date: "2025-12-24 00:00:00",
    start: new Date("2025-12-23T23:00:00.000Z"),
    end: new Date("2025-12-26T23:00:00.000Z"),
    name: "Weihnachten (multi-day)",
    type: "public",
  },
  {
    date: "2025-01-01 00:00:00",
    start: new Date("2024-12-31T23:00:00.000Z"),
    end: new Date("2025-01-01T23:00:00.000Z"),
    name: "Neujahr (duplicate region rule)",
    type: "public",
  },
];

describe("holidaysFromDateHolidays", () => {
  it("keeps whole-day public holidays, turns multi-day entries into ranges and drops duplicates", () => {
    expect(holidaysFromDateHolidays(germany2025)).toEqual([
      { date: "2025-01-01", name: "Neujahr" },
      { date: "2025-04-18", name: "Karfreitag" },
      { from: "2025-12-24", to: "2025-12-26", name: "Weihnachten (multi-day)" },
    ]);
  });

  it("takes other types on request but never half days", () => {
    expect(holidaysFromDateHolidays(germany2025, { types: ["observance", "bank"] })).toEqual([
      { date: "2025-02-14", name: "Valentinstag" },
    ]);
  });
});
