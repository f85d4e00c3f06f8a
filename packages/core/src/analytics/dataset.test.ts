import { describe, expect, it } from "vitest";
import { evaluateSla } from "../sla/evaluate.js";
import { SlaPolicySchema } from "../sla/sla-policy.js";
import { agentFigures } from "./agents.js";
import { backlog } from "./backlog.js";
import { csat } from "./csat.js";
import { buildDashboard, dashboardCsv, dashboardTables } from "./dashboard.js";
import { dataset, datasetEvents, now, products, range, sales, sh } from "./fixtures/dataset.js";
import { complaintsReport, returnsByProduct, topIssues } from "./products.js";
import { responseTimes } from "./response-times.js";
import { dailySeries } from "./series.js";
import { slaAttainment } from "./sla-attainment.js";
import { summarizeCases } from "./summarize.js";

// The report stands at the end of the range: Wednesday 25 Nov 00:00 in Shanghai.
const END = Date.parse(sh("2026-11-25 00:00"));
const summaries = () => summarizeCases(datasetEvents(), { until: END });

const policy = SlaPolicySchema.parse({
  id: "p",
  version: 1,
  rules: [
    {
      id: "base",
      targets: {
        first_response: { duration: { amount: 30, unit: "minutes" }, clock: "24/7", goalPercent: 80 },
        resolution: { duration: { amount: 24, unit: "hours" }, clock: "24/7", goalPercent: 90 },
      },
    },
    {
      id: "complaint",
      when: { kinds: ["complaint"] },
      targets: { resolution: { duration: { amount: 48, unit: "hours" }, clock: "24/7", goalPercent: 85 } },
    },
  ],
});

