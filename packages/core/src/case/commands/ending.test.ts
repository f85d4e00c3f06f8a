import { describe, expect, it } from "vitest";
import {
  anna,
  approvedReturn,
  at,
  attempt,
  ben,
  customer,
  investigatingReturn,
  outcome,
  platform,
  resolvedComplaint,
  run,
  submittedReturn,
  system,
} from "../fixtures/case.js";

const guest = { type: "customer" } as const;

describe("decline", () => {
  it("declines any open case with a reason", () => {
    const { state } = approvedReturn();
    expect(outcome(attempt(state, { type: "decline", reasonCode: "fraud_suspected" }, anna))).toEqual([
      { type: "declined", visibility: "customer", data: { reasonCode: "fraud_suspected" } },
    ]);
    const declined = run(
      [[{ type: "decline", reasonCode: "duplicate", message: "See case 7" }, anna, 40]],
      investigatingReturn(),
    );
    expect(declined.state).toMatchObject({
      status: "declined",
      declineReason: { reasonCode: "duplicate", message: "See case 7" },
    });
  });

  it("cannot decline a resolved case, and customers cannot decline", () => {
    expect(attempt(resolvedComplaint().state, { type: "decline", reasonCode: "x" }, anna)).toMatchObject({
      ok: false,
      rejection: { code: "invalid_transition", params: { status: "resolved", command: "decline" } },
    });
    expect(
      attempt(investigatingReturn().state, { type: "decline", reasonCode: "x" }, customer),
    ).toMatchObject({
      ok: false,
      rejection: { code: "forbidden" },
    });
  });
});

describe("resolve", () => {
  it("resolves with a code and a summary", () => {
    const { state } = investigatingReturn();
    expect(
      outcome(attempt(state, { type: "resolve", resolution: "answered", summary: "Size chart sent" }, anna)),
    ).toEqual([
      {
        type: "resolved",
        visibility: "customer",
        data: { resolution: "answered", summary: "Size chart sent" },
      },
    ]);
    expect(resolvedComplaint().state).toMatchObject({
      status: "resolved",
      resolution: "apologised",
      resolvedAt: "2026-11-23T09:20:00.000Z",
      resolutionSummary: null,
    });
  });

  it("is for the assignee, with a machine code", () => {
    const { state } = investigatingReturn();
    expect(attempt(state, { type: "resolve", resolution: "answered" }, ben)).toMatchObject({
      ok: false,
      rejection: { code: "not_assignee" },
    });
    const bad = attempt(state, { type: "resolve", resolution: "All good!" }, anna);
    expect(bad.ok ? [] : bad.rejection.issues).toEqual([
      {
        path: "resolution",
        message: "must be a lower snake_case code such as wrong_size",
        code: "invalid_format",
      },
    ]);
  });
});

describe("close", () => {
  it("closes a resolved case", () => {
    expect(outcome(attempt(resolvedComplaint().state, { type: "close" }, system))).toEqual([
      { type: "closed", visibility: "customer", data: {} },
    ]);
    const closed = run([[{ type: "close" }, ben, 40]], resolvedComplaint()).state;
    expect([closed.status, closed.closedAt, closed.resolvedAt]).toEqual([
      "closed",
      "2026-11-23T09:40:00.000Z",
      "2026-11-23T09:20:00.000Z",
    ]);
  });

  it("cannot close a case that is not resolved", () => {
    expect(attempt(investigatingReturn().state, { type: "close" }, system)).toEqual({
      ok: false,
      rejection: {
        code: "invalid_transition",
        message: "Cannot close a case that is investigating",
        params: { status: "investigating", command: "close" },
      },
    });
  });
});

describe("reopen", () => {
  it("reopens a closed case: the resolution and its rating are cleared", () => {
    const closed = run(
      [
        [{ type: "rate", score: 2 }, guest, 30],
        [{ type: "close" }, system, 40],
      ],
      resolvedComplaint(),
    );
    expect(outcome(attempt(closed.state, { type: "reopen", reason: "Still broken" }, anna))).toEqual([
      { type: "reopened", visibility: "customer", data: { reason: "Still broken" } },
    ]);
    const reopened = run([[{ type: "reopen" }, anna, 50]], closed).state;
    expect(reopened).toMatchObject({
      status: "reopened",
      reopenedAt: "2026-11-23T09:50:00.000Z",
      reopenCount: 1,
      resolvedAt: null,
      closedAt: null,
      resolution: null,
      rating: null,
    });
    expect(attempt(reopened, { type: "rate", score: 5 }, guest)).toMatchObject({
      ok: false,
      rejection: { code: "invalid_transition" },
    });
  });

  it("is for staff (the assignee) and only after resolution", () => {
    const resolved = resolvedComplaint().state;
    expect(attempt(resolved, { type: "reopen" }, guest)).toMatchObject({
      ok: false,
      rejection: { code: "forbidden" },
    });
    expect(attempt(resolved, { type: "reopen" }, ben)).toMatchObject({
      ok: false,
      rejection: { code: "not_assignee" },
    });
    expect(attempt(investigatingReturn().state, { type: "reopen" }, anna)).toMatchObject({
      ok: false,
      rejection: { code: "invalid_transition" },
    });
  });
});

