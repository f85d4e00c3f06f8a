import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseTargets } from "../../testing/databases.js";
import { startTestApp, type TestApp } from "../../testing/harness.js";

// Mon–Fri 09:00–12:00 and 13:00–18:00 in Berlin: 8 business hours a day.
const lunchBreak = [
  { start: "09:00", end: "12:00" },
  { start: "13:00", end: "18:00" },
];
const berlinOffice = {
  timeZone: "Europe/Berlin",
  weekly: { mon: lunchBreak, tue: lunchBreak, wed: lunchBreak, thu: lunchBreak, fri: lunchBreak },
};
const eightBusinessHours = {
  id: "default",
  version: 7,
  rules: [
    {
      id: "complaint-8h",
      when: { kinds: ["complaint"] },
      targets: { first_response: { duration: { amount: 8, unit: "hours" }, clock: "default" } },
    },
  ],
};
// Friday 27 November 2026, 17:30 in Berlin (CET, UTC+1).
const fridayEvening = "2026-11-27T16:30:00.000Z";
const complaint = { kind: "complaint", priority: "normal", channel: "web" };

describe.each(databaseTargets)("POST /v1/staff/sla/preview on $name", (target) => {
  let h: TestApp;
  beforeAll(async () => {
    h = await startTestApp(target);
    const saved = await h.call("PUT", "/v1/staff/calendars/default", {
      body: berlinOffice,
      headers: { authorization: `Bearer ${h.keys.manager}` },
    });
    expect(saved.status).toBe(200);
  });
  afterAll(() => h.t.drop());

  const preview = (body: unknown, key = h.keys.agent) =>
    h.call("POST", "/v1/staff/sla/preview", { body, headers: { authorization: `Bearer ${key}` } });
  const dueAts = async (res: Response) => {
    expect(res.status).toBe(200);
    const body = (await res.json()) as { targets: Record<string, { dueAt: string | null }> };
    return Object.fromEntries(Object.entries(body.targets).map(([t, v]) => [t, v.dueAt]));
  };

  it("measures with the published policy (core's default) and the store's saved calendar", async () => {
    const res = await preview({ openedAt: fridayEvening, case: complaint });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      openedAt: fridayEvening,
      policy: { id: "default", version: 1, draft: false },
      timeZone: "Europe/Berlin",
      targets: {
        // 24 hours around the clock: Saturday 17:30 in Berlin.
        first_response: {
          dueAt: "2026-11-28T16:30:00.000Z",
          ruleId: "complaint",
          clock: "24/7",
          atRiskAt: "2026-11-28T11:42:00.000Z",
          targetMinutes: 1440,
          startsOn: "case_opened",
        },
        // 1 business day from a customer message at Friday 17:30: Monday's closing, 18:00.
        next_response: {
          dueAt: "2026-11-30T17:00:00.000Z",
          ruleId: "default",
          clock: "default",
          timeZone: "Europe/Berlin",
          atRiskAt: "2026-11-30T15:18:00.000Z",
          targetMinutes: 510,
          startsOn: "customer_message",
        },
        // 5 business days: Mon 30 Nov … Fri 4 Dec, closing at 18:00.
        resolution: {
          dueAt: "2026-12-04T17:00:00.000Z",
          ruleId: "complaint",
          clock: "default",
          timeZone: "Europe/Berlin",
          atRiskAt: "2026-12-03T16:54:00.000Z",
          targetMinutes: 2430,
          startsOn: "case_opened",
        },
        return_processing: { dueAt: null, startsOn: "item_received" },
        follow_up: {
          dueAt: "2026-11-30T16:30:00.000Z",
          ruleId: "default",
          clock: "24/7",
          atRiskAt: "2026-11-30T02:06:00.000Z",
          targetMinutes: 4320,
          startsOn: "resolved",
        },
      },
    });
  });

  it("measures return processing from the receipt: 3 business days, or 24 hours for perishables", async () => {
    const returnCase = { kind: "return", priority: "normal", channel: "web" };
    const regular = await dueAts(await preview({ openedAt: fridayEvening, case: returnCase }));
    // Mon 30 Nov, Tue 1 Dec, Wed 2 Dec: closing at 18:00 Berlin.
    expect(regular.return_processing).toBe("2026-12-02T17:00:00.000Z");
    const fresh = await dueAts(
      await preview({ openedAt: fridayEvening, case: { ...returnCase, perishable: true } }),
    );
    expect(fresh.return_processing).toBe("2026-11-28T16:30:00.000Z");
  });

  it("measures a draft policy: 8 business hours from Friday 17:30 end on Monday at 17:30", async () => {
    // Friday 17:30–18:00 is 30 minutes; Monday 09:00–12:00 is 180 more; the last 270 run from 13:00.
    expect(
      await dueAts(await preview({ openedAt: fridayEvening, case: complaint, policy: eightBusinessHours })),
    ).toEqual({
      first_response: "2026-11-30T16:30:00.000Z",
      next_response: null,
      resolution: null,
      return_processing: null,
      follow_up: null,
    });
    const res = await preview({ openedAt: fridayEvening, case: complaint, policy: eightBusinessHours });
    expect(((await res.json()) as { policy: unknown }).policy).toEqual({
      id: "default",
      version: 7,
      draft: true,
    });
  });

  it("skips a holiday in a draft calendar: due on Tuesday 17:30", async () => {
    const calendars = { default: { ...berlinOffice, holidays: [{ date: "2026-11-30", name: "Closed" }] } };
    const res = await preview({
      openedAt: fridayEvening,
      case: complaint,
      policy: eightBusinessHours,
      calendars,
    });
    expect((await dueAts(res)).first_response).toBe("2026-12-01T16:30:00.000Z");
  });

  it("counts a make-up workday: Saturday 10:00–14:00, Monday off, due Tuesday 13:30", async () => {
    // 30 min on Friday + 240 on Saturday = 270; Tuesday 09:00–12:00 gives 180 more; 30 after 13:00.
    const calendars = {
      default: {
        ...berlinOffice,
        holidays: [{ date: "2026-11-30" }],
        extraWorkingDays: [{ date: "2026-11-28", hours: [{ start: "10:00", end: "14:00" }] }],
      },
    };
    const res = await preview({
      openedAt: fridayEvening,
      case: complaint,
      policy: eightBusinessHours,
      calendars,
    });
    expect((await dueAts(res)).first_response).toBe("2026-12-01T12:30:00.000Z");
  });

  it("keeps the published calendar for ids the request does not send, and uses a draft under another id", async () => {
    const policy = {
      ...eightBusinessHours,
      rules: [
        {
          id: "complaint-8h-shanghai",
          targets: { first_response: { duration: { amount: 8, unit: "hours" }, clock: "shanghai" } },
        },
        {
          id: "complaint-resolution",
          targets: { resolution: { duration: { amount: 1, unit: "business_days" }, clock: "default" } },
        },
      ],
    };
    const shanghai = { ...berlinOffice, timeZone: "Asia/Shanghai" };
    const res = await preview({
      openedAt: fridayEvening, // Saturday 00:30 in Shanghai
      case: complaint,
      policy,
      calendars: { shanghai },
    });
    expect(await dueAts(res)).toMatchObject({
      // Monday 09:00–17:00 + lunch hour: 18:00 Shanghai = 10:00 UTC.
      first_response: "2026-11-30T10:00:00.000Z",
      // Berlin's saved calendar: Monday's closing.
      resolution: "2026-11-30T17:00:00.000Z",
    });
  });

  it("does not change the store: the published policy is still measured afterwards", async () => {
    const res = await preview({ openedAt: fridayEvening, case: complaint }, h.keys.manager);
    expect((await dueAts(res)).first_response).toBe("2026-11-28T16:30:00.000Z");
  });

  it("measures a saved SLA policy once it is published", async () => {
    const saved = await h.call("PUT", "/v1/staff/sla-policies/default", {
      body: eightBusinessHours,
      headers: { authorization: `Bearer ${h.keys.manager}` },
    });
    expect(saved.status).toBe(200);
    const res = await preview({ openedAt: "2026-11-30T08:00:00.000Z", case: complaint }, h.keys.admin);
    // Monday 09:00 Berlin + 8 business hours with the lunch hour: 18:00.
    expect((await dueAts(res)).first_response).toBe("2026-11-30T17:00:00.000Z");
    await h.call("DELETE", "/v1/staff/sla-policies/default", {
      headers: { authorization: `Bearer ${h.keys.manager}` },
    });
  });

  it("answers 400 with paths into the drafts", async () => {
    const res = await preview({
      openedAt: fridayEvening,
      case: complaint,
      policy: {
        id: "default",
        version: 1,
        rules: [
          {
            id: "r",
            targets: { first_response: { duration: { amount: -1, unit: "hours" }, clock: "default" } },
          },
        ],
      },
      calendars: { default: { timeZone: "Mars/Olympus", weekly: { mon: lunchBreak } } },
    });
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    const body = (await res.json()) as { type: string; errors: { path: string }[] };
    expect(body.type).toBe("validation_failed");
    expect(body.errors.map((e) => e.path)).toEqual([
      "policy.rules.0.targets.first_response.duration.amount",
      "calendars.default.timeZone",
    ]);
  });

  it("answers 400 when a draft's clock names a calendar nobody has", async () => {
    const policy = {
      ...eightBusinessHours,
      rules: [{ id: "r", targets: { resolution: { duration: { amount: 2, unit: "hours" }, clock: "hk" } } }],
    };
    const res = await preview({ openedAt: fridayEvening, case: complaint, policy });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: unknown }).errors).toEqual([
      {
        path: "policy.rules.0.targets.resolution.clock",
        message: 'no calendar "hk" (send it in calendars or save it first)',
        code: "unknown_calendar",
      },
    ]);
  });

  it("answers 400 for a bad case and 401 without a key", async () => {
    const bad = await preview({ openedAt: "Friday", case: { ...complaint, kind: "gripe" } });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { errors: { path: string }[] }).errors.map((e) => e.path).sort()).toEqual([
      "case.kind",
      "openedAt",
    ]);
    const anonymous = await h.call("POST", "/v1/staff/sla/preview", {
      body: { openedAt: fridayEvening, case: complaint },
    });
    expect(anonymous.status).toBe(401);
  });
});