describe("the synthetic dataset (figures computed by hand in fixtures/dataset.ts)", () => {
  it("summarises each case: status, first response, current resolution and open periods", () => {
    const byId = new Map(summaries().map((s) => [s.caseId, s]));
    expect(byId.size).toBe(9);
    expect(byId.get("C9")).toMatchObject({
      status: "resolved",
      firstResponseAt: Date.parse(sh("2026-11-23 21:00")),
      firstResponderId: "anna",
      resolvedAt: Date.parse(sh("2026-11-24 11:00")),
      resolverId: "anna",
      reopenCount: 1,
      openChanges: [
        Date.parse(sh("2026-11-23 20:00")),
        Date.parse(sh("2026-11-23 22:00")),
        Date.parse(sh("2026-11-24 09:00")),
        Date.parse(sh("2026-11-24 11:00")),
      ],
    });
    expect(byId.get("C6")).toMatchObject({ resolverId: "ben", ratings: [{ score: 4, agentId: "ben" }] });
    expect(byId.get("C2")?.status).toBe("resolved");
    expect(byId.get("C7")?.status).toBe("investigating");
    expect(byId.get("C8")?.status).toBe("cancelled");
  });

  it("first response: 10, 30, 30, 60, 60 min → median 30, p90 60, mean 38", () => {
    expect(responseTimes(summaries(), range)).toEqual({
      firstResponse: { count: 5, medianMinutes: 30, p90Minutes: 60, meanMinutes: 38 },
      // 40, 900, 1410, 1440, 4680 min (C9's counts from opening to its second resolution).
      resolution: { count: 5, medianMinutes: 1410, p90Minutes: 4680, meanMinutes: 1694 },
    });
  });

  it("backlog at the end of the range: C4 (15 h), C5 (10 h), C7 (87 h)", () => {
    const b = backlog(summaries(), END);
    expect(b.total).toBe(3);
    expect(b.byStatus.filter((s) => s.count > 0)).toEqual([
      { status: "submitted", count: 1 },
      { status: "acknowledged", count: 1 },
      { status: "investigating", count: 1 },
    ]);
    expect(b.byAge.map((a) => [a.label, a.count])).toEqual([
      ["<1d", 2],
      ["1d-3d", 0],
      ["3d-7d", 1],
      ["7d-14d", 0],
      ["14d-30d", 0],
      [">=30d", 0],
    ]);
    expect(b.byStatusAndAge.find((r) => r.status === "investigating")?.counts).toEqual([0, 0, 1, 0, 0, 0]);
  });

  it("CSAT: scores 5, 4, 3 on Monday and 2, 5 on Tuesday → 3.8 average, 60% satisfied", () => {
    expect(csat(summaries(), range)).toEqual({
      ratings: 5,
      average: 3.8,
      satisfied: 3,
      satisfiedPercent: 60,
      distribution: [0, 1, 1, 1, 2],
      goalPercent: 90,
      meetsGoal: false,
    });
  });

  it("returns by product with reasons and return rates; the cancelled return is left out", () => {
    expect(returnsByProduct(summaries(), range, products, sales)).toEqual({
      cases: 2,
      units: 5,
      byProduct: [
        {
          productId: "P1",
          sku: "CUP-1",
          title: "Tea cup",
          cases: 2,
          units: 3,
          unitsSold: 30,
          returnRatePercent: 10,
          reasons: [{ reason: "size", units: 3 }],
        },
        {
          productId: "P2",
          sku: "POT-1",
          title: "Teapot",
          cases: 1,
          units: 1,
          unitsSold: 4,
          returnRatePercent: 25,
          reasons: [{ reason: "defective", units: 1 }],
        },
        {
          productId: "P3",
          sku: null,
          title: "Kettle",
          cases: 1,
          units: 1,
          unitsSold: null,
          returnRatePercent: null,
          reasons: [{ reason: "size", units: 1 }],
        },
      ],
      byReason: [
        { reason: "size", units: 4, cases: 2, percent: 80 },
        { reason: "defective", units: 1, cases: 1, percent: 20 },
      ],
    });
  });

  it("complaints by category and by product (C7 was opened before the range)", () => {
    expect(complaintsReport(summaries(), range, products)).toEqual({
      total: 3,
      byCategory: [
        { category: "product_quality", complaints: 2, percent: 66.67 },
        { category: "delivery_delay", complaints: 1, percent: 33.33 },
      ],
      byProduct: [
        {
          productId: "P1",
          sku: "CUP-1",
          title: "Tea cup",
          complaints: 2,
          percent: 66.67,
          cumulativePercent: 66.67,
        },
        {
          productId: "P3",
          sku: null,
          title: "Kettle",
          complaints: 1,
          percent: 33.33,
          cumulativePercent: 100,
        },
      ],
    });
  });

  it("top issues over the six complaint and return cases of the range", () => {
    expect(
      topIssues(summaries(), range, products, 4).map((r) => [
        r.source,
        r.issue,
        r.productId,
        r.cases,
        r.percent,
      ]),
    ).toEqual([
      ["return", "size", "P1", 2, 33.33],
      ["complaint", "delivery_delay", "P1", 1, 16.67],
      ["complaint", "product_quality", "P1", 1, 16.67],
      ["complaint", "product_quality", "P3", 1, 16.67],
    ]);
    expect(topIssues(summaries(), range, products)).toHaveLength(7);
  });

  it("per-agent figures", () => {
    expect(agentFigures(summaries(), range)).toEqual([
      {
        agentId: "anna",
        handled: 3,
        responses: 4,
        firstResponses: 4,
        firstResponseMedianMinutes: 30,
        firstResponseMeanMinutes: 32.5,
        resolutionMedianMinutes: 900,
        resolutionMeanMinutes: 783.33,
        ratings: 3,
        csatAverage: 4.33,
        csatSatisfiedPercent: 66.67,
      },
      {
        agentId: "ben",
        handled: 2,
        responses: 2,
        firstResponses: 1,
        firstResponseMedianMinutes: 60,
        firstResponseMeanMinutes: 60,
        resolutionMedianMinutes: 1440,
        resolutionMeanMinutes: 3060,
        ratings: 2,
        csatAverage: 3,
        csatSatisfiedPercent: 50,
      },
    ]);
  });

  it("daily series by Shanghai dates, adding up to the range totals", () => {
    expect(dailySeries(summaries(), range)).toEqual([
      {
        date: "2026-11-23",
        opened: 5,
        complaintsOpened: 2,
        returnsOpened: 2,
        firstResponses: 4,
        firstResponseMedianMinutes: 30,
        resolved: 2,
        resolutionMedianMinutes: 40,
        ratings: 3,
        csatAverage: 4,
        openAtEndOfDay: 3,
      },
      {
        date: "2026-11-24",
        opened: 2,
        complaintsOpened: 1,
        returnsOpened: 1,
        firstResponses: 1,
        firstResponseMedianMinutes: 30,
        resolved: 3,
        resolutionMedianMinutes: 1410,
        ratings: 2,
        csatAverage: 3.5,
        openAtEndOfDay: 3,
      },
    ]);
  });

  it("buckets by the given time zone: in Berlin, C9 (Mon 20:00 in Shanghai) is a Monday case too, C1 a Monday 02:00 one", () => {
    const berlin = dailySeries(summaries(), {
      from: "2026-11-23",
      to: "2026-11-23",
      timeZone: "Europe/Berlin",
    });
    // Berlin Monday = Shanghai Mon 07:00 … Tue 07:00: C1, C2, C3, C8, C9 opened.
    expect(berlin.map((p) => [p.date, p.opened, p.resolved])).toEqual([["2026-11-23", 5, 2]]);
    const utcSunday = dailySeries(summaries(), { from: "2026-11-22", to: "2026-11-22", timeZone: "UTC" });
    expect(utcSunday.map((p) => p.opened)).toEqual([0]);
  });

  it("SLA attainment per rule and per target against the goals", () => {
    const evaluations = dataset().map((c) => evaluateSla(c.events, policy, {}, END));
    expect(slaAttainment(evaluations, range)).toEqual({
      byRule: [
        {
          target: "first_response",
          ruleId: "base",
          goalPercent: 80,
          met: 3,
          breached: 4,
          total: 7,
          attainmentPercent: 42.86,
          meetsGoal: false,
        },
        {
          target: "resolution",
          ruleId: "base",
          goalPercent: 90,
          met: 2,
          breached: 0,
          total: 2,
          attainmentPercent: 100,
          meetsGoal: true,
        },
        {
          target: "resolution",
          ruleId: "complaint",
          goalPercent: 85,
          met: 3,
          breached: 1,
          total: 4,
          attainmentPercent: 75,
          meetsGoal: false,
        },
      ],
      byTarget: [
        {
          target: "first_response",
          ruleId: null,
          goalPercent: 80,
          met: 3,
          breached: 4,
          total: 7,
          attainmentPercent: 42.86,
          meetsGoal: false,
        },
        {
          target: "resolution",
          ruleId: null,
          goalPercent: null,
          met: 5,
          breached: 1,
          total: 6,
          attainmentPercent: 83.33,
          meetsGoal: null,
        },
      ],
    });
  });

  it("the dashboard gives the same figures from events, from summaries, and in its CSV", () => {
    const fromEvents = buildDashboard({
      events: datasetEvents(),
      range,
      now,
      products,
      sales,
      sla: { policy, calendars: {} },
    });
    const fromSummaries = buildDashboard({
      summaries: summaries(),
      range,
      now,
      products,
      sales,
      sla: { evaluations: dataset().map((c) => evaluateSla(c.events, policy, {}, END)) },
    });
    expect(fromSummaries).toEqual(fromEvents);
    expect(fromEvents.asOf).toBe(sh("2026-11-25 00:00"));
    expect(fromEvents.opened).toBe(7);
    expect(fromEvents.responseTimes.firstResponse.medianMinutes).toBe(30);
    expect(fromEvents.sla?.byTarget[1]?.attainmentPercent).toBe(83.33);
    expect(fromEvents.backlog.total).toBe(3);
    expect(fromEvents.spikes).toEqual([]);
    const csv = dashboardCsv(fromEvents);
    expect(csv.response_times).toBe(
      "metric,count,median_minutes,p90_minutes,mean_minutes\r\n" +
        "first_response,5,30,60,38\r\n" +
        "resolution,5,1410,4680,1694\r\n",
    );
    expect(csv.agents?.split("\r\n")[1]).toBe("anna,3,4,4,30,32.5,900,783.33,3,4.33,66.67");
    expect(csv.returns_by_product?.split("\r\n")[1]).toBe("P1,CUP-1,Tea cup,2,3,30,10,size:3");
    expect(csv.spikes).toBe("dimension,key,label,date,count,baseline_mean,p_value\r\n");
    const tables = dashboardTables(fromEvents);
    expect(tables.daily?.rows.map((r) => r.open_at_end_of_day)).toEqual([3, 3]);
    expect(tables.csat?.rows[0]).toMatchObject({ average: 3.8, satisfied_percent: 60, score_5: 2 });
  });

  it("a report for a day still running stands at now: ages and the backlog as of then", () => {
    const d = buildDashboard({
      events: datasetEvents(),
      range: { ...range, from: "2026-11-24" },
      now: sh("2026-11-24 14:20"),
    });
    expect(d.asOf).toBe(sh("2026-11-24 14:20"));
    // C5's reply (14:30) has not happened yet; C4, C5 and C7 are open.
    expect(d.responseTimes.firstResponse.count).toBe(0);
    expect(d.backlog.byStatus.filter((s) => s.count > 0)).toEqual([
      { status: "submitted", count: 2 },
      { status: "investigating", count: 1 },
    ]);
    expect(d.sla).toBeNull();
    expect(d.returns.byProduct.map((r) => r.productId)).toEqual([null]);
  });
});
