import { describe, expect, it } from "vitest";
import { AftersalesError } from "../errors.js";
import { evaluateSla } from "./evaluate.js";
import { anna, ben, customer, local, Stream, shanghai, system } from "./fixtures/stream.js";
import { defaultSlaPolicy, type SlaPolicy, type SlaPolicyInput, SlaPolicySchema } from "./sla-policy.js";
import { dueSlaEvents, nextSlaCheckAt } from "./sweeper.js";

const calendars = { default: shanghai };
const plus = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString();
const policy = (input: Omit<SlaPolicyInput, "id" | "version">): SlaPolicy =>
  SlaPolicySchema.parse({ id: "test", version: 1, ...input });

describe("first response on business hours with a lunch break (chat, 30 business minutes)", () => {
  // Opened Monday 11:45: 15 minutes before lunch, then 15 after it → due 13:15; 80% (24 min) at 13:09.
  const opened = () => new Stream().open(local("2026-11-23 11:45"), { channel: "chat" });

  it("counts only open time and projects the due instant past the lunch break", () => {
    const e = evaluateSla(opened().events, defaultSlaPolicy, calendars, local("2026-11-23 12:30"));
    expect(e.rules.first_response).toBe("chat");
    expect(e.targets.first_response).toMatchObject({
      state: "active",
      startedAt: local("2026-11-23 11:45"),
      dueAt: local("2026-11-23 13:15"),
      atRiskAt: local("2026-11-23 13:09"),
      targetMinutes: 30,
      usedMinutes: 15,
      remainingMinutes: 15,
      overdueMinutes: 0,
      atRisk: false,
      running: true,
    });
    expect(e.promise).toEqual({ target: "first_response", dueAt: local("2026-11-23 13:15"), overdue: false });
  });

  it("is at risk from exactly 80% of the target used, not a millisecond earlier", () => {
    const before = evaluateSla(
      opened().events,
      defaultSlaPolicy,
      calendars,
      plus(local("2026-11-23 13:09"), -1),
    );
    const at = evaluateSla(opened().events, defaultSlaPolicy, calendars, local("2026-11-23 13:09"));
    expect(before.targets.first_response?.atRisk).toBe(false);
    expect(at.targets.first_response?.atRisk).toBe(true);
    expect(at.targets.first_response?.usedMinutes).toBe(24);
  });

  it("is still on time at the due instant and breached one millisecond later", () => {
    const due = evaluateSla(opened().events, defaultSlaPolicy, calendars, local("2026-11-23 13:15"));
    expect(due.targets.first_response).toMatchObject({ state: "active", remainingMinutes: 0, atRisk: true });
    const late = evaluateSla(
      opened().events,
      defaultSlaPolicy,
      calendars,
      plus(local("2026-11-23 13:15"), 1),
    );
    expect(late.targets.first_response).toMatchObject({ state: "breached", atRisk: false, running: true });
    expect(late.promise).toEqual({
      target: "first_response",
      dueAt: local("2026-11-23 13:15"),
      overdue: true,
    });
    const later = evaluateSla(opened().events, defaultSlaPolicy, calendars, local("2026-11-23 13:20"));
    expect(later.targets.first_response?.overdueMinutes).toBe(5);
  });

  it("a staff reply exactly at the due instant meets the target; one minute later breaches it", () => {
    const onTime = opened().reply(local("2026-11-23 13:15"));
    const met = evaluateSla(onTime.events, defaultSlaPolicy, calendars, local("2026-11-23 14:00"));
    expect(met.targets.first_response).toMatchObject({
      state: "met",
      running: false,
      stoppedAt: local("2026-11-23 13:15"),
      stoppedBy: "message_posted",
      usedMinutes: 30,
    });
    const late = opened().reply(local("2026-11-23 13:16"));
    const breached = evaluateSla(late.events, defaultSlaPolicy, calendars, local("2026-11-23 14:00"));
    expect(breached.targets.first_response).toMatchObject({ state: "breached", overdueMinutes: 1 });
  });

  it("does not count internal notes, system messages or acknowledgements as a response", () => {
    const s = opened()
      .add("note_added", local("2026-11-23 11:50"), anna, { body: "looking" })
      .reply(local("2026-11-23 11:51"), system)
      .add("acknowledged", local("2026-11-23 11:52"), anna, {});
    const e = evaluateSla(s.events, defaultSlaPolicy, calendars, local("2026-11-23 11:55"));
    expect(e.targets.first_response?.state).toBe("active");
  });

  it("counts a staff information request or an options proposal as the first response", () => {
    const asked = opened().requestInfo(local("2026-11-23 11:50"));
    expect(
      evaluateSla(asked.events, defaultSlaPolicy, calendars, local("2026-11-23 12:00")).targets
        .first_response,
    ).toMatchObject({ state: "met", stoppedBy: "information_requested" });
    const offered = opened().add("options_proposed", local("2026-11-23 11:50"), anna, {
      options: [{ id: "o1", kind: "refund" }],
    });
    expect(
      evaluateSla(offered.events, defaultSlaPolicy, calendars, local("2026-11-23 12:00")).targets
        .first_response,
    ).toMatchObject({ state: "met", stoppedBy: "options_proposed" });
  });
});

