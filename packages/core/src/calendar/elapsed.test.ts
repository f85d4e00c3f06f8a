import { describe, expect, it } from "vitest";
import { compileCalendar } from "./compile.js";
import { businessTimeBetween } from "./elapsed.js";
import type { OpeningInterval } from "./schema.js";

const split: OpeningInterval[] = [
  { start: "09:00", end: "12:00" },
  { start: "13:30", end: "18:00" },
];
const shanghai = compileCalendar({
  timeZone: "Asia/Shanghai",
  weekly: { mon: split, tue: split, wed: split, thu: split, fri: split },
  holidays: [{ from: "2025-01-28", to: "2025-02-04" }],
  extraWorkingDays: [{ date: "2025-01-26" }],
});

describe("businessTimeBetween", () => {
  it("counts only open minutes, excluding the lunch break", () => {
    expect(businessTimeBetween(shanghai, "2025-03-10T09:00:00+08:00", "2025-03-10T18:00:00+08:00")).toBe(450);
    expect(businessTimeBetween(shanghai, "2025-03-10T11:30:00+08:00", "2025-03-10T14:00:00+08:00")).toBe(60);
    expect(businessTimeBetween(shanghai, "2025-03-10T12:10:00+08:00", "2025-03-10T13:20:00+08:00")).toBe(0);
  });

  it("spans weekends, holidays and make-up days", () => {
    expect(businessTimeBetween(shanghai, "2025-03-14T17:00:00+08:00", "2025-03-17T10:00:00+08:00")).toBe(120);
    // Fri 24 Jan 17:00 → Wed 5 Feb 10:00: 60 (Fri) + 450 (Sun make-up) + 450 (Mon 27) + 60 (Wed).
    expect(businessTimeBetween(shanghai, "2025-01-24T17:00:00+08:00", "2025-02-05T10:00:00+08:00")).toBe(
      1020,
    );
  });

  it("is 0 when b is not after a", () => {
    expect(businessTimeBetween(shanghai, "2025-03-10T10:00:00+08:00", "2025-03-10T10:00:00+08:00")).toBe(0);
    expect(businessTimeBetween(shanghai, "2025-03-10T11:00:00+08:00", "2025-03-10T10:00:00+08:00")).toBe(0);
  });

  it("is exact below the minute", () => {
    expect(businessTimeBetween(shanghai, "2025-03-10T09:00:00+08:00", "2025-03-10T09:00:30+08:00")).toBe(0.5);
  });
});
