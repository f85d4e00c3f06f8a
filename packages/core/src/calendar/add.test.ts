import { describe, expect, it } from "vitest";
import { AftersalesError } from "../errors.js";
import { addBusinessDays, addBusinessTime } from "./add.js";
import { compileCalendar } from "./compile.js";
import type { OpeningInterval } from "./schema.js";

const iso = (ms: number) => new Date(ms).toISOString();
const split: OpeningInterval[] = [
  { start: "09:00", end: "12:00" },
  { start: "13:30", end: "18:00" },
];
/** Asia/Shanghai (UTC+8, no DST), Mon–Fri split hours, Spring Festival 2025 with make-up days. */
const shanghai = compileCalendar({
  timeZone: "Asia/Shanghai",
  weekly: { mon: split, tue: split, wed: split, thu: split, fri: split },
  holidays: [
    { date: "2025-01-01", name: "New Year" },
    { from: "2025-01-28", to: "2025-02-04", name: "Spring Festival" },
  ],
  extraWorkingDays: [
    { date: "2025-01-26" },
    { date: "2025-02-08", hours: [{ start: "10:00", end: "16:00" }] },
  ],
});

describe("addBusinessTime on a split day", () => {
  it("adds inside one interval", () => {
    expect(iso(addBusinessTime(shanghai, "2025-03-10T09:00:00+08:00", 60))).toBe("2025-03-10T02:00:00.000Z");
  });

  it("skips the lunch break", () => {
    // 11:30 + 30 min to 12:00, lunch 12:00–13:30, then 30 min: 14:00 local.
    expect(iso(addBusinessTime(shanghai, "2025-03-10T11:30:00+08:00", 60))).toBe("2025-03-10T06:00:00.000Z");
  });

  it("ends at closing time when the work fits exactly (earliest instant)", () => {
    expect(iso(addBusinessTime(shanghai, "2025-03-10T17:00:00+08:00", 60))).toBe("2025-03-10T10:00:00.000Z");
    expect(iso(addBusinessTime(shanghai, "2025-03-10T10:00:00+08:00", 120))).toBe("2025-03-10T04:00:00.000Z");
  });

  it("starts counting at the next opening from a closed instant", () => {
    expect(iso(addBusinessTime(shanghai, "2025-03-10T12:15:00+08:00", 30))).toBe("2025-03-10T06:00:00.000Z");
    expect(iso(addBusinessTime(shanghai, "2025-03-10T07:00:00+08:00", 30))).toBe("2025-03-10T01:30:00.000Z");
    expect(iso(addBusinessTime(shanghai, "2025-03-10T18:00:00+08:00", 30))).toBe("2025-03-11T01:30:00.000Z");
  });

  it("returns the next opening for zero minutes", () => {
    expect(iso(addBusinessTime(shanghai, "2025-03-10T12:15:00+08:00", 0))).toBe("2025-03-10T05:30:00.000Z");
    expect(iso(addBusinessTime(shanghai, "2025-03-10T10:00:00+08:00", 0))).toBe("2025-03-10T02:00:00.000Z");
  });

  it("carries over the weekend and a full week", () => {
    // Fri 17:30 + 60: 30 min on Friday, 30 min on Monday from 09:00.
    expect(iso(addBusinessTime(shanghai, "2025-03-14T17:30:00+08:00", 60))).toBe("2025-03-17T01:30:00.000Z");
    // 5 days × 7.5 h = 2250 min from Monday 09:00 ends Friday 18:00.
    expect(iso(addBusinessTime(shanghai, "2025-03-10T09:00:00+08:00", 2250))).toBe(
      "2025-03-14T10:00:00.000Z",
    );
  });

  it("skips holidays and works make-up days on weekends", () => {
    // Fri 24 Jan 17:30 + 60: Sunday 26 Jan is a make-up day with Monday's hours.
    expect(iso(addBusinessTime(shanghai, "2025-01-24T17:30:00+08:00", 60))).toBe("2025-01-26T01:30:00.000Z");
    // Mon 27 Jan 17:00 + 120: 60 min that day, then the holiday (28 Jan–4 Feb) until Wed 5 Feb.
    expect(iso(addBusinessTime(shanghai, "2025-01-27T17:00:00+08:00", 120))).toBe("2025-02-05T02:00:00.000Z");
    // Sat 8 Feb is a make-up day with its own hours 10:00–16:00.
    expect(iso(addBusinessTime(shanghai, "2025-02-07T17:00:00+08:00", 90))).toBe("2025-02-08T02:30:00.000Z");
    expect(iso(addBusinessTime(shanghai, "2024-12-31T17:00:00+08:00", 90))).toBe("2025-01-02T01:30:00.000Z");
  });

  it("keeps seconds and milliseconds of the start instant", () => {
    expect(iso(addBusinessTime(shanghai, "2025-03-10T09:00:30.250+08:00", 1))).toBe(
      "2025-03-10T01:01:30.250Z",
    );
    expect(iso(addBusinessTime(shanghai, Date.UTC(2025, 2, 10, 1), 0.5))).toBe("2025-03-10T01:00:30.000Z");
  });

  it("rejects negative or non-finite minutes and bad instants", () => {
    expect(() => addBusinessTime(shanghai, 0, -1)).toThrow(AftersalesError);
    expect(() => addBusinessTime(shanghai, 0, Number.NaN)).toThrow(/minutes must be/);
    expect(() => addBusinessTime(shanghai, 0, Number.POSITIVE_INFINITY)).toThrow(/minutes must be/);
    expect(() => addBusinessTime(shanghai, "2025-03-10T09:00:00", 1)).toThrow(/Invalid instant/);
    expect(() => addBusinessTime(shanghai, "yesterday", 1)).toThrow(/Invalid instant/);
  });
});

