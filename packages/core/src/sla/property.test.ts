import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluateSla } from "./evaluate.js";
import { local, Stream, shanghai } from "./fixtures/stream.js";
import { type SlaPolicy, SlaPolicySchema } from "./sla-policy.js";

const calendars = { default: shanghai };
const START = Date.parse(local("2026-11-23 09:00"));
const MINUTE = 60_000;

function policyPausing(pausedBy: ("awaiting_customer" | "proposed")[]): SlaPolicy {
  return SlaPolicySchema.parse({
    id: "p",
    version: 1,
    rules: [
      {
        id: "r",
        targets: {
          resolution: { duration: { amount: 2, unit: "business_days" }, clock: "default", pausedBy },
          first_response: { duration: { amount: 90, unit: "minutes" }, clock: "24/7", pausedBy },
        },
      },
    ],
  });
}

/** A case with alternating waits for the customer: [gap before request, gap before answer]… in minutes. */
const waits = fc.array(fc.tuple(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 3000 })), {
  maxLength: 5,
});

function streamOf(gaps: readonly (readonly [number, number])[]): { stream: Stream; end: number } {
  const s = new Stream().open(new Date(START).toISOString());
  let t = START;
  for (const [before, during] of gaps) {
    t += before * MINUTE;
    s.requestInfo(new Date(t).toISOString());
    t += during * MINUTE;
    s.customerMessage(new Date(t).toISOString());
  }
  return { stream: s, end: t };
}

describe("SLA properties", () => {
  it("pausing never makes a due instant earlier, and paused plus used time is all the clock time", () => {
    fc.assert(
      fc.property(waits, fc.integer({ min: 0, max: 5000 }), (gaps, after) => {
        const { stream, end } = streamOf(gaps);
        const now = end + after * MINUTE;
        const paused = evaluateSla(stream.events, policyPausing(["awaiting_customer"]), calendars, now);
        const plain = evaluateSla(stream.events, policyPausing([]), calendars, now);
        for (const target of ["resolution", "first_response"] as const) {
          const p = paused.targets[target]!;
          const q = plain.targets[target]!;
          expect(Date.parse(p.dueAt)).toBeGreaterThanOrEqual(Date.parse(q.dueAt));
          expect(p.usedMinutes + p.pausedMinutes).toBeCloseTo(q.usedMinutes, 6);
          expect(p.usedMinutes).toBeLessThanOrEqual(q.usedMinutes);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("a running cycle's due instant never moves earlier as time passes", () => {
    fc.assert(
      fc.property(
        waits,
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 1, max: 3000 }),
        (gaps, a, b) => {
          const { stream, end } = streamOf(gaps);
          const p = policyPausing(["awaiting_customer"]);
          const first = evaluateSla(stream.events, p, calendars, end + a * MINUTE).targets.resolution!;
          const later = evaluateSla(stream.events, p, calendars, end + (a + b) * MINUTE).targets.resolution!;
          expect(Date.parse(later.dueAt)).toBeGreaterThanOrEqual(Date.parse(first.dueAt));
          if (first.state === "breached") expect(later.state).toBe("breached");
        },
      ),
      { numRuns: 200 },
    );
  });

  it("a due instant on a business calendar is open time or exactly a closing boundary", () => {
    fc.assert(
      fc.property(waits, (gaps) => {
        const { stream, end } = streamOf(gaps);
        const due = Date.parse(
          evaluateSla(stream.events, policyPausing(["awaiting_customer"]), calendars, end).targets.resolution!
            .dueAt,
        );
        const wall = new Date(due + 8 * 3_600_000);
        const minutes = wall.getUTCHours() * 60 + wall.getUTCMinutes();
        const weekday = wall.getUTCDay();
        expect(weekday >= 1 && weekday <= 5).toBe(true);
        expect((minutes > 540 && minutes <= 720) || (minutes > 780 && minutes <= 1080)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
