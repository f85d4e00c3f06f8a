import { describe, expect, it } from "vitest";
import { type OrderSnapshot, OrderSnapshotSchema } from "../order/snapshot.js";
import {
  constantTimeEqual,
  matchOrderCredentials,
  normalizeEmail,
  normalizeOrderNumber,
} from "./order-source.js";

const order: OrderSnapshot = OrderSnapshotSchema.parse({
  platform: "demo",
  id: "gid://demo/Order/1001",
  number: "#1001",
  currency: "EUR",
  customer: { id: null, email: "Anna.Schmidt@Example.de" },
  placedAt: "2026-11-01T10:00:00Z",
  lines: [
    {
      id: "L1",
      productId: "P1",
      title: "Linen shirt",
      quantity: 1,
      refundableQuantity: 1,
      unitPrice: { amount: 5900, currency: "EUR" },
    },
  ],
  total: { amount: 5900, currency: "EUR" },
});

describe("normalizeOrderNumber", () => {
  it.each([
    ["#1001", "1001"],
    [" 1001 ", "1001"],
    ["# 1001", "1001"],
    ["##1001", "1001"],
    ["＃１００１", "1001"],
    ["#eu1001", "EU1001"],
    ["10 01", "1001"],
    ["  ", ""],
  ])("normalises %j to %j", (input, expected) => {
    expect(normalizeOrderNumber(input)).toBe(expected);
  });
});

describe("normalizeEmail", () => {
  it("trims, lower-cases and folds full-width characters", () => {
    expect(normalizeEmail("  Anna.Schmidt@EXAMPLE.de\t")).toBe("anna.schmidt@example.de");
    expect(normalizeEmail("wangfang＠example.cn")).toBe("wangfang@example.cn");
  });
});

describe("constantTimeEqual", () => {
  it("is true only for the same code units", () => {
    expect(constantTimeEqual("anna@example.de", "anna@example.de")).toBe(true);
    expect(constantTimeEqual("", "")).toBe(true);
    expect(constantTimeEqual("anna@example.de", "anna@example.dE")).toBe(false);
    expect(constantTimeEqual("bnna@example.de", "anna@example.de")).toBe(false);
    expect(constantTimeEqual("邮件@例子.中国", "邮件@例子.中国")).toBe(true);
    expect(constantTimeEqual("邮件@例子.中国", "邮件@例子.中华")).toBe(false);
  });

  it("counts a length difference even when one string is a prefix of the other", () => {
    expect(constantTimeEqual("anna@example.de", "anna@example.dex")).toBe(false);
    expect(constantTimeEqual("anna@example.dex", "anna@example.de")).toBe(false);
    expect(constantTimeEqual("", "a")).toBe(false);
    // A NUL past the shorter string's end XORs to 0; only the length term catches it.
    expect(constantTimeEqual("a", "a\u0000")).toBe(false);
  });
});

describe("matchOrderCredentials", () => {
  it("finds the order whatever the case, whitespace and leading '#'", () => {
    expect(matchOrderCredentials(order, { number: " 1001", email: " anna.schmidt@example.DE " })).toEqual({
      ok: true,
      order,
    });
  });

  it("tells a wrong email from a wrong number", () => {
    expect(matchOrderCredentials(order, { number: "#1001", email: "someone@example.de" })).toEqual({
      ok: false,
      reason: "email_mismatch",
    });
    expect(matchOrderCredentials(order, { number: "#1002", email: "anna.schmidt@example.de" })).toEqual({
      ok: false,
      reason: "not_found",
    });
  });

  it("never matches empty input", () => {
    expect(matchOrderCredentials(order, { number: " # ", email: "anna.schmidt@example.de" })).toEqual({
      ok: false,
      reason: "not_found",
    });
    expect(matchOrderCredentials(order, { number: "1001", email: "  " })).toEqual({
      ok: false,
      reason: "email_mismatch",
    });
  });
});
