import { describe, expect, it } from "vitest";
import { afterDelivery, codes, DELIVERED, decide, decideLine, line, order } from "../fixtures/eligibility.js";

const size = { lineId: "A", quantity: 1, reason: "size" } as const;

describe("window rule", () => {
  it("counts 30 days from delivery to the minute and accepts a request at the deadline itself", () => {
    const snapshot = order([line("A")]);
    const atDeadline = decideLine({}, snapshot, size, "2026-04-03T12:30:00.000Z");
    expect(atDeadline.deadline).toBe("2026-04-03T12:30:00.000Z");
    expect(atDeadline.status).toBe("auto_approve");

    const late = decideLine({}, snapshot, size, "2026-04-03T12:31:00.000Z");
    expect(late.status).toBe("ineligible");
    expect(late.reasons).toEqual([
      { code: "window_expired", params: { deadline: "2026-04-03T12:30:00.000Z" } },
    ]);
    expect(late.refundable).toEqual({ amount: 0, currency: "EUR" });
  });

  it("says it counted from delivery", () => {
    const decision = decide({}, order([line("A")]), { lines: [size] }, afterDelivery(1));
    expect(decision.window).toEqual({ basis: "delivery", start: DELIVERED });
  });

  it("falls back to fulfilment plus the transit allowance when delivery is unknown", () => {
    const snapshot = order([line("A")], { deliveredAt: undefined });
    const decision = decide({}, snapshot, { lines: [size] }, "2026-04-06T09:15:00.000Z");
    expect(decision.window).toEqual({ basis: "fulfilment_plus_transit", start: "2026-03-07T09:15:00.000Z" });
    expect(decision.lines[0]!.deadline).toBe("2026-04-06T09:15:00.000Z");
    expect(decision.lines[0]!.status).toBe("auto_approve");

    const custom = decide(
      { window: { transitAllowanceDays: 2 } },
      snapshot,
      { lines: [size] },
      "2026-04-06T09:15:00.000Z",
    );
    expect(custom.window.start).toBe("2026-03-04T09:15:00.000Z");
    expect(custom.lines[0]!.reasons).toEqual([
      { code: "window_expired", params: { deadline: "2026-04-03T09:15:00.000Z" } },
    ]);
  });

  it("falls back to the order date when nothing has shipped", () => {
    const snapshot = order([line("A")], { deliveredAt: undefined, fulfilledAt: undefined });
    const decision = decide({}, snapshot, { lines: [size] }, "2026-03-20T00:00:00.000Z");
    expect(decision.window).toEqual({ basis: "order", start: "2026-03-01T10:00:00.000Z" });
    expect(decision.lines[0]!.deadline).toBe("2026-03-31T10:00:00.000Z");
  });

  it("counts from fulfilment or from the order date when the policy says so", () => {
    const snapshot = order([line("A")]);
    const fromFulfilment = decide(
      { window: { basis: "fulfilment" } },
      snapshot,
      { lines: [size] },
      afterDelivery(1),
    );
    expect(fromFulfilment.window).toEqual({ basis: "fulfilment", start: "2026-03-02T09:15:00.000Z" });
    expect(fromFulfilment.lines[0]!.deadline).toBe("2026-04-01T09:15:00.000Z");

    const unshipped = order([line("A")], { deliveredAt: undefined, fulfilledAt: undefined });
    const fallback = decide(
      { window: { basis: "fulfilment" } },
      unshipped,
      { lines: [size] },
      afterDelivery(1),
    );
    expect(fallback.window.basis).toBe("order");

    const fromOrder = decide(
      { window: { basis: "order", days: 14 } },
      snapshot,
      { lines: [size] },
      afterDelivery(1),
    );
    expect(fromOrder.window).toEqual({ basis: "order", start: "2026-03-01T10:00:00.000Z" });
    expect(fromOrder.lines[0]!.deadline).toBe("2026-03-15T10:00:00.000Z");
  });

  it("takes the window of a matching override", () => {
    const snapshot = order([line("A", { productType: "Shoes" }), line("B", { productType: "Bags" })]);
    const decision = decide(
      { overrides: [{ match: { productTypes: ["shoes"] }, windowDays: 60 }] },
      snapshot,
      { lines: [size, { ...size, lineId: "B" }] },
      afterDelivery(45),
    );
    expect(decision.lines.map((l) => [l.deadline, l.status])).toEqual([
      ["2026-05-03T12:30:00.000Z", "auto_approve"],
      ["2026-04-03T12:30:00.000Z", "ineligible"],
    ]);
  });

  it("ends a zero-day window at the basis instant and accepts epoch milliseconds for now", () => {
    const snapshot = order([line("A")]);
    const onTime = decideLine({ window: { days: 0 } }, snapshot, size, Date.parse(DELIVERED));
    expect(onTime.deadline).toBe(DELIVERED);
    expect(onTime.status).toBe("auto_approve");
    expect(codes(decideLine({ window: { days: 0 } }, snapshot, size, Date.parse(DELIVERED) + 1))).toEqual([
      "window_expired",
    ]);
  });
});
