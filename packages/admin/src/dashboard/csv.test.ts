import { describe, expect, it } from "vitest";
import { toCsv } from "./csv.js";
import { addDays } from "./dashboard-page.js";

describe("CSV", () => {
  it("quotes what needs quoting, keeps nulls empty, defuses formulas", () => {
    expect(
      toCsv(
        ["a", "b", "c"],
        [
          { a: 'say "hi", ok', b: null, c: 1.5 },
          { a: "=SUM(A1)", b: true, c: -2 },
        ],
      ),
    ).toBe('a,b,c\r\n"say ""hi"", ok",,1.5\r\n\'=SUM(A1),true,-2\r\n');
  });
});

describe("addDays", () => {
  it("moves local dates across months and years", () => {
    expect([addDays("2026-11-23", -29), addDays("2026-12-31", 1), addDays("2024-03-01", -1)]).toEqual([
      "2026-10-25",
      "2027-01-01",
      "2024-02-29",
    ]);
  });
});