describe("business days", () => {
  it("email first response is due at the close of the next business day (Friday 17:00 → Monday 18:00)", () => {
    const s = new Stream().open(local("2026-11-27 17:00"));
    const e = evaluateSla(s.events, defaultSlaPolicy, calendars, local("2026-11-28 10:00"));
    expect(e.rules.first_response).toBe("default");
    // Friday 17–18 (60) + Monday 9–12 and 13–18 (480).
    expect(e.targets.first_response).toMatchObject({
      dueAt: local("2026-11-30 18:00"),
      targetMinutes: 540,
      usedMinutes: 60,
      remainingMinutes: 480,
    });
  });

  it("skips holidays", () => {
    // Thursday 24 Dec 2026 17:00; Friday 25 Dec is a holiday → due Monday 28 Dec 18:00.
    const s = new Stream().open(local("2026-12-24 17:00"));
    const e = evaluateSla(s.events, defaultSlaPolicy, calendars, local("2026-12-24 17:30"));
    expect(e.targets.first_response?.dueAt).toBe(local("2026-12-28 18:00"));
  });
});

describe("pauses", () => {
  const fourHours = policy({
    rules: [
      {
        id: "all",
        targets: {
          first_response: { duration: { amount: 2, unit: "hours" }, clock: "default" },
          resolution: { duration: { amount: 4, unit: "hours" }, clock: "default" },
        },
      },
    ],
  });
  // Opened Monday 09:00, information requested 10:00 (pause), customer answers Tuesday 10:30.
  const stream = () => new Stream().open(local("2026-11-23 09:00")).requestInfo(local("2026-11-23 10:00"));

  it("stops counting while awaiting the customer and projects the due time from now", () => {
    const e = evaluateSla(stream().events, fourHours, calendars, local("2026-11-23 15:00"));
    expect(e.targets.first_response).toMatchObject({ state: "met", usedMinutes: 60 });
    expect(e.targets.resolution).toMatchObject({
      state: "paused",
      paused: true,
      usedMinutes: 60,
      pausedMinutes: 240,
      remainingMinutes: 180,
      dueAt: local("2026-11-23 18:00"),
    });
    expect(e.promise).toBeNull();
    expect(nextSlaCheckAt(e)).toBeNull();
  });

  it("extends the due instant by exactly the paused business time", () => {
    const s = stream().customerMessage(local("2026-11-24 10:30"));
    const e = evaluateSla(s.events, fourHours, calendars, local("2026-11-24 11:00"));
    // 180 minutes left from Tuesday 10:30: 90 before lunch, 90 after → 14:30. 80% = 192 min → 13:42.
    expect(e.targets.resolution).toMatchObject({
      state: "active",
      usedMinutes: 90,
      pausedMinutes: 510,
      remainingMinutes: 150,
      dueAt: local("2026-11-24 14:30"),
      atRiskAt: local("2026-11-24 13:42"),
      atRisk: false,
    });
    expect(e.promise).toEqual({ target: "resolution", dueAt: local("2026-11-24 14:30"), overdue: false });
    const resolved = s.add("resolved", local("2026-11-24 14:00"), anna, { resolution: "answered" });
    const done = evaluateSla(resolved.events, fourHours, calendars, local("2026-11-24 15:00"));
    expect(done.targets.resolution).toMatchObject({ state: "met", usedMinutes: 210, stoppedBy: "resolved" });
  });

  it("pauses on item progress too: a return's resolution clock stops while the parcel is in transit", () => {
    const transit = policy({
      rules: [
        {
          id: "returns",
          targets: {
            resolution: {
              duration: { amount: 4, unit: "hours" },
              clock: "default",
              pausedBy: ["in_transit"],
            },
          },
        },
      ],
    });
    const s = new Stream()
      .open(local("2026-11-23 09:00"), { kind: "return" })
      .add("return_approved", local("2026-11-23 09:30"), anna, { returnless: false })
      .add("shipment_recorded", local("2026-11-23 10:00"), customer, { carrier: "SF" })
      .add("item_received", local("2026-11-23 16:00"), anna, {});
    const e = evaluateSla(s.events, transit, calendars, local("2026-11-23 17:00"));
    expect(e.targets.resolution).toMatchObject({
      state: "active",
      usedMinutes: 120,
      pausedMinutes: 300,
      dueAt: local("2026-11-24 10:00"),
    });
  });

  it("a case cancelled before its due instant cancels the target; after it, the breach stays", () => {
    const early = stream().add("cancelled", local("2026-11-23 10:30"), customer, {});
    const e1 = evaluateSla(early.events, fourHours, calendars, local("2026-11-23 11:00"));
    expect(e1.targets.resolution).toMatchObject({ state: "cancelled", stoppedBy: "cancelled" });
    const s = new Stream()
      .open(local("2026-11-23 09:00"))
      .add("cancelled", local("2026-11-23 14:30"), customer, {});
    const e2 = evaluateSla(s.events, fourHours, calendars, local("2026-11-23 15:00"));
    expect(e2.targets.resolution).toMatchObject({ state: "breached", dueAt: local("2026-11-23 14:00") });
    expect(e2.targets.first_response).toMatchObject({ state: "breached", dueAt: local("2026-11-23 11:00") });
  });
});

