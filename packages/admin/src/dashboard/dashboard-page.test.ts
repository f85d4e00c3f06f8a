import { describe, expect, it } from "vitest";
import { addDays } from "./dashboard-page.js";

describe("addDays", () => {
  it("moves local dates across months and years", () => {
    expect([addDays("2026-11-23", -29), addDays("2026-12-31", 1), addDays("2024-03-01", -1)]).toEqual([
      "2026-10-25",
      "2027-01-01",
      "2024-02-29",
    ]);
  });
});