describe("addBusinessDays", () => {
  it("does not count the day of t and ends at the closing time of the n-th business day", () => {
    expect(iso(addBusinessDays(shanghai, "2025-03-10T08:00:00+08:00", 1))).toBe("2025-03-11T10:00:00.000Z");
    expect(iso(addBusinessDays(shanghai, "2025-03-10T20:00:00+08:00", 1))).toBe("2025-03-11T10:00:00.000Z");
    expect(iso(addBusinessDays(shanghai, "2025-03-10T10:00:00+08:00", 5))).toBe("2025-03-17T10:00:00.000Z");
  });

  it("counts from the local date, not the UTC date", () => {
    // 2025-03-09T23:00Z is Monday 07:00 in Shanghai: one business day later is Tuesday.
    expect(iso(addBusinessDays(shanghai, "2025-03-09T23:00:00Z", 1))).toBe("2025-03-11T10:00:00.000Z");
  });

  it("counts a weekend day when it is a make-up workday and skips holidays", () => {
    // From Fri 24 Jan: Sun 26 (make-up), Mon 27, then holidays until Wed 5 Feb.
    expect(iso(addBusinessDays(shanghai, "2025-01-24T10:00:00+08:00", 1))).toBe("2025-01-26T10:00:00.000Z");
    expect(iso(addBusinessDays(shanghai, "2025-01-24T10:00:00+08:00", 3))).toBe("2025-02-05T10:00:00.000Z");
    // Sat 8 Feb closes at 16:00 (its own hours).
    expect(iso(addBusinessDays(shanghai, "2025-02-07T10:00:00+08:00", 1))).toBe("2025-02-08T08:00:00.000Z");
  });

  it("returns t for n = 0 and rejects fractional or negative n", () => {
    expect(addBusinessDays(shanghai, 1_000, 0)).toBe(1_000);
    expect(() => addBusinessDays(shanghai, 0, 1.5)).toThrow(/integer/);
    expect(() => addBusinessDays(shanghai, 0, -1)).toThrow(/integer/);
  });
});
