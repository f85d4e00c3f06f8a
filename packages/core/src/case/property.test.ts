import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CaseCommandType, CaseCommandTypeSchema, RejectionCode } from "./command.js";
import { allowedCommands, type CaseCommandInput, decide } from "./decide.js";
import { type CaseEvent, CaseEventSchema } from "./events.js";
import { evolve, fold } from "./evolve.js";
import { anna, at, ben, CASE_ID, customer, otherCustomer, platform, system } from "./fixtures/case.js";
import { stateViolations } from "./invariants.js";
import type { CaseActor, CaseState } from "./state.js";

const actors: readonly CaseActor[] = [
  customer,
  otherCustomer,
  { type: "customer" },
  anna,
  ben,
  { type: "staff" },
  system,
  platform,
];
const types = CaseCommandTypeSchema.options;

/** Rejections that depend on the command's input, so `allowedCommands` cannot foresee them. */
const inputDependent = new Set<string>([
  "validation_failed",
  "option_not_offered",
  "no_change",
  "line_not_requested",
  "quantity_exceeds_request",
]);

function pick<T>(list: readonly T[], v: number): T {
  return list[v % list.length]!;
}

/** A command of `type` built from the number `v`: mostly valid input, now and then invalid. */
function buildCommand(type: CaseCommandType, v: number): CaseCommandInput {
  const money = (amount: number) => ({ amount, currency: "EUR" });
  switch (type) {
    case "open_case": {
      const kind = pick(["return", "exchange", "complaint", "inquiry"] as const, v);
      return {
        type,
        kind,
        customer: { id: "cust_1", email: "anna@example.de" },
        description: kind === "return" || kind === "exchange" ? "" : "Where is my parcel?",
        lines:
          kind === "inquiry"
            ? undefined
            : [
                { lineId: "L1", quantity: 2, reason: "size", resolution: "refund" },
                { lineId: "L2", quantity: 1, reason: "defective", resolution: "exchange" },
              ],
        perishable: v % 5 === 0,
      };
    }
    case "acknowledge":
    case "start_investigation":
    case "record_receipt":
    case "close":
    case "record_follow_up":
      return { type };
    case "assign":
      return { type, assigneeId: [null, "staff_anna", "staff_ben"][v % 3] ?? null };
    case "change_priority":
      return { type, priority: pick(["low", "normal", "high", "urgent"] as const, v) };
    case "change_category":
      return { type, category: ["delivery_delay", "product_quality"][v % 2] ?? "other" };
    case "post_message":
    case "add_note":
    case "request_information":
      return { type, body: v % 11 === 0 ? "   " : `text ${v}` };
    case "propose_options": {
      const count = 1 + (v % 3);
      const kinds = ["refund", "store_credit", "coupon", "exchange"] as const;
      return {
        type,
        options: Array.from({ length: count }, (_, i) => ({
          id: v % 13 === 0 ? "o1" : `o${i + 1}`,
          kind: kinds[(v + i) % 4] ?? "refund",
          amount: money(500 * (i + 1)),
        })),
      };
    }
    case "choose_option":
      return { type, optionId: `o${1 + (v % 4)}` };
    case "approve_return": {
      const lines = [
        undefined,
        [{ lineId: "L1", quantity: 1 }],
        [{ lineId: "L9", quantity: 1 }],
        [{ lineId: "L1", quantity: 5 }],
      ][v % 4];
      return { type, returnless: v % 3 === 0, ...(lines === undefined ? {} : { lines }) };
    }
    case "decline_return":
    case "decline":
      return { type, reasonCode: v % 17 === 0 ? "Not Eligible" : "not_eligible" };
    case "record_shipment":
    case "record_exchange_shipment":
      return { type, carrier: "DHL", trackingNumber: `T${v}` };
    case "record_inspection":
      return { type, outcome: pick(["accepted", "rejected", "partial"] as const, v) };
    case "record_refund":
      return { type, amount: money(v % 19 === 0 ? 0 : 100 + v), method: "original_payment" };
    case "record_store_credit":
      return { type, amount: money(200 + v) };
    case "record_coupon":
      return v % 2 === 0 ? { type, code: `C${v}`, percent: 10 } : { type, code: `C${v}`, amount: money(300) };
    case "record_repair":
      return { type };
    case "resolve":
      return { type, resolution: v % 23 === 0 ? "Bad Code" : "settled" };
    case "reopen":
    case "cancel":
      return { type, reason: `reason ${v}` };
    case "rate":
      return { type, score: v % 29 === 0 ? 6 : 1 + (v % 5) };
    case "mark_sla_at_risk":
    case "mark_sla_breached":
      return {
        type,
        target: pick(["first_response", "resolution", "return_processing"] as const, v),
        dueAt: at(v),
      };
    default: {
      const unreachable: never = type;
      return unreachable;
    }
  }
}

