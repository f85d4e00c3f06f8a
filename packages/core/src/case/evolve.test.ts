import { describe, expect, it } from "vitest";
import { AftersalesError } from "../errors.js";
import type { CaseEvent } from "./events.js";
import { evolve, fold } from "./evolve.js";
import {
  approvedReturn,
  at,
  CASE_ID,
  investigatingReturn,
  run,
  submittedReturn,
  system,
} from "./fixtures/case.js";

/** A hand-made event following `state` (facts can arrive that `decide` would not produce). */
function next<E extends CaseEvent>(
  events: readonly CaseEvent[],
  event: Omit<E, "caseId" | "seq" | "at">,
): CaseEvent {
  return { caseId: CASE_ID, seq: events.length + 1, at: at(events.length * 10), ...event } as CaseEvent;
}

describe("evolve", () => {
  it("throws for a stream that does not start with case_opened at seq 1", () => {
    const { events } = investigatingReturn();
    expect(() => evolve(undefined, events[1]!)).toThrowError(
      new AftersalesError(
        "invalid_event_stream",
        "A case starts with case_opened at seq 1, got acknowledged at seq 2",
      ),
    );
    expect(() => evolve(undefined, { ...events[0]!, seq: 3 })).toThrowError(AftersalesError);
  });

  it("throws for a gap, a repeated seq, another case's event and a second opening", () => {
    const { events, state } = investigatingReturn();
    const note = next(events, {
      type: "note_added",
      actor: system,
      visibility: "internal",
      data: { body: "x" },
    });
    expect(() => evolve(state, { ...note, seq: 6 })).toThrowError("Case case_1: expected seq 5, got 6");
    expect(() => evolve(state, { ...note, seq: 4 })).toThrowError("Case case_1: expected seq 5, got 4");
    expect(() => evolve(state, { ...note, caseId: "case_2" })).toThrowError(
      "Event of case case_2 folded into case case_1",
    );
    expect(() => evolve(state, { ...events[0]!, seq: 5 })).toThrowError(
      "Case case_1 was opened twice (seq 5)",
    );
  });

  it("counts versions and keeps the last seq and instant", () => {
    const { state } = investigatingReturn();
    expect([state.version, state.lastEventSeq, state.updatedAt]).toEqual([4, 4, "2026-11-23T09:30:00.000Z"]);
  });

  it("moves item progress only forward: a late carrier scan after receipt changes nothing", () => {
    const received = run([[{ type: "record_receipt" }, system, 100]], approvedReturn());
    const lateScan = next(received.events, {
      type: "shipment_recorded",
      actor: system,
      visibility: "customer",
      data: { carrier: "DHL" },
    });
    const after = evolve(received.state, lateScan);
    expect([after.itemProgress, after.returnShipment]).toEqual(["received", { carrier: "DHL" }]);
  });

  it("keeps a returnless return returnless until an outcome, and goods-less cases goods-less", () => {
    const returnless = approvedReturn(true);
    const received = next(returnless.events, {
      type: "item_received",
      actor: system,
      visibility: "customer",
      data: {},
    });
    expect(evolve(returnless.state, received).itemProgress).toBe("returnless");
    const repaired = next(returnless.events, {
      type: "repair_completed",
      actor: system,
      visibility: "customer",
      data: {},
    });
    expect(evolve(returnless.state, repaired).itemProgress).toBe("repaired");
    const plain = investigatingReturn();
    const shipped = next(plain.events, {
      type: "exchange_shipped",
      actor: system,
      visibility: "customer",
      data: {},
    });
    expect(evolve(plain.state, shipped)).toMatchObject({ itemProgress: null, exchangeShipment: {} });
  });

  it("keeps an outcome once reached", () => {
    const refunded = run(
      [[{ type: "record_refund", amount: { amount: 100, currency: "EUR" }, method: "manual" }, system, 100]],
      approvedReturn(),
    );
    const repaired = next(refunded.events, {
      type: "repair_completed",
      actor: system,
      visibility: "customer",
      data: {},
    });
    expect(evolve(refunded.state, repaired).itemProgress).toBe("refunded");
  });

  it("does not count system or platform messages as customer or staff messages", () => {
    const { events, state } = investigatingReturn();
    const message = next(events, {
      type: "message_posted",
      actor: { type: "platform" },
      visibility: "customer",
      data: { body: "Imported from marketplace" },
    });
    const after = evolve(state, message);
    expect([after.lastCustomerMessageAt, after.lastStaffMessageAt, after.version]).toEqual([null, null, 5]);
  });
});

describe("fold", () => {
  it("returns undefined for no events and the given state for no new events", () => {
    expect(fold([])).toBeUndefined();
    const { state } = submittedReturn();
    expect(fold([], state)).toBe(state);
  });

  it("continues from a state, equal to folding everything", () => {
    const { events, state } = investigatingReturn();
    expect(fold(events.slice(2), fold(events.slice(0, 2)))).toEqual(state);
  });
});
