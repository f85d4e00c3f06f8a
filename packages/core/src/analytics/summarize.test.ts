import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CaseEvent, CaseEventType } from "../case/events.js";
import { evolve } from "../case/evolve.js";
import type { CaseActor, CaseState } from "../case/state.js";
import { anna, CaseBuilder, customer, sh } from "./fixtures/dataset.js";
import { instantMs } from "./instant.js";
import { statusAfter, summarizeCases } from "./summarize.js";

const staff: CaseActor = { type: "staff", id: "s1" };
const payloads: { [T in CaseEventType]?: () => unknown } = {
  acknowledged: () => ({}),
  investigation_started: () => ({}),
  assigned: () => ({ assigneeId: "s2" }),
  priority_changed: () => ({ priority: "urgent" }),
  category_changed: () => ({ category: "billing_payment" }),
  message_posted: () => ({ body: "hi" }),
  note_added: () => ({ body: "n" }),
  information_requested: () => ({ body: "?" }),
  options_proposed: () => ({ options: [{ id: "o", kind: "refund" }] }),
  option_chosen: () => ({ optionId: "o" }),
  return_approved: () => ({ returnless: false }),
  return_declined: () => ({ reasonCode: "late" }),
  declined: () => ({ reasonCode: "x" }),
  shipment_recorded: () => ({}),
  item_received: () => ({}),
  item_inspected: () => ({ outcome: "accepted" }),
  refund_issued: () => ({ amount: { amount: 100, currency: "EUR" }, method: "manual" }),
  resolved: () => ({ resolution: "done" }),
  closed: () => ({}),
  reopened: () => ({}),
  cancelled: () => ({}),
  rated: () => ({ score: 4 }),
  follow_up_sent: () => ({}),
  sla_breached: () => ({ target: "resolution", dueAt: "2026-01-01T00:00:00.000Z" }),
};
const types = Object.keys(payloads) as CaseEventType[];

describe("summarizeCases", () => {
  it("derives the status exactly as evolve does, for any sequence of facts", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...types), fc.constantFrom(customer, staff, anna)), {
          maxLength: 40,
        }),
        (steps) => {
          const b = new CaseBuilder("X").open("2026-01-05 09:00", "return");
          steps.forEach(([type, actor], i) => {
            b.add(
              type,
              `2026-01-05 ${String(10 + Math.floor(i / 60)).padStart(2, "0")}:${String(i % 60).padStart(2, "0")}`,
              actor,
              payloads[type]!() as never,
            );
          });
          let state: CaseState | undefined;
          let status: CaseState["status"] = "submitted";
          for (const event of b.events) {
            state = evolve(state, event);
            if (event.type !== "case_opened") status = statusAfter(status, event);
            expect(status).toBe(state.status);
          }
          const [summary] = summarizeCases(b.events);
          expect(summary).toMatchObject({
            status: state!.status,
            assigneeId: state!.assigneeId,
            priority: state!.priority,
            category: state!.category,
            reopenCount: state!.reopenCount,
            resolvedAt: state!.resolvedAt === null ? null : Date.parse(state!.resolvedAt),
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it("ignores events at or after `until`", () => {
    const b = new CaseBuilder("A").open("2026-01-05 09:00", "inquiry").reply("2026-01-05 09:30", anna);
    const [s] = summarizeCases(b.events, { until: sh("2026-01-05 09:30") });
    expect(s?.firstResponseAt).toBeNull();
    expect(summarizeCases(b.events, { until: Date.parse(sh("2026-01-05 09:00")) })).toEqual([]);
  });

  it("keeps every case apart when there are thousands of them", () => {
    const events = Array.from(
      { length: 3000 },
      (_, k) =>
        new CaseBuilder(`K${k}`).open("2026-01-05 09:00", "inquiry").reply("2026-01-05 09:30", anna).events,
    );
    const summaries = summarizeCases(events.map((e) => e[0]!).concat(events.map((e) => e[1]!)));
    expect(summaries).toHaveLength(3000);
    expect(summaries[2999]).toMatchObject({ caseId: "K2999", firstResponderId: "anna" });
    expect(() => summarizeCases([...events.flat(), events[2500]![1]!])).toThrowError(/K2500: seq 2 after 2/);
  });

  it("rejects a corrupted stream", () => {
    const b = new CaseBuilder("A").open("2026-01-05 09:00", "inquiry").reply("2026-01-05 09:30", anna);
    const [opened, reply] = b.events as [CaseEvent, CaseEvent];
    expect(() => summarizeCases([reply])).toThrowError(
      expect.objectContaining({ code: "invalid_event_stream" }),
    );
    expect(() => summarizeCases([opened, opened])).toThrowError(/opened twice/);
    expect(() => summarizeCases([opened, reply, reply])).toThrowError(/seq 2 after 2/);
  });
});

describe("instantMs", () => {
  it("reads the canonical form by arithmetic and agrees with Date.parse", () => {
    fc.assert(
      fc.property(fc.integer({ min: -62_000_000_000_000, max: 250_000_000_000_000 }), (ms) => {
        const s = new Date(ms).toISOString();
        expect(instantMs(s)).toBe(Date.parse(s));
      }),
    );
    expect(instantMs("2026-11-23T09:00:00.000Z")).toBe(Date.UTC(2026, 10, 23, 9));
  });

  it("falls back to Date.parse for other forms and rejects non-instants", () => {
    expect(instantMs("2026-11-23T17:00:00+08:00")).toBe(Date.UTC(2026, 10, 23, 9));
    expect(instantMs("2024-02-29T12:00:00.000Z")).toBe(Date.UTC(2024, 1, 29, 12));
    expect(() => instantMs("2026-13-01T00:00:00.000Z")).toThrowError(/Invalid instant/);
    expect(() => instantMs("yesterday")).toThrowError(expect.objectContaining({ code: "invalid_instant" }));
  });
});
