import { describe, expect, it } from "vitest";
import {
  anna,
  approvedReturn,
  attempt,
  ben,
  customer,
  investigatingReturn,
  openComplaint,
  outcome,
  platform,
  resolvedComplaint,
  run,
  submittedReturn,
  system,
} from "../fixtures/case.js";

const eur = (amount: number) => ({ amount, currency: "EUR" as const });

function received() {
  return run([[{ type: "record_receipt" }, platform, 2000]], approvedReturn());
}

function inquiry() {
  return run([
    [{ ...openComplaint, kind: "inquiry" }, customer, 0],
    [{ type: "start_investigation" }, anna, 5],
  ]);
}

describe("approve_return", () => {
  it("approves the requested lines with instructions; the goods await shipment", () => {
    const { state } = investigatingReturn();
    expect(
      outcome(
        attempt(
          state,
          {
            type: "approve_return",
            lines: [{ lineId: "L1", quantity: 1 }],
            instructions: "Use the prepaid label",
          },
          anna,
        ),
      ),
    ).toEqual([
      {
        type: "return_approved",
        visibility: "customer",
        data: {
          lines: [{ lineId: "L1", quantity: 1 }],
          returnless: false,
          instructions: "Use the prepaid label",
        },
      },
    ]);
    expect(approvedReturn().state).toMatchObject({
      status: "in_progress",
      itemProgress: "awaiting_shipment",
      returnless: false,
      approvedLines: null,
      returnInstructions: null,
    });
  });

  it("approves a returnless return (the customer keeps the goods)", () => {
    expect(approvedReturn(true).state).toMatchObject({ itemProgress: "returnless", returnless: true });
  });

  it("lets the system auto-approve a just submitted return", () => {
    const { state } = run([[{ type: "approve_return", returnless: true }, system, 0]], submittedReturn());
    expect([state.status, state.itemProgress, state.acknowledgedAt]).toEqual([
      "in_progress",
      "returnless",
      null,
    ]);
  });

  it("rejects lines that were not requested or more units than requested", () => {
    const { state } = investigatingReturn();
    expect(attempt(state, { type: "approve_return", lines: [{ lineId: "L7", quantity: 1 }] }, anna)).toEqual({
      ok: false,
      rejection: {
        code: "line_not_requested",
        message: "Line L7 was not requested",
        params: { lineId: "L7" },
      },
    });
    expect(attempt(state, { type: "approve_return", lines: [{ lineId: "L2", quantity: 3 }] }, anna)).toEqual({
      ok: false,
      rejection: {
        code: "quantity_exceeds_request",
        message: "Line L2: 3 approved but 1 requested",
        params: { lineId: "L2", requested: 1, approved: 3 },
      },
    });
  });

  it("accepts any lines on a complaint that named none", () => {
    const complaint = run(
      [[{ type: "start_investigation" }, anna, 30]],
      run([[openComplaint, customer, 0]]),
    ).state;
    expect(
      outcome(attempt(complaint, { type: "approve_return", lines: [{ lineId: "L5", quantity: 1 }] }, anna)),
    ).toEqual([
      {
        type: "return_approved",
        visibility: "customer",
        data: { lines: [{ lineId: "L5", quantity: 1 }], returnless: false },
      },
    ]);
  });

  it("refuses inquiries, a second approval and customers", () => {
    expect(attempt(inquiry().state, { type: "approve_return" }, anna)).toEqual({
      ok: false,
      rejection: {
        code: "wrong_case_kind",
        message: "An inquiry has no goods to return",
        params: { kind: "inquiry" },
      },
    });
    expect(attempt(approvedReturn().state, { type: "approve_return" }, anna)).toEqual({
      ok: false,
      rejection: {
        code: "already_approved",
        message: "A return was already approved on this case",
        params: { itemProgress: "awaiting_shipment" },
      },
    });
    expect(attempt(investigatingReturn().state, { type: "approve_return" }, customer)).toMatchObject({
      ok: false,
      rejection: { code: "forbidden" },
    });
  });
});

describe("decline_return", () => {
  it("declines with a reason code and a message", () => {
    const { state } = investigatingReturn();
    expect(
      outcome(
        attempt(
          state,
          { type: "decline_return", reasonCode: "window_expired", message: "30 days passed" },
          anna,
        ),
      ),
    ).toEqual([
      {
        type: "return_declined",
        visibility: "customer",
        data: { reasonCode: "window_expired", message: "30 days passed" },
      },
    ]);
    const declined = run(
      [[{ type: "decline_return", reasonCode: "window_expired" }, platform, 40]],
      investigatingReturn(),
    );
    expect(declined.state).toMatchObject({
      status: "declined",
      declinedAt: "2026-11-23T09:40:00.000Z",
      declineReason: { reasonCode: "window_expired" },
    });
  });

  it("declines after a failed inspection", () => {
    const inspected = run(
      [[{ type: "record_inspection", outcome: "rejected", note: "worn" }, anna, 2100]],
      received(),
    );
    expect(attempt(inspected.state, { type: "decline_return", reasonCode: "item_used" }, anna).ok).toBe(true);
  });

  it("refuses inquiries and reason codes that are not codes", () => {
    expect(attempt(inquiry().state, { type: "decline_return", reasonCode: "nope" }, anna)).toMatchObject({
      ok: false,
      rejection: { code: "wrong_case_kind", message: "An inquiry has no return to decline" },
    });
    const bad = attempt(
      investigatingReturn().state,
      { type: "decline_return", reasonCode: "Too Late" },
      anna,
    );
    expect(bad.ok ? [] : bad.rejection.issues?.map((i) => i.path)).toEqual(["reasonCode"]);
  });
});

