import { describe, expect, it } from "vitest";
import { dayGrid, dayIndex } from "./range.js";

const iso = (ms: number | undefined) => new Date(ms!).toISOString();

describe("local days", () => {
  it("follows DST: the Berlin day the clocks go back has 25 hours", () => {
    const g = dayGrid({ from: "2026-10-24", to: "2026-10-26", timeZone: "Europe/Berlin" });
    expect(g.dates).toEqual(["2026-10-24", "2026-10-25", "2026-10-26"]);
    expect([...g.starts].map(iso)).toEqual([
      "2026-10-23T22:00:00.000Z",
      "2026-10-24T22:00:00.000Z",
      "2026-10-25T23:00:00.000Z",
      "2026-10-26T23:00:00.000Z",
    ]);
    expect(dayIndex(g, Date.parse("2026-10-25T22:30:00Z"))).toBe(1);
    expect(dayIndex(g, Date.parse("2026-10-25T23:00:00Z"))).toBe(2);
    expect(dayIndex(g, Date.parse("2026-10-23T21:59:59.999Z"))).toBe(-1);
    expect(dayIndex(g, Date.parse("2026-10-26T23:00:00Z"))).toBe(3);
  });

  it("starts a day whose midnight does not exist when the clocks jump (Santiago, 6 Sep 2026)", () => {
    const g = dayGrid({ from: "2026-09-06", to: "2026-09-06", timeZone: "America/Santiago" });
    expect(iso(g.rangeStart)).toBe("2026-09-06T04:00:00.000Z");
  });

  it("keeps extra baseline days ahead of the range", () => {
    const g = dayGrid({ from: "2026-03-01", to: "2026-03-01", timeZone: "Asia/Shanghai" }, 2);
    expect(g.dates).toEqual(["2026-02-27", "2026-02-28", "2026-03-01"]);
    expect(g.first).toBe(2);
    expect(iso(g.rangeStart)).toBe("2026-02-28T16:00:00.000Z");
  });

  it("rejects a reversed range, an unknown zone and a bad date", () => {
    expect(() => dayGrid({ from: "2026-03-02", to: "2026-03-01", timeZone: "UTC" })).toThrowError(
      /to: must not be before/,
    );
    expect(() => dayGrid({ from: "2026-03-01", to: "2026-03-01", timeZone: "Mars/Olympus" })).toThrowError(
      /unknown time zone/,
    );
    expect(() => dayGrid({ from: "2026-02-30", to: "2026-03-01", timeZone: "UTC" })).toThrowError(/from/);
    expect(() => dayGrid({ from: "2000-01-01", to: "2026-03-01", timeZone: "UTC" })).toThrowError(
      /at most 3660/,
    );
  });
});
