import { describe, expect, it } from "vitest";
import { slaBadge, sortByDue } from "./sla-badge.js";

const now = Date.parse("2026-11-23T10:00:00.000Z");
const base = {
  firstResponseDueAt: null,
  resolutionDueAt: null,
  slaState: null,
  openedAt: "2026-11-23T08:00:00.000Z",
};

describe("slaBadge", () => {
  it("says how long until the earliest due instant still ahead", () => {
    expect(
      slaBadge(
        "en",
        {
          ...base,
          slaState: "active",
          firstResponseDueAt: "2026-11-23T10:25:30.000Z",
          resolutionDueAt: "2026-11-28T10:00:00.000Z",
        },
        now,
      ),
    ).toEqual({ text: "due in 25 min", tone: "info", dueAt: "2026-11-23T10:25:30.000Z" });
    expect(
      slaBadge("en", { ...base, slaState: "at_risk", resolutionDueAt: "2026-11-23T12:10:00.000Z" }, now),
    ).toEqual({
      text: "due in 2 h 10 min",
      tone: "warning",
      dueAt: "2026-11-23T12:10:00.000Z",
    });
  });

  it("skips a first response that is already behind (met) and names the resolution", () => {
    expect(
      slaBadge(
        "en",
        {
          ...base,
          slaState: "active",
          firstResponseDueAt: "2026-11-23T09:00:00.000Z",
          resolutionDueAt: "2026-11-24T10:00:00.000Z",
        },
        now,
      )?.text,
    ).toBe("due in 1 d");
  });

  it("says how long ago a breached target was due", () => {
    expect(
      slaBadge(
        "en",
        {
          ...base,
          slaState: "breached",
          firstResponseDueAt: "2026-11-23T08:00:00.000Z",
          resolutionDueAt: "2026-11-28T10:00:00.000Z",
        },
        now,
      ),
    ).toEqual({ text: "breached 2 h ago", tone: "critical", dueAt: "2026-11-23T08:00:00.000Z" });
    expect(
      slaBadge(
        "zh-Hans",
        { ...base, slaState: "breached", firstResponseDueAt: "2026-11-23T08:00:00.000Z" },
        now,
      )?.text,
    ).toBe("已超时 2 小时");
  });

  it("says overdue when the due instant passed before the sweeper flagged it", () => {
    expect(
      slaBadge("en", { ...base, slaState: "active", resolutionDueAt: "2026-11-23T09:15:00.000Z" }, now),
    ).toEqual({
      text: "overdue by 45 min",
      tone: "critical",
      dueAt: "2026-11-23T09:15:00.000Z",
    });
  });

  it("shows paused and met, and nothing without a target", () => {
    expect(slaBadge("en", { ...base, slaState: "paused" }, now)?.text).toBe("paused");
    expect(slaBadge("en", { ...base, slaState: "met" }, now)?.tone).toBe("success");
    expect(slaBadge("en", base, now)).toBe(null);
  });

  it("prefers per-target states when the API gives them", () => {
    expect(
      slaBadge(
        "en",
        {
          ...base,
          slaState: "at_risk",
          slaTargets: {
            first_response: { state: "met", dueAt: "2026-11-23T09:00:00.000Z" },
            resolution: {
              state: "active",
              dueAt: "2026-11-23T11:00:00.000Z",
              atRiskAt: "2026-11-23T09:48:00.000Z",
            },
            follow_up: { state: "paused", dueAt: null },
          },
        },
        now,
      ),
    ).toEqual({ text: "due in 1 h", tone: "warning", dueAt: "2026-11-23T11:00:00.000Z" });
    expect(
      slaBadge(
        "en",
        { ...base, slaTargets: { first_response: { state: "breached", dueAt: "2026-11-23T07:30:00.000Z" } } },
        now,
      )?.text,
    ).toBe("breached 2 h 30 min ago");
  });
});

describe("sortByDue", () => {
  it("puts the most overdue first and cases without a due time last, newest first", () => {
    const items = [
      { ...base, id: "none-old", openedAt: "2026-11-20T08:00:00.000Z" },
      { ...base, id: "later", slaState: "active", resolutionDueAt: "2026-11-25T08:00:00.000Z" },
      { ...base, id: "breached", slaState: "breached", firstResponseDueAt: "2026-11-23T07:00:00.000Z" },
      { ...base, id: "soon", slaState: "active", firstResponseDueAt: "2026-11-23T10:20:00.000Z" },
      { ...base, id: "none-new", openedAt: "2026-11-22T08:00:00.000Z" },
    ];
    expect(sortByDue(items, now).map((i) => i.id)).toEqual([
      "breached",
      "soon",
      "later",
      "none-new",
      "none-old",
    ]);
  });
});