describe("record_shipment", () => {
  it("records the customer's tracking number; the goods are in transit", () => {
    const { state } = approvedReturn();
    expect(
      outcome(
        attempt(
          state,
          {
            type: "record_shipment",
            carrier: "SF Express",
            trackingNumber: "SF123",
            trackingUrl: "https://sf.example/SF123",
          },
          customer,
        ),
      ),
    ).toEqual([
      {
        type: "shipment_recorded",
        visibility: "customer",
        data: { carrier: "SF Express", trackingNumber: "SF123", trackingUrl: "https://sf.example/SF123" },
      },
    ]);
  });

  it("corrects the tracking while in transit, keeping what was known", () => {
    const corrected = run(
      [
        [{ type: "record_shipment", carrier: "DHL", trackingNumber: "1" }, customer, 100],
        [{ type: "record_shipment", trackingNumber: "2" }, system, 110],
      ],
      approvedReturn(),
    ).state;
    expect([corrected.itemProgress, corrected.returnShipment]).toEqual([
      "in_transit",
      { carrier: "DHL", trackingNumber: "2" },
    ]);
  });

  it("refuses a returnless return, a case with no approved return, and a bad URL", () => {
    expect(attempt(approvedReturn(true).state, { type: "record_shipment" }, customer)).toEqual({
      ok: false,
      rejection: {
        code: "invalid_item_progress",
        message: "The goods are returnless; expected awaiting_shipment or in_transit",
        params: { itemProgress: "returnless", expected: ["awaiting_shipment", "in_transit"] },
      },
    });
    const chosen = run(
      [
        [{ type: "propose_options", options: [{ id: "a", kind: "apology" }] }, anna, 40],
        [{ type: "choose_option", optionId: "a" }, customer, 50],
      ],
      investigatingReturn(),
    ).state;
    expect(attempt(chosen, { type: "record_shipment" }, customer)).toEqual({
      ok: false,
      rejection: {
        code: "invalid_item_progress",
        message: "No return has been approved on this case",
        params: { itemProgress: null, expected: ["awaiting_shipment", "in_transit"] },
      },
    });
    const bad = attempt(
      approvedReturn().state,
      { type: "record_shipment", trackingUrl: "not a url" },
      customer,
    );
    expect(bad.ok ? [] : bad.rejection.issues?.map((i) => i.path)).toEqual(["trackingUrl"]);
  });
});

describe("record_receipt and record_inspection", () => {
  it("records receipt straight from awaiting shipment, then the inspection", () => {
    const { state } = approvedReturn();
    expect(
      outcome(attempt(state, { type: "record_receipt", lines: [{ lineId: "L1", quantity: 2 }] }, ben)),
    ).toEqual([
      { type: "item_received", visibility: "customer", data: { lines: [{ lineId: "L1", quantity: 2 }] } },
    ]);
    expect(received().state.itemProgress).toBe("received");
    expect(
      outcome(
        attempt(received().state, { type: "record_inspection", outcome: "partial", note: "one worn" }, ben),
      ),
    ).toEqual([
      { type: "item_inspected", visibility: "customer", data: { outcome: "partial", note: "one worn" } },
    ]);
    const inspected = run(
      [[{ type: "record_inspection", outcome: "accepted" }, ben, 2100]],
      received(),
    ).state;
    expect([inspected.itemProgress, inspected.inspection]).toEqual(["inspected", { outcome: "accepted" }]);
  });

  it("refuses a second receipt and an inspection before receipt", () => {
    expect(attempt(received().state, { type: "record_receipt" }, ben)).toMatchObject({
      ok: false,
      rejection: { code: "invalid_item_progress", params: { itemProgress: "received" } },
    });
    expect(attempt(approvedReturn().state, { type: "record_inspection", outcome: "accepted" }, ben)).toEqual({
      ok: false,
      rejection: {
        code: "invalid_item_progress",
        message: "The goods are awaiting_shipment; expected received",
        params: { itemProgress: "awaiting_shipment", expected: ["received"] },
      },
    });
  });
});