describe("24/7 clock and the complaint defaults", () => {
  // Saturday 28 Nov 2026 10:00: acknowledged and assigned within 24 hours of calendar time.
  const complaint = () =>
    new Stream()
      .open(local("2026-11-28 10:00"), { kind: "complaint", category: "product_quality" })
      .add("assigned", local("2026-11-28 11:00"), system, { assigneeId: "staff_anna" });

  it("counts weekend hours and stops when the complaint is both acknowledged and assigned", () => {
    const s = complaint().add("acknowledged", local("2026-11-29 10:00"), anna, {});
    const e = evaluateSla(s.events, defaultSlaPolicy, calendars, local("2026-11-29 12:00"));
    expect(e.rules).toEqual({
      first_response: "complaint",
      next_response: "default",
      resolution: "complaint",
      follow_up: "default",
    });
    expect(e.targets.first_response).toMatchObject({
      state: "met",
      clock: "24/7",
      dueAt: local("2026-11-29 10:00"),
      usedMinutes: 1440,
      stoppedBy: "acknowledged",
    });
    // 5 business days after Saturday: Mon … Fri 4 Dec, closing 18:00 (5 × 480 business minutes).
    expect(e.targets.resolution).toMatchObject({
      state: "active",
      dueAt: local("2026-12-04 18:00"),
      targetMinutes: 2400,
      usedMinutes: 0,
    });
  });

  it("breaches the 24 hours one minute late", () => {
    const s = complaint().add("acknowledged", local("2026-11-29 10:01"), anna, {});
    const e = evaluateSla(s.events, defaultSlaPolicy, calendars, local("2026-11-29 12:00"));
    expect(e.targets.first_response).toMatchObject({ state: "breached", overdueMinutes: 1 });
  });

  it("a 24/7 target needs no calendar", () => {
    const s = complaint();
    const only247 = policy({
      rules: [
        {
          id: "r",
          targets: { first_response: { duration: { amount: 90, unit: "minutes" }, clock: "24/7" } },
        },
      ],
    });
    const e = evaluateSla(s.events, only247, {}, local("2026-11-28 11:00"));
    expect(e.targets.first_response).toMatchObject({
      dueAt: local("2026-11-28 11:30"),
      atRiskAt: local("2026-11-28 11:12"),
      usedMinutes: 60,
    });
  });
});

