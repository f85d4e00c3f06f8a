import { describe, expect, it } from "vitest";
import { afterDelivery, decide, decideLine, eur, line, order } from "../fixtures/eligibility.js";

const now = afterDelivery(5);
const size = { lineId: "A", quantity: 1, reason: "size" } as const;
const snapshot = order([line("A", { unitPrice: eur(12_000) })]);

describe("auto-approve rule", () => {
  it("approves common reasons without a person and reviews the others", () => {
    expect(decideLine({}, snapshot, size, now).status).toBe("auto_approve");
    const other = decideLine(
      {},
      snapshot,
      { lineId: "A", quantity: 1, reason: "other", note: "Too loud" },
      now,
    );
    expect(other.status).toBe("needs_review");
    expect(other.reasons).toEqual([{ code: "reason_requires_review", params: { reason: "other" } }]);
    expect(
      decideLine(
        { autoApprove: { reasons: null } },
        snapshot,
        { lineId: "A", quantity: 1, reason: "other", note: "x" },
        now,
      ).status,
    ).toBe("auto_approve");
  });

  it("reviews orders above the value limit in their currency, and orders in a currency without one", () => {
    const policy = { autoApprove: { maxOrderValue: { EUR: 10_000 } } };
    expect(decideLine(policy, snapshot, size, now).reasons).toEqual([
      { code: "order_value_above_auto_approve", params: { orderTotal: eur(12_000), limit: eur(10_000) } },
    ]);
    expect(decideLine({ autoApprove: { maxOrderValue: { EUR: 12_000 } } }, snapshot, size, now).status).toBe(
      "auto_approve",
    );
    const yen = order([line("A", { unitPrice: { amount: 900, currency: "JPY" } }, "JPY")], {
      currency: "JPY",
    });
    expect(decideLine(policy, yen, size, now).reasons).toEqual([
      {
        code: "order_value_above_auto_approve",
        params: { orderTotal: { amount: 900, currency: "JPY" }, limit: null },
      },
    ]);
  });

  it("reviews customers with many recent returns, or whose history is unknown when a limit is set", () => {
    const policy = { autoApprove: { maxRecentReturns: 2 } };
    expect(decideLine(policy, snapshot, size, now, { recentReturnCount: 2 }).status).toBe("auto_approve");
    expect(decideLine(policy, snapshot, size, now, { recentReturnCount: 3 }).reasons).toEqual([
      { code: "recent_returns_above_auto_approve", params: { count: 3, limit: 2 } },
    ]);
    expect(decideLine(policy, snapshot, size, now, {}).reasons).toEqual([
      { code: "customer_history_unknown", params: {} },
    ]);
  });

  it("reviews everything when switched off", () => {
    const decision = decide({ autoApprove: { enabled: false } }, snapshot, { lines: [size] }, now);
    expect(decision.status).toBe("needs_review");
    expect(decision.lines[0]!.reasons).toEqual([{ code: "auto_approve_disabled", params: {} }]);
  });
});