describe("record_refund, record_store_credit and record_coupon", () => {
  it("records a refund; the returned goods are refunded", () => {
    const { state } = received();
    expect(
      outcome(attempt(state, { type: "record_refund", amount: eur(2499), method: "manual" }, ben)),
    ).toEqual([
      { type: "refund_issued", visibility: "customer", data: { amount: eur(2499), method: "manual" } },
    ]);
    const refunded = run(
      [[{ type: "record_refund", amount: eur(2499), method: "manual" }, ben, 2100]],
      received(),
    ).state;
    expect([refunded.itemProgress, refunded.refunds]).toEqual([
      "refunded",
      [{ amount: eur(2499), method: "manual" }],
    ]);
  });

  it("refunds a returnless return", () => {
    const refunded = run(
      [[{ type: "record_refund", amount: eur(899), method: "original_payment" }, platform, 70]],
      approvedReturn(true),
    ).state;
    expect([refunded.itemProgress, refunded.returnless]).toEqual(["refunded", true]);
  });

  it("records a goodwill refund on a complaint without inventing goods", () => {
    const complaint = run([[{ type: "start_investigation" }, anna, 30]], run([[openComplaint, customer, 0]]));
    const after = run(
      [[{ type: "record_refund", amount: eur(500), method: "store_credit" }, anna, 40]],
      complaint,
    ).state;
    expect([after.status, after.itemProgress, after.refunds.length]).toEqual(["investigating", null, 1]);
  });

  it("records store credit (the goods count as refunded) and coupons", () => {
    const { state } = received();
    expect(outcome(attempt(state, { type: "record_store_credit", amount: eur(2749) }, system))).toEqual([
      { type: "store_credit_issued", visibility: "customer", data: { amount: eur(2749) } },
    ]);
    expect(outcome(attempt(state, { type: "record_coupon", code: "SORRY15", percent: 15 }, system))).toEqual([
      { type: "coupon_issued", visibility: "customer", data: { code: "SORRY15", percent: 15 } },
    ]);
    const after = run(
      [
        [{ type: "record_store_credit", amount: eur(2749) }, system, 2100],
        [{ type: "record_coupon", code: "FREESHIP" }, system, 2101],
      ],
      received(),
    ).state;
    expect([after.itemProgress, after.storeCredits, after.coupons]).toEqual([
      "refunded",
      [eur(2749)],
      [{ code: "FREESHIP" }],
    ]);
  });

  it("rejects a zero refund, a coupon with both amount and percent, and customers", () => {
    const { state } = received();
    const zero = attempt(state, { type: "record_refund", amount: eur(0), method: "manual" }, ben);
    expect(zero.ok ? [] : zero.rejection.issues).toEqual([
      { path: "amount.amount", message: "must be more than zero", code: "custom" },
    ]);
    const both = attempt(state, { type: "record_coupon", code: "X", amount: eur(100), percent: 5 }, ben);
    expect(both.ok ? [] : both.rejection.issues).toEqual([
      { path: "percent", message: "a coupon is either an amount or a percentage", code: "custom" },
    ]);
    expect(attempt(state, { type: "record_store_credit", amount: eur(1) }, customer)).toMatchObject({
      ok: false,
      rejection: { code: "forbidden" },
    });
  });

  it("is not possible once the case is resolved", () => {
    expect(attempt(resolvedComplaint().state, { type: "record_coupon", code: "LATE" }, anna)).toMatchObject({
      ok: false,
      rejection: { code: "invalid_transition", params: { status: "resolved", command: "record_coupon" } },
    });
  });
});

describe("record_exchange_shipment and record_repair", () => {
  it("ships the replacement, even before the return arrives", () => {
    const { state } = approvedReturn();
    expect(
      outcome(
        attempt(
          state,
          { type: "record_exchange_shipment", carrier: "DHL", lines: [{ lineId: "L1", quantity: 1 }] },
          ben,
        ),
      ),
    ).toEqual([
      {
        type: "exchange_shipped",
        visibility: "customer",
        data: { carrier: "DHL", lines: [{ lineId: "L1", quantity: 1 }] },
      },
    ]);
    const shipped = run(
      [[{ type: "record_exchange_shipment", trackingNumber: "X1" }, ben, 70]],
      approvedReturn(),
    ).state;
    expect([shipped.itemProgress, shipped.exchangeShipment]).toEqual(["exchanged", { trackingNumber: "X1" }]);
  });

  it("refuses a second outcome for the same goods", () => {
    const refunded = run(
      [[{ type: "record_refund", amount: eur(100), method: "manual" }, ben, 2100]],
      received(),
    ).state;
    expect(attempt(refunded, { type: "record_exchange_shipment" }, ben)).toEqual({
      ok: false,
      rejection: {
        code: "invalid_item_progress",
        message: "The goods are already refunded",
        params: { itemProgress: "refunded" },
      },
    });
  });

  it("records a repair of received goods only", () => {
    expect(outcome(attempt(received().state, { type: "record_repair", note: "zip replaced" }, ben))).toEqual([
      { type: "repair_completed", visibility: "customer", data: { note: "zip replaced" } },
    ]);
    const repaired = run([[{ type: "record_repair" }, ben, 2100]], received()).state;
    expect(repaired.itemProgress).toBe("repaired");
    expect(attempt(approvedReturn().state, { type: "record_repair" }, ben)).toMatchObject({
      ok: false,
      rejection: { code: "invalid_item_progress", params: { expected: ["received", "inspected"] } },
    });
  });
});
