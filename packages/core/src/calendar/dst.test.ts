import { describe, expect, it } from "vitest";
import { addBusinessDays, addBusinessTime } from "./add.js";
import { compileCalendar } from "./compile.js";
import { businessTimeBetween } from "./elapsed.js";
import { isOpen, nextOpen } from "./open.js";
import type { OpeningInterval } from "./schema.js";

const iso = (ms: number) => new Date(ms).toISOString();
const week = (hours: OpeningInterval[]) => ({ mon: hours, tue: hours, wed: hours, thu: hours, fri: hours });

describe("America/New_York (clocks forward 2025-03-09 02:00, back 2025-11-02 02:00)", () => {
  const office = compileCalendar({
    timeZone: "America/New_York",
    weekly: week([{ start: "09:00", end: "17:00" }]),
  });
  const nights = compileCalendar({
    timeZone: "America/New_York",
    weekly: { sat: [{ start: "22:00", end: "06:00" }] },
  });

  it("switches the UTC time of opening hours across the weekend of the change", () => {
    // Friday 16:00 EST (21:00Z) + 120 min: 60 on Friday, 60 on Monday from 09:00 EDT (13:00Z).
    expect(iso(addBusinessTime(office, "2025-03-07T21:00:00Z", 120))).toBe("2025-03-10T14:00:00.000Z");
    // Friday 16:00 EDT (20:00Z) + 120 min in autumn: Monday 10:00 EST is 15:00Z.
    expect(iso(addBusinessTime(office, "2025-10-31T20:00:00Z", 120))).toBe("2025-11-03T15:00:00.000Z");
    expect(iso(addBusinessDays(office, "2025-03-07T15:00:00Z", 1))).toBe("2025-03-10T21:00:00.000Z");
    expect(iso(addBusinessDays(office, "2025-10-31T15:00:00Z", 1))).toBe("2025-11-03T22:00:00.000Z");
  });

  it("counts the real length of a night shift: 7 hours when clocks go forward, 9 when they go back", () => {
    // Sat 22:00 EST = 03:00Z; Sun 06:00 EDT = 10:00Z.
    expect(businessTimeBetween(nights, "2025-03-09T00:00:00Z", "2025-03-09T12:00:00Z")).toBe(7 * 60);
    expect(iso(addBusinessTime(nights, "2025-03-09T00:00:00Z", 7 * 60))).toBe("2025-03-09T10:00:00.000Z");
    // Sat 22:00 EDT = 02:00Z; Sun 06:00 EST = 11:00Z.
    expect(businessTimeBetween(nights, "2025-11-01T20:00:00Z", "2025-11-02T12:00:00Z")).toBe(9 * 60);
    expect(iso(addBusinessTime(nights, "2025-11-01T20:00:00Z", 9 * 60))).toBe("2025-11-02T11:00:00.000Z");
  });

  it("resolves a wall time in the spring-forward gap to the moment the clocks jump", () => {
    const sundayOnly = compileCalendar({
      timeZone: "America/New_York",
      weekly: { sun: [{ start: "02:30", end: "04:00" }] },
    });
    // 02:30 does not exist: opening is at the jump, 03:00 EDT (07:00Z); closing 04:00 EDT (08:00Z).
    expect(iso(nextOpen(sundayOnly, "2025-03-09T00:00:00Z"))).toBe("2025-03-09T07:00:00.000Z");
    expect(businessTimeBetween(sundayOnly, "2025-03-09T00:00:00Z", "2025-03-10T00:00:00Z")).toBe(60);
    // A normal Sunday has the full 90 minutes.
    expect(businessTimeBetween(sundayOnly, "2025-03-16T00:00:00Z", "2025-03-17T00:00:00Z")).toBe(90);
  });

  it("drops an interval that lies wholly in the spring-forward gap", () => {
    const gapOnly = compileCalendar({
      timeZone: "America/New_York",
      weekly: { sun: [{ start: "02:00", end: "03:00" }] },
    });
    // Nothing on 9 March; the next opening is the following Sunday 02:00 EDT (06:00Z).
    expect(iso(nextOpen(gapOnly, "2025-03-08T12:00:00Z"))).toBe("2025-03-16T06:00:00.000Z");
    expect(iso(addBusinessDays(gapOnly, "2025-03-08T12:00:00Z", 1))).toBe("2025-03-16T07:00:00.000Z");
  });

  it("resolves a repeated wall time to its first occurrence", () => {
    // Sunday 01:30–03:00 on 2025-11-02: first 01:30 (EDT, 05:30Z) until 03:00 EST (08:00Z): 150 min.
    const sunday = compileCalendar({
      timeZone: "America/New_York",
      weekly: { sun: [{ start: "01:30", end: "03:00" }] },
    });
    expect(businessTimeBetween(sunday, "2025-11-02T05:00:00Z", "2025-11-02T12:00:00Z")).toBe(150);
    const early = compileCalendar({
      timeZone: "America/New_York",
      weekly: { sun: [{ start: "00:00", end: "01:30" }] },
    });
    // 00:00 EDT (04:00Z) until the first 01:30 (05:30Z); the second 01:30 hour is closed.
    expect(isOpen(early, "2025-11-02T05:29:00Z")).toBe(true);
    expect(isOpen(early, "2025-11-02T05:30:00Z")).toBe(false);
    expect(isOpen(early, "2025-11-02T06:15:00Z")).toBe(false);
    expect(businessTimeBetween(early, "2025-11-02T00:00:00Z", "2025-11-03T00:00:00Z")).toBe(90);
  });
});