describe("rule specificity", () => {
  const p = policy({
    rules: [
      {
        id: "base",
        targets: {
          first_response: { duration: { amount: 60, unit: "minutes" }, clock: "24/7" },
          resolution: { duration: { amount: 10, unit: "hours" }, clock: "24/7" },
        },
      },
      {
        id: "complaint",
        when: { kinds: ["complaint"] },
        targets: { first_response: { duration: { amount: 120, unit: "minutes" }, clock: "24/7" } },
      },
      {
        id: "urgent_complaint",
        when: { kinds: ["complaint"], priorities: ["urgent"] },
        targets: { first_response: { duration: { amount: 15, unit: "minutes" }, clock: "24/7" } },
      },
      {
        id: "chat_complaint",
        when: { kinds: ["complaint"], channels: ["chat"] },
        targets: {
          first_response: { duration: { amount: 20, unit: "minutes" }, clock: "24/7" },
          resolution: { duration: { amount: 5, unit: "hours" }, clock: "24/7" },
        },
      },
      {
        id: "germany",
        when: { regions: ["DE"] },
        targets: { resolution: { duration: { amount: 8, unit: "hours" }, clock: "24/7" } },
      },
    ],
  });
  const rulesFor = (options: Parameters<Stream["open"]>[1]) =>
    evaluateSla(
      new Stream().open(local("2026-11-23 09:00"), options).events,
      p,
      {},
      local("2026-11-23 09:05"),
    ).rules;

  it("picks the most specific matching rule per target; the rule listed first wins a tie", () => {
    expect(rulesFor({ kind: "complaint", priority: "urgent", channel: "chat", country: "DE" })).toEqual({
      first_response: "urgent_complaint",
      resolution: "chat_complaint",
    });
  });

  it("falls back to broader rules for the targets a narrow rule does not set", () => {
    expect(rulesFor({ kind: "complaint", country: "CN" })).toEqual({
      first_response: "complaint",
      resolution: "base",
    });
    expect(rulesFor({ kind: "inquiry", country: "DE" })).toEqual({
      first_response: "base",
      resolution: "germany",
    });
  });

  it("re-selects on the case's current attributes: raising the priority tightens the target", () => {
    const s = new Stream()
      .open(local("2026-11-23 09:00"), { kind: "complaint" })
      .add("priority_changed", local("2026-11-23 09:10"), anna, { priority: "urgent" });
    const e = evaluateSla(s.events, p, {}, local("2026-11-23 09:20"));
    expect(e.targets.first_response).toMatchObject({
      ruleId: "urgent_complaint",
      state: "breached",
      dueAt: local("2026-11-23 09:15"),
    });
  });
});

