import { describe, expect, it } from "vitest";
import { defaultSlaPolicy } from "../sla/sla-policy.js";
import { buildDashboard, dashboardCsv } from "./dashboard.js";
import { CaseBuilder } from "./fixtures/dataset.js";
import {
  complaintsReport,
  productLookupFromOrders,
  returnsByProduct,
  unitsSoldFromOrders,
} from "./products.js";
import { summarizeCases } from "./summarize.js";

const range = { from: "2026-11-23", to: "2026-11-24", timeZone: "Asia/Shanghai" };
const lines = (...ids: string[]) => ids.map((id) => ({ id, productId: `P-${id}`, title: id }));

describe("product inputs", () => {
  it("counts units sold per product over the orders placed in the range's local dates", () => {
    const orders = [
      {
        placedAt: "2026-11-22T16:00:00.000Z",
        lines: [
          { productId: "B", quantity: 2 },
          { productId: "A", quantity: 1 },
        ],
      },
      { placedAt: "2026-11-24T15:59:59.999Z", lines: [{ productId: "A", quantity: 3 }] },
      { placedAt: "2026-11-22T15:59:59.999Z", lines: [{ productId: "A", quantity: 100 }] },
      { placedAt: "2026-11-24T16:00:00.000Z", lines: [{ productId: "C", quantity: 100 }] },
    ];
    expect(unitsSoldFromOrders(orders as never, range)).toEqual([
      { productId: "A", unitsSold: 4 },
      { productId: "B", unitsSold: 2 },
    ]);
  });

  it("looks lines up per order: the same line id in two orders can be two products", () => {
    const lookup = productLookupFromOrders([
      { id: "o1", lines: lines("L1") },
      { id: "o2", lines: [{ id: "L1", productId: "Q", sku: "Q-1", title: "Other" }] },
    ]);
    expect(lookup("o1", "L1")).toEqual({ productId: "P-L1", sku: null, title: "L1" });
    expect(lookup("o2", "L1")).toEqual({ productId: "Q", sku: "Q-1", title: "Other" });
    expect(lookup(null, "L1")).toBeUndefined();
  });
});

describe("product reports with unknown lines and no sales", () => {
  const summaries = summarizeCases([
    ...new CaseBuilder("R1").open("2026-11-23 10:00", "exchange", {
      orderId: "o9",
      lines: [
        { lineId: "X", quantity: 2, reason: "size", resolution: "exchange" },
        { lineId: "Y", quantity: 1, reason: "colour", resolution: "exchange" },
      ],
    }).events,
    ...new CaseBuilder("K1").open("2026-11-23 11:00", "complaint").events,
    ...new CaseBuilder("K2").open("2026-11-24 11:00", "complaint", { category: "other" }).events,
  ]);
  const lookup = productLookupFromOrders([]);

  it("puts unknown lines in one product-less row and leaves return rates empty", () => {
    expect(returnsByProduct(summaries, range, lookup).byProduct).toEqual([
      {
        productId: null,
        sku: null,
        title: null,
        cases: 1,
        units: 3,
        unitsSold: null,
        returnRatePercent: null,
        reasons: [
          { reason: "size", units: 2 },
          { reason: "colour", units: 1 },
        ],
      },
    ]);
  });

  it("counts complaints without a category under null", () => {
    expect(complaintsReport(summaries, range, lookup)).toEqual({
      total: 2,
      byCategory: [
        { category: null, complaints: 1, percent: 50 },
        { category: "other", complaints: 1, percent: 50 },
      ],
      byProduct: [],
    });
  });

  it("refuses to compute SLA attainment from a policy without events", () => {
    expect(() =>
      buildDashboard({
        summaries,
        range,
        now: "2026-11-25T00:00:00.000Z",
        sla: { policy: defaultSlaPolicy, calendars: {} },
      }),
    ).toThrowError(expect.objectContaining({ code: "invalid_argument" }));
  });

  it("an empty period gives zeros and empty figures, not errors", () => {
    const d = buildDashboard({ events: [], range, now: "2026-11-25T00:00:00.000Z" });
    expect(d.opened).toBe(0);
    expect(d.csat).toMatchObject({ ratings: 0, average: null, satisfiedPercent: null, meetsGoal: null });
    expect(d.responseTimes.resolution.medianMinutes).toBeNull();
    expect(d.daily.map((p) => p.openAtEndOfDay)).toEqual([0, 0]);
    expect(dashboardCsv(d).csat).toBe(
      "ratings,average,satisfied,satisfied_percent,goal_percent,meets_goal,score_1,score_2,score_3,score_4,score_5\r\n" +
        "0,,0,,90,,0,0,0,0,0\r\n",
    );
  });
});
