import { describe, expect, it } from "vitest";
import { AftersalesError } from "../errors.js";
import { allowedCommands, decide } from "./decide.js";
import {
  anna,
  at,
  attempt,
  ben,
  CASE_ID,
  customer,
  investigatingReturn,
  openReturn,
  platform,
  resolvedComplaint,
  run,
  submittedReturn,
  system,
} from "./fixtures/case.js";

describe("decide", () => {
  it("stamps the envelope: next seqs, the instant in UTC, the actor, the visibility", () => {
    const { state } = investigatingReturn();
    const decision = decide(
      state,
      { type: "add_note", body: "x" },
      { now: "2026-11-23T11:30:00+01:00", actor: anna },
    );
    expect(decision).toEqual({
      ok: true,
      events: [
        {
          caseId: CASE_ID,
          seq: 5,
          type: "note_added",
          at: "2026-11-23T10:30:00.000Z",
          actor: { type: "staff", id: "staff_anna" },
          visibility: "internal",
          data: { body: "x" },
        },
      ],
    });
    const fromMs = decide(state, { type: "add_note", body: "x" }, { now: Date.parse(at(61)), actor: system });
    expect(fromMs.ok && fromMs.events[0]?.at).toBe("2026-11-23T10:01:00.000Z");
    expect(fromMs.ok && fromMs.events[0]?.actor).toEqual({ type: "system" });
  });

  it("rejects an unknown or missing command type as validation_failed on `type`", () => {
    const expected = {
      ok: false,
      rejection: {
        code: "validation_failed",
        message: "Unknown command type",
        issues: [{ path: "type", message: "unknown command type", code: "invalid_value" }],
      },
    };
    const { state } = investigatingReturn();
    expect(attempt(state, { type: "explode" } as never, anna)).toEqual(expected);
    expect(attempt(state, null as never, anna)).toEqual(expected);
  });

  it("rejects commands for a case that has no events", () => {
    expect(attempt(undefined, { type: "acknowledge" }, anna)).toEqual({
      ok: false,
      rejection: {
        code: "case_not_opened",
        message: "The case has no events yet",
        params: { command: "acknowledge" },
      },
    });
  });

  it("throws for a malformed context: bad instant, bad actor, another case's id", () => {
    const { state } = investigatingReturn();
    expect(() => decide(state, { type: "acknowledge" }, { now: "yesterday", actor: anna })).toThrowError(
      AftersalesError,
    );
    expect(() =>
      decide(state, { type: "acknowledge" }, { now: at(1), actor: { type: "robot" } as never }),
    ).toThrowError("Invalid decide context");
    expect(() =>
      decide(state, { type: "acknowledge" }, { now: at(1), actor: anna, caseId: "case_2" }),
    ).toThrowError("Context case case_2 does not match state case_1");
  });

  it("accepts the state's own case id in the context", () => {
    const { state } = investigatingReturn();
    expect(
      decide(state, { type: "add_note", body: "x" }, { now: at(1), actor: anna, caseId: CASE_ID }).ok,
    ).toBe(true);
  });

  describe("the assignee rule", () => {
    it("binds staff only once the case is assigned", () => {
      const unassigned = run([[{ type: "start_investigation" }, ben, 5]], submittedReturn()).state;
      expect(attempt(unassigned, { type: "resolve", resolution: "answered" }, anna).ok).toBe(true);
      expect(attempt(unassigned, { type: "resolve", resolution: "answered" }, { type: "staff" }).ok).toBe(
        true,
      );
    });

    it("refuses a staff member without an id on an assigned case, since they cannot be the assignee", () => {
      expect(
        attempt(investigatingReturn().state, { type: "resolve", resolution: "answered" }, { type: "staff" }),
      ).toEqual({
        ok: false,
        rejection: {
          code: "not_assignee",
          message: "Case case_1 is assigned to staff_anna",
          params: { assigneeId: "staff_anna", command: "resolve" },
        },
      });
    });

    it("does not bind automation, logistics and finance records, notes or reassignment", () => {
      const { state } = investigatingReturn();
      expect(attempt(state, { type: "approve_return" }, platform).ok).toBe(true);
      expect(attempt(state, { type: "resolve", resolution: "auto_closed" }, system).ok).toBe(true);
      expect(attempt(state, { type: "add_note", body: "fyi" }, ben).ok).toBe(true);
      expect(attempt(state, { type: "assign", assigneeId: "staff_ben" }, ben).ok).toBe(true);
      expect(
        attempt(
          state,
          { type: "record_refund", amount: { amount: 1, currency: "EUR" }, method: "manual" },
          ben,
        ).ok,
      ).toBe(true);
    });
  });

  it("lets a guest token act on a registered customer's case (the server scoped the token)", () => {
    expect(
      attempt(investigatingReturn().state, { type: "post_message", body: "hi" }, { type: "customer" }).ok,
    ).toBe(true);
  });
});

describe("allowedCommands", () => {
  it("offers only open_case before the case exists", () => {
    expect(allowedCommands(undefined, "customer")).toEqual(["open_case"]);
    expect(allowedCommands(undefined, system)).toEqual(["open_case"]);
  });

  it("lists what the customer may do at each step, as the API's allowedActions", () => {
    expect(allowedCommands(submittedReturn().state, "customer")).toEqual(["post_message", "cancel"]);
    const proposed = run(
      [[{ type: "propose_options", options: [{ id: "a", kind: "refund" }] }, anna, 40]],
      investigatingReturn(),
    ).state;
    expect(allowedCommands(proposed, customer)).toEqual(["post_message", "choose_option", "cancel"]);
    const approved = run([[{ type: "approve_return" }, anna, 40]], investigatingReturn()).state;
    expect(allowedCommands(approved, "customer")).toEqual(["post_message", "record_shipment"]);
    const resolved = resolvedComplaint();
    expect(allowedCommands(resolved.state, "customer")).toEqual(["post_message", "rate"]);
    const rated = run([[{ type: "rate", score: 5 }, { type: "customer" }, 30]], resolved).state;
    expect(allowedCommands(rated, "customer")).toEqual(["post_message"]);
    expect(allowedCommands(investigatingReturn().state, { type: "customer", id: "cust_2" })).toEqual([]);
  });

  it("applies the assignee rule when the staff member is named", () => {
    const { state } = investigatingReturn();
    const forAnna = allowedCommands(state, anna);
    const forBen = allowedCommands(state, ben);
    expect(forAnna).toEqual([
      "assign",
      "change_priority",
      "change_category",
      "post_message",
      "add_note",
      "request_information",
      "propose_options",
      "approve_return",
      "decline_return",
      "decline",
      "record_refund",
      "record_store_credit",
      "record_coupon",
      "resolve",
      "cancel",
    ]);
    expect(forBen).toEqual([
      "assign",
      "change_priority",
      "change_category",
      "add_note",
      "record_refund",
      "record_store_credit",
      "record_coupon",
    ]);
    expect(allowedCommands(state, "staff")).toEqual(forAnna);
  });

  it("lists the system's commands, including the SLA flags", () => {
    expect(allowedCommands(resolvedComplaint().state, "system")).toEqual([
      "assign",
      "change_category",
      "add_note",
      "close",
      "mark_sla_at_risk",
      "mark_sla_breached",
      "record_follow_up",
    ]);
  });

  it("never offers open_case again", () => {
    expect(allowedCommands(submittedReturn().state, "staff")).not.toContain("open_case");
    expect(attempt(submittedReturn().state, openReturn, anna)).toMatchObject({
      ok: false,
      rejection: { code: "already_opened" },
    });
  });
});
