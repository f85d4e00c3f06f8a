import { describe, expect, it } from "vitest";
import { buildDashboard, dashboardCsv } from "./dashboard.js";
import { CaseBuilder } from "./fixtures/dataset.js";
import { productLookupFromOrders } from "./products.js";
import { detectSpikes, poissonUpperTail } from "./spikes.js";
import { summarizeCases } from "./summarize.js";

describe("poissonUpperTail", () => {
  it("computes P(X ≥ k) for X ~ Poisson(λ)", () => {
    expect(poissonUpperTail(5, 1)).toBeCloseTo(0.003659846827, 12);
    expect(poissonUpperTail(6, 0.5)).toBeCloseTo(1.416493732e-5, 14);
    expect(poissonUpperTail(6, 3)).toBeCloseTo(0.08391794203, 10);
    expect(poissonUpperTail(100, 50) / 3.200065768e-10).toBeCloseTo(1, 5);
    expect(poissonUpperTail(0, 2)).toBe(1);
    expect(poissonUpperTail(3, 0)).toBe(0);
    expect(poissonUpperTail(1, 2)).toBeCloseTo(1 - Math.exp(-2), 14);
  });
});

const lookup = productLookupFromOrders([
  {
    id: "o",
    lines: [
      { id: "cup", productId: "P1", title: "Tea cup" },
      { id: "pot", productId: "P2", title: "Teapot" },
      { id: "kettle", productId: "P3", title: "Kettle" },
    ],
  },
]);

function day(offset: number): string {
  return new Date(Date.UTC(2026, 9, 27 + offset)).toISOString().slice(0, 10);
}

function cases() {
  const all: CaseBuilder[] = [];
  let n = 0;
  const complaint = (date: string, category: string, lineId?: string) =>
    all.push(
      new CaseBuilder(`K${n++}`).open(`${date} 10:00`, "complaint", {
        category,
        orderId: "o",
        ...(lineId ? { lines: [{ lineId, quantity: 1, reason: "broken", resolution: "refund" }] } : {}),
      }),
    );
  const ret = (date: string, lineId: string) =>
    all.push(
      new CaseBuilder(`R${n++}`).open(`${date} 10:00`, "return", {
        orderId: "o",
        lines: [{ lineId, quantity: 1, reason: "size", resolution: "refund" }],
      }),
    );
  // Baseline: 28 days, 27 Oct … 23 Nov. Today: 24 Nov.
  for (let d = 0; d < 28; d += 2) complaint(day(d), "product_quality", "cup"); // 14 → mean 0.5
  for (let d = 0; d < 28; d++) for (let k = 0; k < 3; k++) complaint(day(d), "delivery_delay"); // mean 3
  complaint(day(-1), "product_quality", "cup"); // 26 Oct: outside the 28-day window
  for (let k = 0; k < 6; k++) complaint("2026-11-24", "product_quality", "cup");
  for (let k = 0; k < 6; k++) complaint("2026-11-24", "delivery_delay");
  for (let k = 0; k < 5; k++) ret("2026-11-24", "pot");
  for (let k = 0; k < 4; k++) ret("2026-11-24", "kettle");
  complaint("2026-11-25", "product_quality", "cup"); // tomorrow
  return summarizeCases(all.flatMap((c) => c.events));
}

describe("detectSpikes", () => {
  const range = { from: "2026-11-20", to: "2026-11-24", timeZone: "Asia/Shanghai" };

  it("flags today's counts far above the 28-day mean, most surprising first", () => {
    expect(detectSpikes(cases(), range, lookup)).toEqual([
      {
        dimension: "product",
        key: "P2",
        label: "Teapot",
        date: "2026-11-24",
        count: 5,
        baselineMean: 0,
        pValue: 4.7e-10,
      },
      {
        dimension: "category",
        key: "product_quality",
        label: "product_quality",
        date: "2026-11-24",
        count: 6,
        baselineMean: 0.5,
        pValue: 1.416e-5,
      },
      {
        dimension: "product",
        key: "P1",
        label: "Tea cup",
        date: "2026-11-24",
        count: 6,
        baselineMean: 0.5,
        pValue: 1.416e-5,
      },
    ]);
  });

  it("respects the minimum count and the significance level", () => {
    const lenient = detectSpikes(cases(), range, lookup, { minCount: 4, alpha: 0.1 });
    expect(lenient.map((s) => [s.key, s.count, s.pValue])).toEqual([
      ["P2", 5, 4.7e-10],
      ["P3", 4, 6.588e-8],
      ["product_quality", 6, 1.416e-5],
      ["P1", 6, 1.416e-5],
      ["delivery_delay", 6, 0.08392],
    ]);
    expect(detectSpikes(cases(), range, lookup, { alpha: 1e-6 }).map((s) => s.key)).toEqual(["P2"]);
  });

  it("the dashboard lists the same spikes and exports them", () => {
    const d = buildDashboard({
      summaries: cases(),
      range,
      now: "2026-11-24T12:00:00.000Z",
      products: lookup,
    });
    expect(d.spikes).toEqual(detectSpikes(cases(), range, lookup));
    expect(dashboardCsv(d).spikes?.split("\r\n").slice(0, 2)).toEqual([
      "dimension,key,label,date,count,baseline_mean,p_value",
      "product,P2,Teapot,2026-11-24,5,0,4.7e-10",
    ]);
  });
});
