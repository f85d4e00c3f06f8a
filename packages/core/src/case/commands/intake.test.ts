import { describe, expect, it } from "vitest";
import { AftersalesError } from "../../errors.js";
import { decide } from "../decide.js";
import {
  anna,
  at,
  attempt,
  ben,
  CASE_ID,
  customer,
  investigatingReturn,
  openComplaint,
  openReturn,
  outcome,
  resolvedComplaint,
  run,
  submittedReturn,
  system,
} from "../fixtures/case.js";

describe("open_case", () => {
  it("records a phone complaint opened by staff with everything the intake gave", () => {
    const decision = decide(
      undefined,
      {
        ...openComplaint,
        channel: "phone",
        priority: "urgent",
        tags: ["vip"],
        perishable: true,
        evidence: ["att_7"],
        decision: { policyVersion: "v3" },
      },
      { now: Date.parse("2026-11-23T09:00:00.000Z"), actor: anna, caseId: "case_9" },
    );
    expect(decision).toEqual({
      ok: true,
      events: [
        {
          caseId: "case_9",
          seq: 1,
          type: "case_opened",
          at: "2026-11-23T09:00:00.000Z",
          actor: { type: "staff", id: "staff_anna" },
          visibility: "customer",
          data: {
            kind: "complaint",
            channel: "phone",
            priority: "urgent",
            category: "delivery_delay",
            order: { id: "o2", number: "10523" },
            customer: { id: null, email: "li.wei@example.cn", country: "CN" },
            subject: "快递延误",
            description: "订单已经延误一周了",
            evidence: ["att_7"],
            perishable: true,
            decision: { policyVersion: "v3" },
            tags: ["vip"],
          },
        },
      ],
    });
  });

  it("opens an inquiry without an order", () => {
    const { type: _t, order: _o, ...rest } = openComplaint;
    expect(
      outcome(attempt(undefined, { ...rest, type: "open_case", kind: "inquiry" }, customer))[0]?.data,
    ).toEqual({
      kind: "inquiry",
      channel: "email",
      priority: "high",
      category: "delivery_delay",
      customer: { id: null, email: "li.wei@example.cn", country: "CN" },
      subject: "快递延误",
      description: "订单已经延误一周了",
    });
  });

  it("rejects a return without lines and a complaint without a description, naming the path", () => {
    const noLines = attempt(undefined, { ...openReturn, lines: [] }, customer);
    expect(noLines).toEqual({
      ok: false,
      rejection: {
        code: "validation_failed",
        message: "Invalid open_case: lines: a return names at least one line",
        issues: [{ path: "lines", message: "a return names at least one line", code: "custom" }],
      },
    });
    const blank = attempt(undefined, { ...openComplaint, description: "  " }, customer);
    expect(blank.ok ? [] : blank.rejection.issues).toEqual([
      { path: "description", message: "a complaint needs a description", code: "custom" },
    ]);
  });

  it("rejects a line listed twice and a bad email, listing every bad path", () => {
    const decision = attempt(
      undefined,
      {
        ...openReturn,
        customer: { id: "cust_1", email: "not-an-email" },
        lines: [openReturn.lines[0], openReturn.lines[0]],
      },
      customer,
    );
    expect(decision.ok ? [] : decision.rejection.issues?.map((i) => i.path)).toEqual([
      "customer.email",
      "lines.1.lineId",
    ]);
  });

  it("rejects opening a case that already has events", () => {
    expect(attempt(submittedReturn().state, openReturn, customer)).toEqual({
      ok: false,
      rejection: {
        code: "already_opened",
        message: "Case case_1 is already open",
        params: { caseId: CASE_ID },
      },
    });
  });

  it("throws for a context without a case id, since ids come from the caller", () => {
    expect(() => decide(undefined, openReturn, { now: at(0), actor: customer })).toThrowError(
      new AftersalesError("invalid_context", "Opening a case needs context.caseId"),
    );
  });
});

describe("acknowledge", () => {
  it("moves a submitted case to acknowledged", () => {
    const { state } = submittedReturn();
    expect(outcome(attempt(state, { type: "acknowledge" }, anna))).toEqual([
      { type: "acknowledged", visibility: "customer", data: {} },
    ]);
  });

  it("is for staff and the system, and only once", () => {
    const { state } = submittedReturn();
    expect(attempt(state, { type: "acknowledge" }, customer)).toEqual({
      ok: false,
      rejection: {
        code: "forbidden",
        message: "A customer cannot acknowledge",
        params: { command: "acknowledge", actor: "customer" },
      },
    });
    const acknowledged = run([[{ type: "acknowledge" }, system, 1]], submittedReturn()).state;
    expect(attempt(acknowledged, { type: "acknowledge" }, anna)).toEqual({
      ok: false,
      rejection: {
        code: "invalid_transition",
        message: "Cannot acknowledge a case that is acknowledged",
        params: { status: "acknowledged", command: "acknowledge" },
      },
    });
  });
});