describe("reopened cases", () => {
  const p = policy({
    rules: [
      {
        id: "r",
        targets: {
          resolution: { duration: { amount: 2, unit: "hours" }, clock: "default" },
          follow_up: { duration: { amount: 3, unit: "business_days" }, clock: "24/7" },
        },
      },
    ],
  });
  const stream = () =>
    new Stream()
      .open(local("2026-11-23 09:00"))
      .add("resolved", local("2026-11-23 10:00"), anna, { resolution: "answered" })
      .add("reopened", local("2026-11-24 09:00"), anna, { reason: "still broken" });

  it("keeps the first resolution's outcome and starts a new cycle with the full target at the reopening", () => {
    const e = evaluateSla(stream().events, p, calendars, local("2026-11-24 09:30"));
    const resolution = e.cycles.filter((c) => c.target === "resolution");
    expect(resolution.map((c) => [c.cycle, c.state, c.startedAt, c.dueAt])).toEqual([
      [0, "met", local("2026-11-23 09:00"), local("2026-11-23 11:00")],
      [1, "active", local("2026-11-24 09:00"), local("2026-11-24 11:00")],
    ]);
    expect(e.targets.resolution).toMatchObject({ cycle: 1, remainingMinutes: 90 });
  });

  it("cancels the follow-up of the reopened resolution and starts one for the next resolution", () => {
    const s = stream()
      .add("resolved", local("2026-11-24 10:30"), anna, { resolution: "replaced" })
      .add("rated", local("2026-11-25 10:00"), customer, { score: 5 });
    const e = evaluateSla(s.events, p, calendars, local("2026-11-26 09:00"));
    const followUps = e.cycles.filter((c) => c.target === "follow_up");
    expect(followUps.map((c) => [c.state, c.startedAt, c.dueAt, c.stoppedBy])).toEqual([
      ["cancelled", local("2026-11-23 10:00"), local("2026-11-26 10:00"), "reopened"],
      ["met", local("2026-11-24 10:30"), local("2026-11-27 10:30"), "rated"],
    ]);
  });
});

describe("return processing", () => {
  it("perishables: a returnless return is processed within 24 hours of approval", () => {
    const s = new Stream()
      .open(local("2026-11-23 09:00"), { kind: "return", perishable: true })
      .add("return_approved", local("2026-11-23 10:00"), anna, { returnless: true });
    const active = evaluateSla(s.events, defaultSlaPolicy, calendars, local("2026-11-23 12:00"));
    expect(active.rules.return_processing).toBe("return_perishable");
    expect(active.targets.return_processing).toMatchObject({
      state: "active",
      dueAt: local("2026-11-24 10:00"),
      targetMinutes: 1440,
    });
    s.add("refund_issued", local("2026-11-24 09:30"), anna, {
      amount: { amount: 1200, currency: "CNY" },
      method: "original_payment",
    });
    const done = evaluateSla(s.events, defaultSlaPolicy, calendars, local("2026-11-24 12:00"));
    expect(done.targets.return_processing).toMatchObject({ state: "met", stoppedBy: "refund_issued" });
  });

  it("other returns: within 3 business days of receipt", () => {
    const s = new Stream()
      .open(local("2026-11-23 09:00"), { kind: "return" })
      .add("return_approved", local("2026-11-23 09:30"), anna, { returnless: false })
      .add("shipment_recorded", local("2026-11-23 09:40"), customer, {})
      .add("item_received", local("2026-11-23 10:00"), anna, {});
    const e = evaluateSla(s.events, defaultSlaPolicy, calendars, local("2026-11-23 11:00"));
    expect(e.rules.return_processing).toBe("return");
    expect(e.targets.return_processing).toMatchObject({
      startedAt: local("2026-11-23 10:00"),
      dueAt: local("2026-11-26 18:00"),
      targetMinutes: 1860,
      usedMinutes: 60,
    });
  });

  it("a return cancelled after receipt cancels processing; a follow-up stops when it is sent", () => {
    const s = new Stream()
      .open(local("2026-11-23 09:00"), { kind: "return" })
      .add("return_approved", local("2026-11-23 09:30"), anna, { returnless: false })
      .add("item_received", local("2026-11-23 10:00"), anna, {})
      .add("cancelled", local("2026-11-23 11:00"), customer, {});
    const e = evaluateSla(s.events, defaultSlaPolicy, calendars, local("2026-11-23 12:00"));
    expect(e.targets.return_processing).toMatchObject({ state: "cancelled", stoppedBy: "cancelled" });
    const f = new Stream()
      .open(local("2026-11-23 09:00"))
      .reply(local("2026-11-23 09:10"))
      .add("resolved", local("2026-11-23 09:20"), anna, { resolution: "answered" })
      .add("follow_up_sent", local("2026-11-25 09:20"), system, {});
    const g = evaluateSla(f.events, defaultSlaPolicy, calendars, local("2026-11-26 09:00"));
    expect(g.targets.follow_up).toMatchObject({
      state: "met",
      clock: "24/7",
      dueAt: local("2026-11-26 09:20"),
      usedMinutes: 2880,
      stoppedBy: "follow_up_sent",
    });
  });

  it("has no cycle before the goods arrive", () => {
    const s = new Stream()
      .open(local("2026-11-23 09:00"), { kind: "return" })
      .add("return_approved", local("2026-11-23 09:30"), anna, { returnless: false });
    const e = evaluateSla(s.events, defaultSlaPolicy, calendars, local("2026-11-23 11:00"));
    expect(e.rules.return_processing).toBe("return");
    expect(e.targets.return_processing).toBeUndefined();
  });
});

