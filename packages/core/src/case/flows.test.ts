import { describe, expect, it } from "vitest";
import { decide } from "./decide.js";
import { CaseEventSchema } from "./events.js";
import { fold } from "./evolve.js";
import {
  anna,
  at,
  ben,
  CASE_ID,
  customer,
  openComplaint,
  openReturn,
  platform,
  run,
  system,
} from "./fixtures/case.js";
import { stateViolations } from "./invariants.js";
import { visibleTimeline } from "./timeline.js";

describe("a full return: opened, approved, shipped, received, inspected, refunded, resolved, rated, closed", () => {
  const { events, state } = run([
    [openReturn, customer, 0],
    [{ type: "acknowledge" }, system, 1],
    [{ type: "assign", assigneeId: "staff_anna" }, system, 2],
    [{ type: "start_investigation" }, anna, 30],
    [{ type: "add_note", body: "Photos show the torn seam" }, anna, 45],
    [
      {
        type: "approve_return",
        lines: [
          { lineId: "L1", quantity: 2 },
          { lineId: "L2", quantity: 1 },
        ],
        instructions: "Print the label and drop the parcel at any DHL shop",
      },
      anna,
      60,
    ],
    [{ type: "record_shipment", carrier: "DHL", trackingNumber: "00340434161234567890" }, customer, 120],
    [{ type: "record_receipt" }, platform, 3000],
    [{ type: "record_inspection", outcome: "accepted" }, anna, 3100],
    [
      {
        type: "record_refund",
        amount: { amount: 4998, currency: "EUR" },
        method: "original_payment",
        platformRefundId: "gid://shopify/Refund/9",
      },
      platform,
      3110,
    ],
    [{ type: "resolve", resolution: "refunded" }, anna, 3120],
    [{ type: "record_follow_up" }, system, 4560],
    [{ type: "rate", score: 5, comment: "Quick" }, customer, 4600],
    [{ type: "close" }, system, 14400],
  ]);

  it("records one event per step with consecutive seqs, instants and actors", () => {
    expect(events.map((e) => [e.seq, e.type, e.at, e.actor.type, e.visibility])).toEqual([
      [1, "case_opened", "2026-11-23T09:00:00.000Z", "customer", "customer"],
      [2, "acknowledged", "2026-11-23T09:01:00.000Z", "system", "customer"],
      [3, "assigned", "2026-11-23T09:02:00.000Z", "system", "internal"],
      [4, "investigation_started", "2026-11-23T09:30:00.000Z", "staff", "customer"],
      [5, "note_added", "2026-11-23T09:45:00.000Z", "staff", "internal"],
      [6, "return_approved", "2026-11-23T10:00:00.000Z", "staff", "customer"],
      [7, "shipment_recorded", "2026-11-23T11:00:00.000Z", "customer", "customer"],
      [8, "item_received", "2026-11-25T11:00:00.000Z", "platform", "customer"],
      [9, "item_inspected", "2026-11-25T12:40:00.000Z", "staff", "customer"],
      [10, "refund_issued", "2026-11-25T12:50:00.000Z", "platform", "customer"],
      [11, "resolved", "2026-11-25T13:00:00.000Z", "staff", "customer"],
      [12, "follow_up_sent", "2026-11-26T13:00:00.000Z", "system", "customer"],
      [13, "rated", "2026-11-26T13:40:00.000Z", "customer", "customer"],
      [14, "closed", "2026-12-03T09:00:00.000Z", "system", "customer"],
    ]);
    expect(events.every((e) => e.caseId === CASE_ID && CaseEventSchema.safeParse(e).success)).toBe(true);
  });

  it("stores the opening request as the case_opened payload, with defaults applied", () => {
    expect(events[0]).toEqual({
      caseId: CASE_ID,
      seq: 1,
      type: "case_opened",
      at: "2026-11-23T09:00:00.000Z",
      actor: { type: "customer", id: "cust_1" },
      visibility: "customer",
      data: {
        kind: "return",
        channel: "web",
        priority: "normal",
        order: { id: "gid://shopify/Order/1", number: "#1001" },
        customer: { id: "cust_1", email: "anna@example.de", name: "Anna Schmidt", country: "DE" },
        description: "Too small",
        lines: [
          { lineId: "L1", quantity: 2, reason: "size", resolution: "refund" },
          { lineId: "L2", quantity: 1, reason: "defective", resolution: "refund", note: "seam torn" },
        ],
        evidence: ["att_1"],
      },
    });
  });

  it("ends closed with the goods refunded, the refund, the rating and every instant recorded", () => {
    expect(state).toEqual({
      id: CASE_ID,
      kind: "return",
      status: "closed",
      channel: "web",
      priority: "normal",
      category: null,
      assigneeId: "staff_anna",
      order: { id: "gid://shopify/Order/1", number: "#1001" },
      customer: { id: "cust_1", email: "anna@example.de", name: "Anna Schmidt", country: "DE" },
      subject: null,
      description: "Too small",
      lines: openReturn.lines,
      evidence: ["att_1"],
      perishable: false,
      tags: [],
      decision: undefined,
      openedAt: "2026-11-23T09:00:00.000Z",
      acknowledgedAt: "2026-11-23T09:01:00.000Z",
      updatedAt: "2026-12-03T09:00:00.000Z",
      resolvedAt: "2026-11-25T13:00:00.000Z",
      closedAt: "2026-12-03T09:00:00.000Z",
      declinedAt: null,
      cancelledAt: null,
      reopenedAt: null,
      reopenCount: 0,
      resolution: "refunded",
      resolutionSummary: null,
      declineReason: null,
      cancelReason: null,
      proposedOptions: [],
      chosenOptionId: null,
      itemProgress: "refunded",
      returnless: false,
      approvedLines: [
        { lineId: "L1", quantity: 2 },
        { lineId: "L2", quantity: 1 },
      ],
      returnInstructions: "Print the label and drop the parcel at any DHL shop",
      returnShipment: { carrier: "DHL", trackingNumber: "00340434161234567890" },
      inspection: { outcome: "accepted" },
      exchangeShipment: null,
      refunds: [
        {
          amount: { amount: 4998, currency: "EUR" },
          method: "original_payment",
          platformRefundId: "gid://shopify/Refund/9",
        },
      ],
      storeCredits: [],
      coupons: [],
      rating: { score: 5, comment: "Quick" },
      lastCustomerMessageAt: null,
      lastStaffMessageAt: null,
      followUpSentAt: "2026-11-26T13:00:00.000Z",
      slaAtRisk: [],
      slaBreached: [],
      lastEventSeq: 14,
      version: 14,
    });
    expect(stateViolations(state)).toEqual([]);
  });

  it("shows the shopper every event except the assignment and the internal note", () => {
    expect(visibleTimeline(events).map((e) => e.seq)).toEqual([1, 2, 4, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
  });

  it("tracks the goods step by step while in progress", () => {
    const progress = events.map((_, i) => fold(events.slice(0, i + 1))?.itemProgress ?? null);
    expect(progress).toEqual([
      null,
      null,
      null,
      null,
      null,
      "awaiting_shipment",
      "in_transit",
      "received",
      "inspected",
      "refunded",
      "refunded",
      "refunded",
      "refunded",
      "refunded",
    ]);
  });
});

describe("a complaint: answered, information requested, options proposed and chosen, coupon, resolved, reopened", () => {
  const guest = { type: "customer" } as const;
  const first = run([
    [openComplaint, guest, 0],
    [{ type: "assign", assigneeId: "staff_ben" }, system, 5],
    [{ type: "mark_sla_at_risk", target: "first_response", dueAt: at(30) }, system, 10],
    [{ type: "post_message", body: "Sorry for the delay, we are checking with the carrier." }, ben, 20],
    [{ type: "request_information", body: "Could you send a screenshot of the tracking page?" }, ben, 25],
    [{ type: "post_message", body: "Here it is", attachments: ["att_9"] }, guest, 60],
  ]);

  it("acknowledges with the first staff reply and returns to investigating when the customer answers", () => {
    expect(first.events.map((e) => [e.seq, e.type, e.actor.type])).toEqual([
      [1, "case_opened", "customer"],
      [2, "assigned", "system"],
      [3, "sla_at_risk", "system"],
      [4, "acknowledged", "staff"],
      [5, "message_posted", "staff"],
      [6, "information_requested", "staff"],
      [7, "message_posted", "customer"],
    ]);
    expect(fold(first.events.slice(0, 6))?.status).toBe("awaiting_customer");
    expect(first.state.status).toBe("investigating");
    expect(first.state.acknowledgedAt).toBe("2026-11-23T09:20:00.000Z");
    expect(first.state.lastStaffMessageAt).toBe("2026-11-23T09:20:00.000Z");
    expect(first.state.lastCustomerMessageAt).toBe("2026-11-23T10:00:00.000Z");
    expect(first.state.slaAtRisk).toEqual(["first_response"]);
    expect(first.state.priority).toBe("high");
    expect(first.state.category).toBe("delivery_delay");
  });

  it("lets only the assignee propose, and only offered options be chosen", () => {
    const options = [
      { id: "opt1", kind: "coupon", amount: { amount: 1000, currency: "CNY" }, label: "¥10 coupon" },
      { id: "opt2", kind: "partial_refund", amount: { amount: 2000, currency: "CNY" } },
    ] as const;
    const byAnna = decide(
      first.state,
      { type: "propose_options", options: [...options] },
      { now: at(70), actor: anna },
    );
    expect(byAnna).toEqual({
      ok: false,
      rejection: {
        code: "not_assignee",
        message: "Case case_1 is assigned to staff_ben",
        params: { assigneeId: "staff_ben", command: "propose_options" },
      },
    });
    const proposed = run([[{ type: "propose_options", options: [...options] }, ben, 75]], first);
    expect(proposed.state.status).toBe("proposed");
    expect(proposed.state.proposedOptions).toEqual(options);
    expect(
      decide(proposed.state, { type: "choose_option", optionId: "opt3" }, { now: at(80), actor: guest }),
    ).toEqual({
      ok: false,
      rejection: {
        code: "option_not_offered",
        message: "Option opt3 was not offered",
        params: { optionId: "opt3", offered: ["opt1", "opt2"] },
      },
    });

    const settled = run(
      [
        [{ type: "choose_option", optionId: "opt1" }, guest, 90],
        [{ type: "record_coupon", code: "SORRY10", amount: { amount: 1000, currency: "CNY" } }, system, 95],
        [{ type: "resolve", resolution: "compensated", summary: "¥10 coupon issued" }, ben, 100],
        [{ type: "rate", score: 4 }, guest, 200],
      ],
      proposed,
    );
    expect(settled.state).toMatchObject({
      status: "resolved",
      chosenOptionId: "opt1",
      coupons: [{ code: "SORRY10", amount: { amount: 1000, currency: "CNY" } }],
      itemProgress: null,
      resolution: "compensated",
      resolutionSummary: "¥10 coupon issued",
      resolvedAt: "2026-11-23T10:40:00.000Z",
      rating: { score: 4 },
    });
    expect(decide(settled.state, { type: "rate", score: 5 }, { now: at(210), actor: guest })).toEqual({
      ok: false,
      rejection: {
        code: "already_rated",
        message: "This resolution was already rated",
        params: { score: 4 },
      },
    });

    const again = run(
      [
        [{ type: "reopen", reason: "The coupon code does not work" }, ben, 300],
        [{ type: "start_investigation" }, ben, 310],
        [{ type: "resolve", resolution: "compensated" }, ben, 320],
        [{ type: "rate", score: 5 }, guest, 330],
      ],
      settled,
    );
    expect(again.state).toMatchObject({
      status: "resolved",
      reopenCount: 1,
      reopenedAt: "2026-11-23T14:00:00.000Z",
      resolvedAt: "2026-11-23T14:20:00.000Z",
      resolutionSummary: null,
      rating: { score: 5 },
      lastEventSeq: 16,
    });
    expect(again.events.map((e) => e.type).slice(7)).toEqual([
      "options_proposed",
      "option_chosen",
      "coupon_issued",
      "resolved",
      "rated",
      "reopened",
      "investigation_started",
      "resolved",
      "rated",
    ]);
    expect(visibleTimeline(again.events).map((e) => e.type)).not.toContain("sla_at_risk");
    expect(stateViolations(again.state)).toEqual([]);
  });
});
