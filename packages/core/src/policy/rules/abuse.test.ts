import { describe, expect, it } from "vitest";
import { afterDelivery, decideLine, line, order } from "../fixtures/eligibility.js";

const snapshot = order([line("A")]);
const now = afterDelivery(5);
const size = { lineId: "A", quantity: 1, reason: "size" } as const;

describe("abuse rule", () => {
  it("reviews every request from the 5th return in 90 days by default", () => {
    expect(decideLine({}, snapshot, size, now, { recentReturnCount: 0, returnsInPeriod: 4 }).status).toBe(
      "auto_approve",
    );
    const flagged = decideLine({}, snapshot, size, now, { recentReturnCount: 0, returnsInPeriod: 5 });
    expect(flagged.status).toBe("needs_review");
    expect(flagged.reasons).toEqual([
      { code: "abuse_limit_reached", params: { returns: 5, maxReturns: 5, periodDays: 90 } },
    ]);
  });

  it("uses the merchant's limit, can be switched off, and never flags an unknown history", () => {
    const strict = { abuse: { maxReturns: 2, periodDays: 30 } };
    expect(decideLine(strict, snapshot, size, now, { returnsInPeriod: 2 }).reasons).toEqual([
      { code: "abuse_limit_reached", params: { returns: 2, maxReturns: 2, periodDays: 30 } },
    ]);
    expect(
      decideLine({ abuse: { enabled: false } }, snapshot, size, now, { returnsInPeriod: 50 }).status,
    ).toBe("auto_approve");
    expect(decideLine(strict, snapshot, size, now, {}).status).toBe("auto_approve");
  });

  it("does not add review reasons to a line that is ineligible anyway", () => {
    const late = decideLine({}, snapshot, size, afterDelivery(31), { returnsInPeriod: 9 });
    expect(late.reasons.map((r) => r.code)).toEqual(["window_expired"]);
  });
});