describe("next response and the customer promise", () => {
  const chat = () => new Stream().open(local("2026-11-23 09:00"), { channel: "chat" });

  it("promises the first reply, then the next reply after each customer message, nothing while waiting", () => {
    const s = chat();
    const at = (wall: string) => evaluateSla(s.events, defaultSlaPolicy, calendars, local(wall));
    expect(at("2026-11-23 09:05").promise).toEqual({
      target: "first_response",
      dueAt: local("2026-11-23 09:30"),
      overdue: false,
    });
    s.reply(local("2026-11-23 09:10"));
    expect(at("2026-11-23 09:15").promise).toBeNull();
    s.customerMessage(local("2026-11-23 09:20")).customerMessage(local("2026-11-23 09:25"));
    const waiting = at("2026-11-23 09:26");
    expect(waiting.promise).toEqual({
      target: "next_response",
      dueAt: local("2026-11-23 09:50"),
      overdue: false,
    });
    expect(waiting.cycles.filter((c) => c.target === "next_response")).toHaveLength(1);
    expect(at("2026-11-23 10:00").promise).toEqual({
      target: "next_response",
      dueAt: local("2026-11-23 09:50"),
      overdue: true,
    });
    s.requestInfo(local("2026-11-23 09:40"), ben);
    const answered = at("2026-11-23 10:00");
    expect(answered.targets.next_response).toMatchObject({ state: "met", usedMinutes: 20 });
    expect(answered.promise).toBeNull();
  });

  it("does not start a next-response clock before the first response or on a resolved case", () => {
    const s = chat().customerMessage(local("2026-11-23 09:05"));
    expect(
      evaluateSla(s.events, defaultSlaPolicy, calendars, local("2026-11-23 09:06")).targets.next_response,
    ).toBeUndefined();
    s.reply(local("2026-11-23 09:10"))
      .add("resolved", local("2026-11-23 09:20"), anna, { resolution: "answered" })
      .customerMessage(local("2026-11-23 09:30"));
    expect(
      evaluateSla(s.events, defaultSlaPolicy, calendars, local("2026-11-23 09:31")).targets.next_response,
    ).toBeUndefined();
  });

  it("a complaint's promise is the earliest of its due instants", () => {
    const s = new Stream().open(local("2026-11-23 09:00"), { kind: "complaint" });
    const e = evaluateSla(s.events, defaultSlaPolicy, calendars, local("2026-11-23 09:05"));
    expect(e.promise).toEqual({ target: "first_response", dueAt: local("2026-11-24 09:00"), overdue: false });
  });
});

