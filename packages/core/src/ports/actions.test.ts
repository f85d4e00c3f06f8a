import { describe, expect, it } from "vitest";
import {
  ActionCapabilitiesSchema,
  actionFailure,
  CouponRequestSchema,
  CreateReturnRequestSchema,
  parseActionRequest,
  precheckRefund,
  unsupportedAction,
} from "./actions.js";

const eur = (amount: number) => ({ amount, currency: "EUR" });
const refund = {
  orderId: "gid://demo/Order/1001",
  lines: [
    { lineId: "L1", quantity: 1, amount: eur(2950) },
    { lineId: "L2", quantity: 0, amount: eur(500) },
  ],
  shipping: eur(495),
  amount: eur(3945),
  idempotencyKey: "refund-1",
};

describe("precheckRefund", () => {
  it("accepts lines plus shipping that add up to the amount, with defaults applied", () => {
    const result = precheckRefund(refund);
    expect(result).toEqual({ ok: true, request: { ...refund, restock: false, notifyCustomer: false } });
  });

  it("rejects a zero refund", () => {
    expect(precheckRefund({ ...refund, lines: [], shipping: undefined, amount: eur(0) })).toEqual({
      ok: false,
      code: "zero_refund",
      message: "A refund must be for a positive amount",
      retryable: false,
    });
  });

  it("rejects parts that do not add up to the amount", () => {
    expect(precheckRefund({ ...refund, amount: eur(3946) })).toEqual({
      ok: false,
      code: "amount_mismatch",
      message: "Line amounts and shipping add up to 3945 but the refund amount is 3946 (minor units of EUR)",
      retryable: false,
    });
    expect(precheckRefund({ ...refund, lines: [], shipping: undefined, amount: eur(100) })).toMatchObject({
      code: "amount_mismatch",
    });
  });

  it("rejects parts in another currency", () => {
    expect(precheckRefund({ ...refund, shipping: { amount: 495, currency: "USD" } })).toMatchObject({
      ok: false,
      code: "currency_mismatch",
      message: "Refund amount is in EUR but a part is in USD",
    });
  });

  it("names every bad path of a malformed request", () => {
    const result = precheckRefund({
      ...refund,
      lines: [
        { lineId: "L1", quantity: -1, amount: eur(-5) },
        { lineId: "L1", quantity: 0, amount: eur(0) },
      ],
      amount: eur(-1),
      idempotencyKey: "  ",
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe("invalid_request");
    expect(result.issues?.map((i) => i.path)).toEqual([
      "lines.0.quantity",
      "lines.0.amount",
      "lines.1",
      "amount",
      "idempotencyKey",
      "lines.1.lineId",
    ]);
  });
});

describe("action requests", () => {
  it("requires exactly one of amount and percent on a coupon", () => {
    const neither = parseActionRequest(CouponRequestSchema, { idempotencyKey: "c1" });
    const both = parseActionRequest(CouponRequestSchema, {
      idempotencyKey: "c1",
      amount: eur(500),
      percent: 10,
    });
    for (const result of [neither, both]) {
      expect(result).toMatchObject({
        ok: false,
        code: "invalid_request",
        message: "Invalid request: amount: give exactly one of amount and percent",
      });
    }
    expect(parseActionRequest(CouponRequestSchema, { idempotencyKey: "c1", percent: 10 })).toEqual({
      ok: true,
      request: { idempotencyKey: "c1", percent: 10, usageLimit: 1 },
    });
    expect(parseActionRequest(CouponRequestSchema, { idempotencyKey: "c1", percent: 101 }).ok).toBe(false);
  });

  it("rejects a return without lines or with a line twice", () => {
    const empty = parseActionRequest(CreateReturnRequestSchema, {
      orderId: "o",
      lines: [],
      idempotencyKey: "k",
    });
    expect(empty).toMatchObject({ message: "Invalid request: lines: a return has at least one line" });
    const twice = parseActionRequest(CreateReturnRequestSchema, {
      orderId: "o",
      lines: [
        { lineId: "L1", quantity: 1 },
        { lineId: "L1", quantity: 1 },
      ],
      idempotencyKey: "k",
    });
    expect(twice).toMatchObject({ message: "Invalid request: lines.1.lineId: duplicate line L1" });
  });

  it("builds failures and unsupported values", () => {
    expect(unsupportedAction("storeCredit")).toEqual({
      ok: false,
      code: "unsupported",
      message: "This platform does not support storeCredit",
      retryable: false,
    });
    expect(actionFailure("rate_limited", "Throttled", { retryable: true })).toEqual({
      ok: false,
      code: "rate_limited",
      message: "Throttled",
      retryable: true,
    });
  });

  it("requires every capability flag and no others", () => {
    const all = {
      platformReturns: true,
      refunds: true,
      refundsToOriginalPayment: false,
      storeCredit: false,
      coupons: true,
      orderNotes: true,
      restock: true,
      orderStatus: true,
    };
    expect(ActionCapabilitiesSchema.safeParse(all).success).toBe(true);
    expect(ActionCapabilitiesSchema.safeParse({ ...all, refundToGateway: true }).success).toBe(false);
    const { coupons: _, ...missing } = all;
    expect(ActionCapabilitiesSchema.safeParse(missing).success).toBe(false);
  });
});
