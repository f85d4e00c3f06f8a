import { describe, expect, it } from "vitest";
import {
  anna,
  attempt,
  ben,
  customer,
  investigatingReturn,
  otherCustomer,
  outcome,
  resolvedComplaint,
  run,
  submittedReturn,
  system,
} from "../fixtures/case.js";

describe("post_message", () => {
  it("records a customer message with attachments, visible to both sides", () => {
    const { state } = investigatingReturn();
    expect(
      outcome(
        attempt(state, { type: "post_message", body: "  Any news?  ", attachments: ["att_2"] }, customer),
      ),
    ).toEqual([
      { type: "message_posted", visibility: "customer", data: { body: "Any news?", attachments: ["att_2"] } },
    ]);
    const after = run(
      [[{ type: "post_message", body: "Any news?" }, customer, 40]],
      investigatingReturn(),
    ).state;
    expect([after.status, after.lastCustomerMessageAt, after.lastStaffMessageAt]).toEqual([
      "investigating",
      "2026-11-23T09:40:00.000Z",
      null,
    ]);
  });

  it("acknowledges a submitted case when staff reply to it", () => {
    const { state } = submittedReturn();
    expect(outcome(attempt(state, { type: "post_message", body: "We are on it" }, anna))).toEqual([
      { type: "acknowledged", visibility: "customer", data: {} },
      { type: "message_posted", visibility: "customer", data: { body: "We are on it" } },
    ]);
    expect(outcome(attempt(state, { type: "post_message", body: "Forgot the photo" }, customer))).toEqual([
      { type: "message_posted", visibility: "customer", data: { body: "Forgot the photo" } },
    ]);
  });

  it("puts a case awaiting the customer back to investigating when the customer answers", () => {
    const waiting = run(
      [[{ type: "request_information", body: "Photo please" }, anna, 40]],
      investigatingReturn(),
    );
    expect(waiting.state.status).toBe("awaiting_customer");
    const staffNudge = run(
      [[{ type: "post_message", body: "Reminder: photo please" }, anna, 50]],
      waiting,
    ).state;
    expect(staffNudge.status).toBe("awaiting_customer");
    const answered = run(
      [[{ type: "post_message", body: "Here", attachments: ["att_3"] }, customer, 60]],
      waiting,
    );
    expect(answered.state.status).toBe("investigating");
  });

  it("rejects a blank body, another customer, a colleague of the assignee and the system", () => {
    const { state } = investigatingReturn();
    expect(attempt(state, { type: "post_message", body: "   " }, customer)).toEqual({
      ok: false,
      rejection: {
        code: "validation_failed",
        message: "Invalid post_message: body: must not be empty",
        issues: [{ path: "body", message: "must not be empty", code: "too_small" }],
      },
    });
    expect(attempt(state, { type: "post_message", body: "hi" }, otherCustomer)).toEqual({
      ok: false,
      rejection: {
        code: "forbidden",
        message: "This case belongs to another customer",
        params: { command: "post_message", actor: "customer" },
      },
    });
    expect(attempt(state, { type: "post_message", body: "hi" }, ben)).toMatchObject({
      ok: false,
      rejection: { code: "not_assignee" },
    });
    expect(attempt(state, { type: "post_message", body: "hi" }, system)).toMatchObject({
      ok: false,
      rejection: { code: "forbidden", message: "A system cannot post message" },
    });
  });

  it("is still possible on a resolved case but not on a closed one", () => {
    const resolved = resolvedComplaint();
    expect(attempt(resolved.state, { type: "post_message", body: "Thanks!" }, { type: "customer" }).ok).toBe(
      true,
    );
    const closed = run([[{ type: "close" }, system, 30]], resolved).state;
    expect(attempt(closed, { type: "post_message", body: "Hello?" }, { type: "customer" })).toEqual({
      ok: false,
      rejection: {
        code: "invalid_transition",
        message: "Cannot post message a case that is closed",
        params: { status: "closed", command: "post_message" },
      },
    });
  });
});

describe("add_note", () => {
  it("records an internal note by any staff member, in any status", () => {
    const closed = run([[{ type: "close" }, system, 30]], resolvedComplaint()).state;
    expect(outcome(attempt(closed, { type: "add_note", body: "Customer called again" }, ben))).toEqual([
      { type: "note_added", visibility: "internal", data: { body: "Customer called again" } },
    ]);
    const cancelled = run([[{ type: "cancel" }, customer, 1]], submittedReturn()).state;
    expect(attempt(cancelled, { type: "add_note", body: "Duplicate of case_0" }, system).ok).toBe(true);
  });

  it("is not for customers", () => {
    expect(attempt(investigatingReturn().state, { type: "add_note", body: "x" }, customer)).toMatchObject({
      ok: false,
      rejection: { code: "forbidden" },
    });
  });
});

describe("request_information", () => {
  it("asks the customer and waits for them", () => {
    const { state } = investigatingReturn();
    expect(
      outcome(attempt(state, { type: "request_information", body: "Which size do you need?" }, anna)),
    ).toEqual([
      { type: "information_requested", visibility: "customer", data: { body: "Which size do you need?" } },
    ]);
  });

  it("is for the assignee only, not customers, not while already waiting", () => {
    const { state } = investigatingReturn();
    expect(attempt(state, { type: "request_information", body: "?" }, customer)).toMatchObject({
      ok: false,
      rejection: { code: "forbidden" },
    });
    expect(attempt(state, { type: "request_information", body: "?" }, ben)).toMatchObject({
      ok: false,
      rejection: { code: "not_assignee" },
    });
    const waiting = run(
      [[{ type: "request_information", body: "Photo" }, anna, 40]],
      investigatingReturn(),
    ).state;
    expect(attempt(waiting, { type: "request_information", body: "Photo!" }, anna)).toMatchObject({
      ok: false,
      rejection: {
        code: "invalid_transition",
        params: { status: "awaiting_customer", command: "request_information" },
      },
    });
  });
});
