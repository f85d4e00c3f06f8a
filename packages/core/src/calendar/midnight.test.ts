import { describe, expect, it } from "vitest";
import { addBusinessDays, addBusinessTime } from "./add.js";
import { compileCalendar } from "./compile.js";
import { businessTimeBetween } from "./elapsed.js";
import { isOpen, nextOpen } from "./open.js";

const iso = (ms: number) => new Date(ms).toISOString();
const night = [{ start: "22:00", end: "02:00" }];

/**
 * Night support in Shanghai (UTC+8): Mon–Fri 22:00–02:00. Each shift belongs to the date it starts
 * on; Wednesday 2025-03-12 is a holiday, Saturday 2025-03-15 an extra working day 22:00–01:00.
 */
const nightDesk = compileCalendar({
  timeZone: "Asia/Shanghai",
  weekly: { mon: night, tue: night, wed: night, thu: night, fri: night },
  holidays: [{ date: "2025-03-12", name: "closure" }],
  extraWorkingDays: [{ date: "2025-03-15", hours: [{ start: "22:00", end: "01:00" }] }],
});

describe("intervals that cross midnight", () => {
  it("are open on both sides of midnight", () => {
    expect(isOpen(nightDesk, "2025-03-10T22:00:00+08:00")).toBe(true);
    expect(isOpen(nightDesk, "2025-03-11T00:00:00+08:00")).toBe(true);
    expect(isOpen(nightDesk, "2025-03-11T01:59:00+08:00")).toBe(true);
    expect(isOpen(nightDesk, "2025-03-11T02:00:00+08:00")).toBe(false);
    expect(isOpen(nightDesk, "2025-03-10T21:59:00+08:00")).toBe(false);
  });

  it("add business time through midnight", () => {
    expect(iso(addBusinessTime(nightDesk, "2025-03-10T23:30:00+08:00", 60))).toBe("2025-03-10T16:30:00.000Z");
    // Mon 01:00 is Sunday night (closed): counting starts Monday 22:00.
    expect(iso(addBusinessTime(nightDesk, "2025-03-10T01:00:00+08:00", 30))).toBe("2025-03-10T14:30:00.000Z");
    expect(businessTimeBetween(nightDesk, "2025-03-10T20:00:00+08:00", "2025-03-11T03:00:00+08:00")).toBe(
      240,
    );
  });

  it("belong to their starting date: a holiday on Wednesday closes Wednesday night, not Tuesday night", () => {
    // Tuesday's shift runs into the holiday Wednesday until 02:00.
    expect(isOpen(nightDesk, "2025-03-12T01:00:00+08:00")).toBe(true);
    // Wednesday's own shift (22:00 Wed – 02:00 Thu) is closed.
    expect(isOpen(nightDesk, "2025-03-12T23:00:00+08:00")).toBe(false);
    expect(isOpen(nightDesk, "2025-03-13T01:00:00+08:00")).toBe(false);
    expect(iso(nextOpen(nightDesk, "2025-03-12T02:00:00+08:00"))).toBe("2025-03-13T14:00:00.000Z");
    // 30 min left on Tuesday's shift at 01:30 Wed, then Thursday 22:00.
    expect(iso(addBusinessTime(nightDesk, "2025-03-12T01:30:00+08:00", 60))).toBe("2025-03-13T14:30:00.000Z");
  });

  it("let an extra working day's night run into the next date", () => {
    // Friday night's tail (Sat 00:00–02:00) plus Saturday 22:00 – Sunday 01:00.
    expect(isOpen(nightDesk, "2025-03-16T00:30:00+08:00")).toBe(true);
    expect(isOpen(nightDesk, "2025-03-16T01:00:00+08:00")).toBe(false);
    expect(businessTimeBetween(nightDesk, "2025-03-15T00:00:00+08:00", "2025-03-17T00:00:00+08:00")).toBe(
      120 + 180,
    );
  });

  it("close on the next calendar date for addBusinessDays; t's calendar date is the one not counted", () => {
    // Monday noon: 1 business day = Tuesday's shift, closing Wednesday 02:00.
    expect(iso(addBusinessDays(nightDesk, "2025-03-10T12:00:00+08:00", 1))).toBe("2025-03-11T18:00:00.000Z");
    // Tuesday 01:00 is inside Monday's shift, but its local date is Tuesday: next is Wednesday (a
    // holiday), so Thursday's shift, closing Friday 02:00.
    expect(iso(addBusinessDays(nightDesk, "2025-03-11T01:00:00+08:00", 1))).toBe("2025-03-13T18:00:00.000Z");
    // Friday: the extra Saturday counts, closing Sunday 01:00.
    expect(iso(addBusinessDays(nightDesk, "2025-03-14T12:00:00+08:00", 1))).toBe("2025-03-15T17:00:00.000Z");
  });

  it("may end at 24:00 and touch the next day's interval without a gap", () => {
    const joined = compileCalendar({
      timeZone: "Asia/Shanghai",
      weekly: { mon: [{ start: "20:00", end: "24:00" }], tue: [{ start: "00:00", end: "04:00" }] },
    });
    expect(isOpen(joined, "2025-03-11T00:00:00+08:00")).toBe(true);
    expect(iso(addBusinessTime(joined, "2025-03-10T23:00:00+08:00", 120))).toBe("2025-03-10T17:00:00.000Z");
    expect(iso(addBusinessTime(joined, "2025-03-10T23:00:00+08:00", 60))).toBe("2025-03-10T16:00:00.000Z");
    expect(businessTimeBetween(joined, "2025-03-10T00:00:00+08:00", "2025-03-12T00:00:00+08:00")).toBe(480);
  });

  it("merge with an extra working day's hours that overlap a crossing interval (union, no double count)", () => {
    const overlapping = compileCalendar({
      timeZone: "Asia/Shanghai",
      weekly: { mon: [{ start: "22:00", end: "04:00" }] },
      extraWorkingDays: [{ date: "2025-03-11", hours: [{ start: "02:00", end: "06:00" }] }],
    });
    expect(businessTimeBetween(overlapping, "2025-03-10T00:00:00+08:00", "2025-03-12T00:00:00+08:00")).toBe(
      480,
    );
    expect(iso(addBusinessTime(overlapping, "2025-03-10T22:00:00+08:00", 480))).toBe(
      "2025-03-10T22:00:00.000Z",
    );
    expect(iso(addBusinessTime(overlapping, "2025-03-11T03:00:00+08:00", 60))).toBe(
      "2025-03-10T20:00:00.000Z",
    );
  });
});
