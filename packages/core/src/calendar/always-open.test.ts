import { describe, expect, it } from "vitest";
import { addBusinessDays, addBusinessTime } from "./add.js";
import { calendar247 } from "./always-open.js";
import { businessTimeBetween } from "./elapsed.js";
import { isOpen, nextOpen } from "./open.js";

const iso = (ms: number) => new Date(ms).toISOString();

describe("calendar247", () => {
  const always = calendar247();

  it("is always open and counts clock time", () => {
    expect(always.alwaysOpen).toBe(true);
    expect(isOpen(always, "2025-12-25T03:00:00Z")).toBe(true);
    expect(iso(nextOpen(always, "2025-12-25T03:00:00Z"))).toBe("2025-12-25T03:00:00.000Z");
    expect(iso(addBusinessTime(always, "2025-12-31T23:30:00Z", 90))).toBe("2026-01-01T01:00:00.000Z");
    expect(businessTimeBetween(always, "2025-12-31T23:30:00Z", "2026-01-01T01:00:00Z")).toBe(90);
    expect(businessTimeBetween(always, "2026-01-01T01:00:00Z", "2025-12-31T23:30:00Z")).toBe(0);
  });

  it("ends business days at local midnight of its zone", () => {
    expect(iso(addBusinessDays(always, "2025-03-10T15:00:00Z", 2))).toBe("2025-03-13T00:00:00.000Z");
    const shanghai = calendar247("Asia/Shanghai");
    expect(iso(addBusinessDays(shanghai, "2025-03-10T15:00:00Z", 2))).toBe("2025-03-12T16:00:00.000Z");
  });

  it("counts a 23-hour day across DST as 23 hours", () => {
    const newYork = calendar247("America/New_York");
    expect(businessTimeBetween(newYork, "2025-03-09T05:00:00Z", "2025-03-10T04:00:00Z")).toBe(23 * 60);
  });
});
