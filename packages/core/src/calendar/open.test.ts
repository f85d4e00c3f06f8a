import { describe, expect, it } from "vitest";
import { AftersalesError } from "../errors.js";
import { addBusinessTime } from "./add.js";
import { CalendarEngine, type CompiledCalendar, compileCalendar } from "./compile.js";
import { businessTimeBetween } from "./elapsed.js";
import { isOpen, nextOpen } from "./open.js";
import { BusinessCalendarSchema } from "./schema.js";

const iso = (ms: number) => new Date(ms).toISOString();
const calendar = compileCalendar({
  timeZone: "Asia/Shanghai",
  weekly: {
    mon: [
      { start: "09:00", end: "12:00" },
      { start: "12:00", end: "13:00" },
      { start: "14:00", end: "18:00" },
    ],
  },
});

describe("isOpen and nextOpen", () => {
  it("are half-open: open at the opening minute, closed at the closing minute", () => {
    expect(isOpen(calendar, "2025-03-10T09:00:00+08:00")).toBe(true);
    expect(isOpen(calendar, "2025-03-10T08:59:59+08:00")).toBe(false);
    expect(isOpen(calendar, "2025-03-10T18:00:00+08:00")).toBe(false);
    expect(isOpen(calendar, Date.parse("2025-03-10T17:59:59.999+08:00"))).toBe(true);
  });

  it("treats touching intervals as one (12:00 is open)", () => {
    expect(isOpen(calendar, "2025-03-10T12:00:00+08:00")).toBe(true);
    expect(isOpen(calendar, "2025-03-10T13:00:00+08:00")).toBe(false);
  });

  it("returns t when open, else the next opening a week later if needed", () => {
    expect(iso(nextOpen(calendar, "2025-03-10T10:00:00+08:00"))).toBe("2025-03-10T02:00:00.000Z");
    expect(iso(nextOpen(calendar, "2025-03-10T13:15:00+08:00"))).toBe("2025-03-10T06:00:00.000Z");
    expect(iso(nextOpen(calendar, "2025-03-10T18:00:00+08:00"))).toBe("2025-03-17T01:00:00.000Z");
  });

  it("accepts epoch ms and ISO strings with any offset", () => {
    const ms = Date.UTC(2025, 2, 10, 2);
    expect(nextOpen(calendar, ms)).toBe(ms);
    expect(nextOpen(calendar, "2025-03-10T02:00:00.000Z")).toBe(ms);
    expect(nextOpen(calendar, "2025-03-09T21:00-05:00")).toBe(ms);
  });
});

describe("guards", () => {
  it("rejects a calendar that was not compiled", () => {
    const fake = { definition: {}, timeZone: "UTC", alwaysOpen: false } as unknown as CompiledCalendar;
    expect(() => isOpen(fake, 0)).toThrow(AftersalesError);
    expect(() => nextOpen(fake, 0)).toThrow(/compileCalendar/);
  });

  it("throws calendar_never_open instead of looping when a calendar has no open time", () => {
    // The schema refuses such a calendar; the engine still stops rather than loop on a bad definition.
    const definition = BusinessCalendarSchema.parse({
      timeZone: "UTC",
      weekly: { mon: [{ start: "09:00", end: "10:00" }] },
    });
    const never = new CalendarEngine({ ...definition, weekly: { ...definition.weekly, mon: [] } });
    expect(() => nextOpen(never, "2025-03-10T00:00:00Z")).toThrow(/no open time after 2025-03-/);
    expect(() => addBusinessTime(never, "2025-03-10T00:00:00Z", 5)).toThrow(AftersalesError);
    expect(businessTimeBetween(never, "2025-03-10T00:00:00Z", "2025-04-10T00:00:00Z")).toBe(0);
  });

  it("gives the same answers after its memo has been emptied", () => {
    const fresh = compileCalendar({
      timeZone: "Asia/Shanghai",
      weekly: { mon: [{ start: "09:00", end: "10:00" }] },
    });
    const first = businessTimeBetween(fresh, "1990-01-01T00:00:00Z", "2050-01-01T00:00:00Z");
    const second = businessTimeBetween(fresh, "1990-01-01T00:00:00Z", "2050-01-01T00:00:00Z");
    expect(first).toBe(second);
    // 3131 Mondays from Monday 1 January 1990 (China still had DST then) to 2050.
    expect(first).toBe(3131 * 60);
  });
});