describe("cancel", () => {
  it("lets the customer cancel before the case is in progress", () => {
    const { state } = investigatingReturn();
    expect(outcome(attempt(state, { type: "cancel", reason: "Found my size in store" }, customer))).toEqual([
      { type: "cancelled", visibility: "customer", data: { reason: "Found my size in store" } },
    ]);
    const cancelled = run([[{ type: "cancel" }, customer, 5]], submittedReturn()).state;
    expect([cancelled.status, cancelled.cancelledAt, cancelled.cancelReason]).toEqual([
      "cancelled",
      "2026-11-23T09:05:00.000Z",
      null,
    ]);
  });

  it("refuses the customer once in progress; staff may still cancel", () => {
    const { state } = approvedReturn();
    expect(attempt(state, { type: "cancel" }, customer)).toEqual({
      ok: false,
      rejection: {
        code: "invalid_transition",
        message: "A case in progress can only be cancelled by the store",
        params: { status: "in_progress", command: "cancel", actor: "customer" },
      },
    });
    expect(attempt(state, { type: "cancel", reason: "customer called" }, anna).ok).toBe(true);
  });

  it("cannot cancel a resolved case", () => {
    expect(attempt(resolvedComplaint().state, { type: "cancel" }, guest)).toMatchObject({
      ok: false,
      rejection: { code: "invalid_transition", params: { status: "resolved" } },
    });
  });
});

describe("rate", () => {
  it("records the customer's rating of a resolved or closed case", () => {
    const resolved = resolvedComplaint();
    expect(
      outcome(attempt(resolved.state, { type: "rate", score: 3, comment: "Slow but fine" }, guest)),
    ).toEqual([{ type: "rated", visibility: "customer", data: { score: 3, comment: "Slow but fine" } }]);
    const closed = run([[{ type: "close" }, system, 30]], resolved).state;
    expect(attempt(closed, { type: "rate", score: 1 }, guest).ok).toBe(true);
  });

  it("refuses a second rating, staff, open cases and scores outside 1..5", () => {
    const rated = run([[{ type: "rate", score: 4 }, guest, 30]], resolvedComplaint()).state;
    expect(attempt(rated, { type: "rate", score: 5 }, guest)).toEqual({
      ok: false,
      rejection: {
        code: "already_rated",
        message: "This resolution was already rated",
        params: { score: 4 },
      },
    });
    expect(attempt(resolvedComplaint().state, { type: "rate", score: 5 }, anna)).toMatchObject({
      ok: false,
      rejection: { code: "forbidden" },
    });
    expect(attempt(investigatingReturn().state, { type: "rate", score: 5 }, customer)).toMatchObject({
      ok: false,
      rejection: { code: "invalid_transition" },
    });
    const zero = attempt(resolvedComplaint().state, { type: "rate", score: 0 }, guest);
    expect(zero.ok ? [] : zero.rejection.issues?.map((i) => i.path)).toEqual(["score"]);
  });
});

describe("mark_sla_at_risk, mark_sla_breached and record_follow_up", () => {
  it("records internal SLA flags without changing the status, each target listed once", () => {
    const { state } = investigatingReturn();
    expect(
      outcome(attempt(state, { type: "mark_sla_breached", target: "resolution", dueAt: at(600) }, system)),
    ).toEqual([
      {
        type: "sla_breached",
        visibility: "internal",
        data: { target: "resolution", dueAt: "2026-11-23T19:00:00.000Z" },
      },
    ]);
    const flagged = run(
      [
        [{ type: "mark_sla_at_risk", target: "first_response", dueAt: at(60) }, system, 50],
        [{ type: "mark_sla_breached", target: "first_response", dueAt: at(60) }, system, 61],
        [{ type: "mark_sla_breached", target: "first_response", dueAt: at(60) }, system, 62],
      ],
      investigatingReturn(),
    ).state;
    expect([flagged.status, flagged.slaAtRisk, flagged.slaBreached]).toEqual([
      "investigating",
      ["first_response"],
      ["first_response"],
    ]);
  });

  it("is for the system only", () => {
    expect(
      attempt(
        investigatingReturn().state,
        { type: "mark_sla_at_risk", target: "resolution", dueAt: at(1) },
        anna,
      ),
    ).toMatchObject({ ok: false, rejection: { code: "forbidden" } });
    const bad = attempt(
      investigatingReturn().state,
      { type: "mark_sla_at_risk", target: "lunch", dueAt: "soon" } as never,
      system,
    );
    expect(bad.ok ? [] : bad.rejection.issues?.map((i) => i.path)).toEqual(["target", "dueAt"]);
  });

  it("records the follow-up after resolution, not before", () => {
    const resolved = resolvedComplaint();
    expect(outcome(attempt(resolved.state, { type: "record_follow_up" }, system))).toEqual([
      { type: "follow_up_sent", visibility: "customer", data: {} },
    ]);
    expect(run([[{ type: "record_follow_up" }, ben, 1440]], resolved).state.followUpSentAt).toBe(
      "2026-11-24T09:00:00.000Z",
    );
    expect(attempt(investigatingReturn().state, { type: "record_follow_up" }, system)).toMatchObject({
      ok: false,
      rejection: { code: "invalid_transition" },
    });
    expect(attempt(resolved.state, { type: "record_follow_up" }, platform)).toMatchObject({
      ok: false,
      rejection: { code: "forbidden" },
    });
  });
});