describe("the sweeper's view", () => {
  const opened = () => new Stream().open(local("2026-11-23 11:45"), { channel: "chat" });

  it("asks for each SLA event exactly once and schedules the next check", () => {
    const s = opened();
    const ev = (wall: string | number) =>
      evaluateSla(s.events, defaultSlaPolicy, calendars, typeof wall === "number" ? wall : local(wall));
    const early = ev("2026-11-23 12:30");
    expect(dueSlaEvents(early)).toEqual([]);
    expect(nextSlaCheckAt(early)).toBe(local("2026-11-23 13:09"));

    const risky = ev("2026-11-23 13:09");
    expect(dueSlaEvents(risky)).toEqual([
      { type: "sla_at_risk", target: "first_response", dueAt: local("2026-11-23 13:15"), cycle: 0 },
    ]);
    s.add("sla_at_risk", local("2026-11-23 13:09"), system, {
      target: "first_response",
      dueAt: local("2026-11-23 13:15"),
    });
    const reported = ev("2026-11-23 13:10");
    expect(reported.targets.first_response?.reportedAtRisk).toBe(true);
    expect(dueSlaEvents(reported)).toEqual([]);
    expect(nextSlaCheckAt(reported)).toBe(plus(local("2026-11-23 13:15"), 1));

    const late = ev(Date.parse(local("2026-11-23 13:15")) + 1);
    expect(dueSlaEvents(late)).toEqual([
      { type: "sla_breached", target: "first_response", dueAt: local("2026-11-23 13:15"), cycle: 0 },
    ]);
    expect(nextSlaCheckAt(late)).toBeNull();
    s.add("sla_breached", plus(local("2026-11-23 13:15"), 1), system, {
      target: "first_response",
      dueAt: local("2026-11-23 13:15"),
    });
    expect(dueSlaEvents(ev("2026-11-23 13:30"))).toEqual([]);
  });

  it("records a breach that ended between two sweeps, but no at-risk for a finished cycle", () => {
    const s = opened().reply(local("2026-11-23 13:20"));
    expect(
      dueSlaEvents(evaluateSla(s.events, defaultSlaPolicy, calendars, local("2026-11-23 13:30"))),
    ).toEqual([
      { type: "sla_breached", target: "first_response", dueAt: local("2026-11-23 13:15"), cycle: 0 },
    ]);
    const onTime = opened().reply(local("2026-11-23 13:12"));
    expect(
      dueSlaEvents(evaluateSla(onTime.events, defaultSlaPolicy, calendars, local("2026-11-23 13:30"))),
    ).toEqual([]);
  });

  it("reports at-risk and breach per next-response cycle", () => {
    const s = opened()
      .reply(local("2026-11-23 11:50"))
      .customerMessage(local("2026-11-23 11:55"))
      .add("sla_breached", local("2026-11-23 11:56"), system, {
        target: "first_response",
        dueAt: local("2026-11-23 13:15"),
      });
    const e = evaluateSla(s.events, defaultSlaPolicy, calendars, local("2026-11-23 13:30"));
    expect(e.targets.next_response).toMatchObject({ state: "breached", reportedBreached: false });
    expect(dueSlaEvents(e).map((d) => [d.type, d.target])).toEqual([["sla_breached", "next_response"]]);
  });
});

describe("misconfiguration", () => {
  it("throws for a calendar id the caller did not pass", () => {
    const s = new Stream().open(local("2026-11-23 09:00"));
    expect(() => evaluateSla(s.events, defaultSlaPolicy, {}, local("2026-11-23 10:00"))).toThrowError(
      expect.objectContaining({ code: "unknown_calendar" }),
    );
  });

  it("throws when no event happened by now, or now is not an instant", () => {
    const s = new Stream().open(local("2026-11-23 09:00"));
    expect(() => evaluateSla(s.events, defaultSlaPolicy, calendars, local("2026-11-23 08:00"))).toThrowError(
      AftersalesError,
    );
    expect(() => evaluateSla(s.events, defaultSlaPolicy, calendars, "yesterday")).toThrowError(
      expect.objectContaining({ code: "invalid_instant" }),
    );
  });

  it("ignores events after now and evaluates as of then", () => {
    const s = new Stream()
      .open(local("2026-11-23 09:00"), { channel: "chat" })
      .reply(local("2026-11-23 09:20"));
    const e = evaluateSla(s.events, defaultSlaPolicy, calendars, local("2026-11-23 09:10"));
    expect(e.targets.first_response).toMatchObject({ state: "active", usedMinutes: 10 });
    expect(e.evaluatedAt).toBe(local("2026-11-23 09:10"));
  });
});
