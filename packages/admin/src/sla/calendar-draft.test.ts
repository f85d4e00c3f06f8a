import { describe, expect, it } from "vitest";
import { fromCalendarBody, officeHoursBody, toCalendarBody } from "./calendar-draft.js";

describe("calendar draft", () => {
  it("round-trips split shifts, holiday dates and ranges, and make-up workdays", () => {
    const body = {
      timeZone: "Asia/Shanghai",
      weekly: {
        mon: [
          { start: "09:00", end: "12:00" },
          { start: "13:30", end: "18:00" },
        ],
        tue: [{ start: "22:00", end: "02:00" }],
        wed: [],
        thu: [],
        fri: [{ start: "09:00", end: "18:00" }],
        sat: [],
        sun: [],
      },
      holidays: [
        { date: "2026-10-01", name: "国庆节" },
        { from: "2026-10-02", to: "2026-10-07" },
      ],
      extraWorkingDays: [{ date: "2026-10-10", hours: "fri", name: "调休上班日" }],
    };
    const draft = fromCalendarBody(body, "UTC");
    expect(draft.holidays).toEqual([
      { from: "2026-10-01", to: "", name: "国庆节" },
      { from: "2026-10-02", to: "2026-10-07", name: "" },
    ]);
    expect(toCalendarBody(draft)).toEqual(body);
  });

  it("starts an empty calendar in the store's zone with every day closed", () => {
    expect(toCalendarBody(fromCalendarBody(undefined, "Europe/Berlin"))).toEqual({
      timeZone: "Europe/Berlin",
      weekly: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] },
      holidays: [],
      extraWorkingDays: [],
    });
  });

  it("starts from the server's office hours when the store has no calendar", () => {
    const body = toCalendarBody(fromCalendarBody(officeHoursBody("Asia/Shanghai"), "UTC"));
    expect([
      body.timeZone,
      (body.weekly as Record<string, unknown[]>).fri,
      (body.weekly as Record<string, unknown[]>).sat,
    ]).toEqual(["Asia/Shanghai", [{ start: "09:00", end: "18:00" }], []]);
  });
});
