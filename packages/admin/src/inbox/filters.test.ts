import { describe, expect, it } from "vitest";
import { caseListQuery } from "../api/client.js";
import { defaultFilters, OPEN_STATUSES, openedWithin, toListParams } from "./filters.js";

describe("toListParams", () => {
  it("lists open cases, soonest due first, by default", () => {
    expect(toListParams(defaultFilters, "anna")).toEqual({
      status: [...OPEN_STATUSES],
      sort: "due",
      limit: 50,
    });
  });

  it("maps the saved views to assignee and SLA filters", () => {
    expect(toListParams({ ...defaultFilters, view: "mine" }, "anna").assignee).toBe("anna");
    expect(toListParams({ ...defaultFilters, view: "unassigned" }, "anna").assignee).toBe("none");
    expect(toListParams({ ...defaultFilters, view: "at_risk" }, "anna").slaState).toBe("at_risk");
    expect(toListParams({ ...defaultFilters, view: "all", overdue: true }, "anna").slaState).toBe("breached");
  });

  it("lets explicit filters win over the view and builds the query string the API reads", () => {
    const params = toListParams(
      {
        ...defaultFilters,
        view: "mine",
        assignee: "ben",
        status: ["proposed", "in_progress"],
        kind: ["complaint"],
        priority: "urgent",
        q: "  #1001 ",
        openedFrom: "2026-11-01",
      },
      "anna",
    );
    expect(caseListQuery(params)).toBe(
      "?status=proposed%2Cin_progress&kind=complaint&priority=urgent&assignee=ben&q=%231001&openedFrom=2026-11-01&sort=due&limit=50",
    );
  });
});

describe("openedWithin", () => {
  it("compares the local opening date in the store's zone", () => {
    const filters = { ...defaultFilters, openedFrom: "2026-11-23", openedTo: "2026-11-23" };
    // 23:30 UTC on the 22nd is already the 23rd in Shanghai, still the 22nd in New York.
    expect(openedWithin({ openedAt: "2026-11-22T23:30:00.000Z" }, filters, "Asia/Shanghai")).toBe(true);
    expect(openedWithin({ openedAt: "2026-11-22T23:30:00.000Z" }, filters, "America/New_York")).toBe(false);
    expect(openedWithin({ openedAt: "2020-01-01T00:00:00.000Z" }, defaultFilters, "UTC")).toBe(true);
  });
});
