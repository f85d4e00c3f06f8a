import { describe, expect, it } from "vitest";
import { durationStats, nearestRank, percent } from "./stats.js";

const MIN = 60_000;

describe("nearest-rank percentiles", () => {
  it("picks the value at rank ⌈p/100 × n⌉", () => {
    const ten = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(nearestRank(ten, 90)).toBe(9);
    expect(nearestRank(ten, 91)).toBe(10);
    expect(nearestRank(ten, 50)).toBe(5);
    expect(nearestRank(ten, 100)).toBe(10);
    expect(nearestRank(ten, 1)).toBe(1);
    expect(nearestRank([1, 2, 3, 4], 50)).toBe(2);
    expect(nearestRank([7], 90)).toBe(7);
    expect(nearestRank([], 50)).toBeNull();
  });

  it("summarises durations in minutes, rounded to 2 decimals, whatever the input order", () => {
    expect(durationStats([20 * MIN, 10 * MIN, 40 * MIN, 30 * MIN])).toEqual({
      count: 4,
      medianMinutes: 20,
      p90Minutes: 40,
      meanMinutes: 25,
    });
    expect(durationStats([MIN, 2 * MIN, 2 * MIN + 1000])).toEqual({
      count: 3,
      medianMinutes: 2,
      p90Minutes: 2.02,
      meanMinutes: 1.67,
    });
    expect(durationStats([])).toEqual({ count: 0, medianMinutes: null, p90Minutes: null, meanMinutes: null });
  });

  it("rounds percentages once", () => {
    expect(percent(1, 3)).toBe(33.33);
    expect(percent(2, 3)).toBe(66.67);
    expect(percent(0, 0)).toBeNull();
  });
});