const stepArb = fc.record({
  steer: fc.nat(9).map((n) => n < 8),
  pick: fc.nat(1_000),
  variant: fc.nat(1_000),
  actor: fc.constantFrom(...actors),
  gap: fc.nat(600),
});

const scenarioArb = fc.record({
  opening: fc.nat(1_000),
  steps: fc.array(stepArb, { maxLength: 80, size: "large" }),
});

type Scenario = {
  opening: number;
  steps: { steer: boolean; pick: number; variant: number; actor: CaseActor; gap: number }[];
};

/** Plays a scenario, checking every decision as it goes; returns all events and the last state. */
function play({ opening, steps }: Scenario) {
  const first = decide(undefined, buildCommand("open_case", opening), {
    now: at(0),
    actor: customer,
    caseId: CASE_ID,
  });
  if (!first.ok) throw new Error(JSON.stringify(first.rejection));
  const events: CaseEvent[] = [...first.events];
  let state = fold(events) as CaseState;
  let minute = 0;
  for (const step of steps) {
    minute += step.gap;
    const allowed = allowedCommands(state, step.actor);
    // Steered steps pick among the commands the actor may issue, so deep states are reached.
    const type =
      step.steer && allowed.length > 0
        ? allowed[step.pick % allowed.length]!
        : types[step.pick % types.length]!;
    const decision = decide(state, buildCommand(type, step.variant), { now: at(minute), actor: step.actor });
    if (!decision.ok) {
      expect(Object.values(RejectionCode)).toContain(decision.rejection.code);
      if (!inputDependent.has(decision.rejection.code)) expect(allowed).not.toContain(type);
      continue;
    }
    expect(allowed).toContain(type);
    decision.events.forEach((event, i) => {
      expect(CaseEventSchema.parse(event)).toEqual(event);
      expect(event.seq).toBe(state.lastEventSeq + 1 + i);
    });
    events.push(...decision.events);
    state = fold(decision.events, state) as CaseState;
    expect(stateViolations(state)).toEqual([]);
  }
  return { events, state };
}

describe("any sequence of commands", () => {
  it("yields only valid states, schema-valid events with consecutive seqs, and agrees with allowedCommands", () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        play(scenario);
      }),
      { numRuns: 200 },
    );
  });

  it("folds to the same state in one batch, in arbitrary batches, one by one, and after a JSON round trip", () => {
    fc.assert(
      fc.property(scenarioArb, fc.array(fc.nat(), { maxLength: 8 }), (scenario, cuts) => {
        const { events, state } = play(scenario);
        expect(fold(events)).toEqual(state);
        const bounds = [...new Set(cuts.map((c) => c % (events.length + 1)))].sort((a, b) => a - b);
        let batched: CaseState | undefined;
        let from = 0;
        for (const to of [...bounds, events.length]) {
          batched = fold(events.slice(from, to), batched);
          from = to;
        }
        expect(batched).toEqual(state);
        expect(events.reduce<CaseState | undefined>(evolve, undefined)).toEqual(state);
        expect(fold(JSON.parse(JSON.stringify(events)) as CaseEvent[])).toEqual(state);
      }),
      { numRuns: 100 },
    );
  });

  it("reaches every status and every item progress somewhere in the generated scenarios", () => {
    const statuses = new Set<string>();
    const progress = new Set<string>();
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const { events } = play(scenario);
        let s: CaseState | undefined;
        for (const e of events) {
          s = evolve(s, e);
          statuses.add(s.status);
          if (s.itemProgress) progress.add(s.itemProgress);
        }
      }),
      { numRuns: 500, seed: 20261123 },
    );
    expect([...statuses].sort()).toEqual([
      "acknowledged",
      "awaiting_customer",
      "cancelled",
      "closed",
      "declined",
      "in_progress",
      "investigating",
      "proposed",
      "reopened",
      "resolved",
      "submitted",
    ]);
    expect([...progress].sort()).toEqual([
      "awaiting_shipment",
      "exchanged",
      "in_transit",
      "inspected",
      "received",
      "refunded",
      "repaired",
      "returnless",
    ]);
  });
});