describe("Europe/Berlin (clocks forward 2025-03-30 02:00, back 2025-10-26 03:00)", () => {
  const office = compileCalendar({
    timeZone: "Europe/Berlin",
    weekly: week([{ start: "09:00", end: "18:00" }]),
  });
  const weekendNight = compileCalendar({
    timeZone: "Europe/Berlin",
    weekly: { mon: [{ start: "09:00", end: "10:00" }], sat: [{ start: "22:00", end: "04:00" }] },
  });

  it("opens at 09:00 local on both sides of each change", () => {
    // Fri 28 March 17:00 CET (16:00Z) + 120: Monday 31 March 10:00 CEST = 08:00Z.
    expect(iso(addBusinessTime(office, "2025-03-28T16:00:00Z", 120))).toBe("2025-03-31T08:00:00.000Z");
    // Fri 24 October 17:00 CEST (15:00Z) + 120: Monday 27 October 10:00 CET = 09:00Z.
    expect(iso(addBusinessTime(office, "2025-10-24T15:00:00Z", 120))).toBe("2025-10-27T09:00:00.000Z");
    expect(iso(nextOpen(office, "2025-03-30T12:00:00Z"))).toBe("2025-03-31T07:00:00.000Z");
    expect(iso(nextOpen(office, "2025-10-26T12:00:00Z"))).toBe("2025-10-27T08:00:00.000Z");
  });

  it("counts 5 hours in the Saturday night shift in March and 7 in October", () => {
    // Sat 22:00 CET (21:00Z) – Sun 04:00 CEST (02:00Z).
    expect(businessTimeBetween(weekendNight, "2025-03-29T12:00:00Z", "2025-03-30T12:00:00Z")).toBe(300);
    // Sat 22:00 CEST (20:00Z) – Sun 04:00 CET (03:00Z).
    expect(businessTimeBetween(weekendNight, "2025-10-25T12:00:00Z", "2025-10-26T12:00:00Z")).toBe(420);
    expect(iso(addBusinessTime(weekendNight, "2025-10-25T12:00:00Z", 420))).toBe("2025-10-26T03:00:00.000Z");
    expect(iso(addBusinessTime(weekendNight, "2025-10-25T12:00:00Z", 421))).toBe("2025-10-27T08:01:00.000Z");
  });
});

describe("zones with 30 and 45 minute offsets", () => {
  it("Asia/Kolkata (UTC+05:30)", () => {
    const kolkata = compileCalendar({
      timeZone: "Asia/Kolkata",
      weekly: week([{ start: "10:00", end: "19:00" }]),
    });
    // 09:30 IST is 04:00Z; opening 10:00 IST is 04:30Z; +45 min is 05:15Z.
    expect(iso(addBusinessTime(kolkata, "2025-03-10T04:00:00Z", 45))).toBe("2025-03-10T05:15:00.000Z");
    // Friday 18:30 IST (13:00Z) + 60: 30 min Friday, Monday 10:30 IST = 05:00Z.
    expect(iso(addBusinessTime(kolkata, "2025-03-14T13:00:00Z", 60))).toBe("2025-03-17T05:00:00.000Z");
    expect(iso(addBusinessDays(kolkata, "2025-03-14T13:00:00Z", 1))).toBe("2025-03-17T13:30:00.000Z");
    expect(isOpen(kolkata, "2025-03-10T04:29:00Z")).toBe(false);
    expect(isOpen(kolkata, "2025-03-10T04:30:00Z")).toBe(true);
  });

  it("Asia/Kathmandu (UTC+05:45), Sunday to Friday", () => {
    const hours = [{ start: "10:00", end: "17:00" }];
    const kathmandu = compileCalendar({
      timeZone: "Asia/Kathmandu",
      weekly: { sun: hours, mon: hours, tue: hours, wed: hours, thu: hours, fri: hours },
    });
    // Friday 16:30 NPT (10:45Z) + 60: 30 min Friday, Saturday closed, Sunday 10:30 NPT = 04:45Z.
    expect(iso(addBusinessTime(kathmandu, "2025-03-14T10:45:00Z", 60))).toBe("2025-03-16T04:45:00.000Z");
    expect(businessTimeBetween(kathmandu, "2025-03-14T10:45:00Z", "2025-03-16T04:45:00Z")).toBe(60);
    // 2025-03-14T18:30Z is Saturday 00:15 in Kathmandu: next business day is Sunday, closing 11:15Z.
    expect(iso(addBusinessDays(kathmandu, "2025-03-14T18:30:00Z", 1))).toBe("2025-03-16T11:15:00.000Z");
  });
});
