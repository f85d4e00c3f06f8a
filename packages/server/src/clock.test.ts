import { describe, expect, it } from "vitest";
import { manualClock, newId, nowIso } from "./clock.js";

describe("newId", () => {
  it("gives 20 url-safe random characters after the prefix, never the same twice across refills of its pool", () => {
    const ids = Array.from({ length: 1000 }, () => newId("cas"));
    for (const id of ids) expect(id).toMatch(/^cas_[A-Za-z0-9_-]{20}$/);
    expect(new Set(ids).size).toBe(1000);
    expect(new Set(ids.map((id) => id.slice(4, 8))).size).toBeGreaterThan(900);
  });
});

describe("nowIso", () => {
  it("is the clock's instant in ISO 8601 UTC", () => {
    expect(nowIso(manualClock("2026-03-10T10:00:00+01:00"))).toBe("2026-03-10T09:00:00.000Z");
  });
});
