import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addBusinessTime } from "./add.js";
import { chinaMainlandHolidays } from "./cn-mainland.js";
import { type CompiledCalendar, compileCalendar } from "./compile.js";
import { businessTimeBetween } from "./elapsed.js";
import { isOpen, nextOpen } from "./open.js";
import type { BusinessCalendarInput, OpeningInterval } from "./schema.js";

const split: OpeningInterval[] = [
  { start: "09:00", end: "12:00" },
  { start: "13:30", end: "18:00" },
];
const night: OpeningInterval[] = [{ start: "22:00", end: "02:00" }];

const definitions: Record<string, BusinessCalendarInput> = {
  "Shanghai split hours with the 2025–2026 holidays": {
    timeZone: "Asia/Shanghai",
    weekly: { mon: split, tue: split, wed: split, thu: split, fri: split },
    ...chinaMainlandHolidays(),
  },
  "New York night shifts across DST": {
    timeZone: "America/New_York",
    weekly: {
      fri: night,
      sat: [{ start: "22:00", end: "06:00" }],
      sun: [{ start: "06:30", end: "08:00" }, ...split],
    },
    holidays: [{ from: "2025-11-20", to: "2025-11-30" }],
  },
  "Berlin split hours": {
    timeZone: "Europe/Berlin",
    weekly: { mon: split, wed: split, sun: [{ start: "01:00", end: "04:00" }] },
  },
  "Kathmandu Sunday to Friday": {
    timeZone: "Asia/Kathmandu",
    weekly: { sun: split, mon: split, tue: split, wed: night, thu: split, fri: split },
    extraWorkingDays: [{ date: "2025-06-07", hours: "wed" }],
  },
};

// 2024-12-01 … 2027-01-31, to the minute, plus some instants with seconds.
const instant = fc.oneof(
  fc
    .integer({ min: Date.UTC(2024, 11, 1) / 60_000, max: Date.UTC(2027, 0, 31) / 60_000 })
    .map((m) => m * 60_000),
  fc.integer({ min: Date.UTC(2024, 11, 1), max: Date.UTC(2027, 0, 31) }),
);
const minutes = fc.integer({ min: 0, max: 20_000 });

describe.each(Object.entries(definitions))("properties: %s", (_name, definition) => {
  const calendar: CompiledCalendar = compileCalendar(definition);

  it("never lands in closed time except exactly on a closing boundary", () => {
    fc.assert(
      fc.property(instant, minutes, (t, m) => {
        const due = addBusinessTime(calendar, t, m);
        expect(due).toBeGreaterThanOrEqual(t);
        expect(isOpen(calendar, due) || isOpen(calendar, due - 1)).toBe(true);
        if (m === 0) expect(due).toBe(nextOpen(calendar, t));
      }),
      { numRuns: 300 },
    );
  });

  it("is the inverse of businessTimeBetween", () => {
    fc.assert(
      fc.property(instant, minutes, (t, m) => {
        expect(businessTimeBetween(calendar, t, addBusinessTime(calendar, t, m))).toBe(m);
      }),
      { numRuns: 300 },
    );
  });

  it("gives the earliest such instant: one millisecond earlier has less open time", () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 20_000 }), (t, m) => {
        const due = addBusinessTime(calendar, t, m);
        expect(businessTimeBetween(calendar, t, due - 1)).toBeLessThan(m);
      }),
      { numRuns: 200 },
    );
  });

  it("is monotone in the start instant and in the minutes", () => {
    fc.assert(
      fc.property(instant, instant, minutes, minutes, (a, b, m1, m2) => {
        const [t1, t2] = a <= b ? [a, b] : [b, a];
        const [small, large] = m1 <= m2 ? [m1, m2] : [m2, m1];
        expect(addBusinessTime(calendar, t1, small)).toBeLessThanOrEqual(
          addBusinessTime(calendar, t2, small),
        );
        expect(addBusinessTime(calendar, t1, small)).toBeLessThanOrEqual(
          addBusinessTime(calendar, t1, large),
        );
      }),
      { numRuns: 200 },
    );
  });

  it("adds up: business time from a to c is a→b plus b→c", () => {
    fc.assert(
      fc.property(instant, instant, instant, (x, y, z) => {
        const [a, b, c] = [x, y, z].sort((p, q) => p - q) as [number, number, number];
        const total = businessTimeBetween(calendar, a, c);
        const parts = businessTimeBetween(calendar, a, b) + businessTimeBetween(calendar, b, c);
        expect(Math.round(parts * 60_000)).toBe(Math.round(total * 60_000));
      }),
      { numRuns: 200 },
    );
  });
});

/**
 * An independent oracle for zones without DST: read each minute's local date and time with Intl and
 * decide from the definition alone whether it is open (today's intervals, or yesterday's that run
 * past midnight).
 */
const formats = new Map<string, Intl.DateTimeFormat>();
function naiveIsOpen(definition: BusinessCalendarInput, t: number): boolean {
  const format =
    formats.get(definition.timeZone) ??
    new Intl.DateTimeFormat("en-CA", {
      timeZone: definition.timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
    });
  formats.set(definition.timeZone, format);
  const parts = format.formatToParts(t);
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  const date = `${get("year")}-${get("month")}-${get("day")}`;
  const minute = Number(get("hour")) * 60 + Number(get("minute"));
  const keys = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;
  const hoursOf = (isoDate: string): readonly OpeningInterval[] => {
    const extra = (definition.extraWorkingDays ?? []).find((d) => d.date === isoDate);
    if (extra) {
      const hours = extra.hours ?? "mon";
      return typeof hours === "string" ? (definition.weekly[hours] ?? []) : hours;
    }
    const closed = (definition.holidays ?? []).some((h) =>
      "date" in h ? h.date === isoDate : h.from <= isoDate && isoDate <= h.to,
    );
    if (closed) return [];
    return definition.weekly[keys[new Date(`${isoDate}T00:00:00Z`).getUTCDay()]!] ?? [];
  };
  const toMin = (s: string) => Number(s.slice(0, 2)) * 60 + Number(s.slice(3));
  const yesterday = new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  for (const { start, end } of hoursOf(date)) {
    const s = toMin(start);
    const e = toMin(end) <= s ? 1440 : toMin(end);
    if (s <= minute && minute < e) return true;
  }
  for (const { start, end } of hoursOf(yesterday)) {
    if (toMin(end) <= toMin(start) && minute < toMin(end)) return true;
  }
  return false;
}

describe.each(["Shanghai split hours with the 2025–2026 holidays", "Kathmandu Sunday to Friday"])(
  "against a minute-by-minute oracle: %s",
  (name) => {
    const definition = definitions[name]!;
    const calendar = compileCalendar(definition);

    it("agrees on addBusinessTime and isOpen", () => {
      fc.assert(
        fc.property(
          fc.integer({ min: Date.UTC(2024, 11, 20) / 60_000, max: Date.UTC(2026, 11, 20) / 60_000 }),
          fc.integer({ min: 1, max: 600 }),
          (startMinute, m) => {
            let t = startMinute * 60_000;
            expect(isOpen(calendar, t)).toBe(naiveIsOpen(definition, t));
            let left = m;
            for (;;) {
              if (naiveIsOpen(definition, t)) left--;
              t += 60_000;
              if (left === 0) break;
            }
            expect(addBusinessTime(calendar, startMinute * 60_000, m)).toBe(t);
          },
        ),
        { numRuns: 40 },
      );
    }, 30_000);
  },
);