describe("start_investigation", () => {
  it("moves an acknowledged case to investigating", () => {
    const acknowledged = run([[{ type: "acknowledge" }, system, 1]], submittedReturn()).state;
    expect(outcome(attempt(acknowledged, { type: "start_investigation" }, ben))).toEqual([
      { type: "investigation_started", visibility: "customer", data: {} },
    ]);
  });

  it("resumes a case that was waiting for the customer", () => {
    const waiting = run(
      [[{ type: "request_information", body: "Photo please" }, anna, 40]],
      investigatingReturn(),
    );
    const { state } = run([[{ type: "start_investigation" }, anna, 50]], waiting);
    expect(state.status).toBe("investigating");
  });

  it("is refused to a colleague while the case is assigned to someone else", () => {
    const acknowledged = run(
      [
        [{ type: "acknowledge" }, system, 1],
        [{ type: "assign", assigneeId: "staff_anna" }, system, 2],
      ],
      submittedReturn(),
    ).state;
    expect(attempt(acknowledged, { type: "start_investigation" }, ben)).toEqual({
      ok: false,
      rejection: {
        code: "not_assignee",
        message: "Case case_1 is assigned to staff_anna",
        params: { assigneeId: "staff_anna", command: "start_investigation" },
      },
    });
  });
});

describe("assign", () => {
  it("assigns, reassigns (by a colleague) and unassigns", () => {
    const { state } = investigatingReturn();
    expect(outcome(attempt(state, { type: "assign", assigneeId: "staff_ben" }, ben))).toEqual([
      { type: "assigned", visibility: "internal", data: { assigneeId: "staff_ben" } },
    ]);
    expect(outcome(attempt(state, { type: "assign", assigneeId: null }, anna))).toEqual([
      { type: "assigned", visibility: "internal", data: { assigneeId: null } },
    ]);
    const unassigned = run([[{ type: "assign", assigneeId: null }, anna, 40]], investigatingReturn()).state;
    expect(unassigned.assigneeId).toBeNull();
  });

  it("refuses an assignment that changes nothing, and customers", () => {
    const { state } = investigatingReturn();
    expect(attempt(state, { type: "assign", assigneeId: "staff_anna" }, anna)).toEqual({
      ok: false,
      rejection: {
        code: "no_change",
        message: "The case is already assigned to staff_anna",
        params: { assigneeId: "staff_anna" },
      },
    });
    const fresh = submittedReturn().state;
    expect(attempt(fresh, { type: "assign", assigneeId: null }, anna)).toEqual({
      ok: false,
      rejection: {
        code: "no_change",
        message: "The case is already unassigned",
        params: { assigneeId: null },
      },
    });
    expect(attempt(fresh, { type: "assign", assigneeId: "cust_1" }, customer).ok).toBe(false);
  });
});

describe("change_priority and change_category", () => {
  it("records a new priority and a new category", () => {
    const { state } = investigatingReturn();
    expect(outcome(attempt(state, { type: "change_priority", priority: "urgent" }, system))).toEqual([
      { type: "priority_changed", visibility: "internal", data: { priority: "urgent" } },
    ]);
    expect(outcome(attempt(state, { type: "change_category", category: "product_quality" }, ben))).toEqual([
      { type: "category_changed", visibility: "internal", data: { category: "product_quality" } },
    ]);
    const changed = run(
      [
        [{ type: "change_priority", priority: "low" }, anna, 40],
        [{ type: "change_category", category: "wrong_item" }, anna, 41],
      ],
      investigatingReturn(),
    ).state;
    expect([changed.priority, changed.category]).toEqual(["low", "wrong_item"]);
  });

  it("refuses changes that change nothing and unknown priorities", () => {
    const { state } = resolvedComplaint();
    expect(attempt(state, { type: "change_category", category: "delivery_delay" }, anna)).toEqual({
      ok: false,
      rejection: {
        code: "no_change",
        message: "The category is already delivery_delay",
        params: { category: "delivery_delay" },
      },
    });
    const open = investigatingReturn().state;
    expect(attempt(open, { type: "change_priority", priority: "normal" }, anna)).toEqual({
      ok: false,
      rejection: {
        code: "no_change",
        message: "The priority is already normal",
        params: { priority: "normal" },
      },
    });
    const bad = attempt(open, { type: "change_priority", priority: "asap" as "low" }, anna);
    expect(bad.ok ? "" : bad.rejection.issues?.[0]?.path).toBe("priority");
  });

  it("lets staff correct the category of a resolved case, but not its priority", () => {
    const { state } = resolvedComplaint();
    expect(attempt(state, { type: "change_category", category: "service_attitude" }, ben).ok).toBe(true);
    expect(attempt(state, { type: "change_priority", priority: "low" }, anna)).toMatchObject({
      ok: false,
      rejection: { code: "invalid_transition" },
    });
  });
});
