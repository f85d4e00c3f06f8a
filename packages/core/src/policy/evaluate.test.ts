import { describe, expect, it } from "vitest";
import { OrderSnapshotSchema } from "../order/snapshot.js";
import { compilePolicy, parsePolicy } from "./compile.js";
import { EligibilityDecisionSchema } from "./decision.js";
import { evaluate, evaluateParsed, previewEligibility } from "./evaluate.js";
import { afterDelivery, decide, line, order } from "./fixtures/eligibility.js";
import { defaultReturnPolicy } from "./policy.js";
import { ReturnRequestSchema } from "./request.js";

const jpy = (amount: number) => ({ amount, currency: "JPY" });
const kwd = (amount: number) => ({ amount, currency: "KWD" });

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

describe("evaluate (validating)", () => {
  const orderInput = {
    platform: "test",
    id: "O-1",
    number: "#1001",
    currency: "EUR",
    customer: { id: null, email: "guest@example.com", country: "FR" },
    placedAt: "2026-03-01T10:00:00+01:00",
    deliveredAt: "2026-03-04T12:30:00Z",
    total: { amount: 1000, currency: "EUR" },
    lines: [line("A")],
  };
  const requestInput = { lines: [{ lineId: "A", quantity: 1, reason: "size" }] };

  it("validates JSON input and gives the same decision as evaluateParsed", () => {
    const result = evaluate({ window: { days: 7 } }, orderInput, requestInput, "2026-03-10T00:00:00+01:00");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.evaluatedAt).toBe("2026-03-09T23:00:00.000Z");
    expect(result.value.lines[0]!.status).toBe("auto_approve");
    const compiled = parsePolicy({ window: { days: 7 } });
    if (!compiled.ok) return;
    const snapshot = OrderSnapshotSchema.parse(orderInput);
    expect(result.value).toEqual(
      evaluateParsed(
        compiled.value,
        snapshot,
        ReturnRequestSchema.parse(requestInput),
        Date.parse("2026-03-09T23:00:00Z"),
      ),
    );
  });

  it("lists every bad path of every input, prefixed by the input's name", () => {
    const result = evaluate(
      { window: { days: "thirty" } },
      { ...orderInput, currency: "euro", lines: [] },
      { lines: [{ lineId: "A", quantity: 0, reason: "bored" }], customer: { returnsInPeriod: -1 } },
      "yesterday",
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.path)).toEqual([
      "policy.window.days",
      "order.currency",
      "order.lines",
      "order.total.currency",
      "request.lines.0.quantity",
      "request.lines.0.reason",
      "request.customer.returnsInPeriod",
      "now",
    ]);
  });

  it("reports request lines that are not in the order, or asked twice, as validation issues", () => {
    const line = (lineId: string) => ({ lineId, quantity: 1, reason: "size" });
    expect(evaluate({}, orderInput, { lines: [line("A"), line("Z"), line("Y")] }, 0)).toEqual({
      ok: false,
      issues: [
        { path: "request.lines.1.lineId", message: "order #1001 has no line Z", code: "unknown_line" },
        { path: "request.lines.2.lineId", message: "order #1001 has no line Y", code: "unknown_line" },
      ],
    });
    expect(evaluate({}, orderInput, { lines: [line("A"), line("A")] }, 0)).toEqual({
      ok: false,
      issues: [{ path: "request.lines.1.lineId", message: "line A is requested twice", code: "custom" }],
    });
  });

  it("names the root of an input that is not an object", () => {
    const result = evaluate(null, orderInput, requestInput, 0);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.path)).toEqual(["policy"]);
  });
});

describe("evaluateParsed", () => {
  it("decides a JPY order to the yen: restocking, one shipment split over three lines, totals", () => {
    const snapshot = order(
      [
        line("A", { quantity: 2, unitPrice: jpy(1980), discount: jpy(100) }, "JPY"),
        line("B", { unitPrice: jpy(5500) }, "JPY"),
        line("C", { quantity: 3, unitPrice: jpy(980), discount: jpy(1) }, "JPY"),
      ],
      { currency: "JPY", country: "JP" },
    );
    const decision = decide(
      { fees: { restockingPercent: 10, returnShipping: { JPY: 800 } } },
      snapshot,
      {
        lines: [
          { lineId: "A", quantity: 1, reason: "size" },
          { lineId: "B", quantity: 1, reason: "changed_mind" },
          { lineId: "C", quantity: 3, reason: "size" },
        ],
      },
      afterDelivery(10),
    );
    expect(
      decision.lines.map((l) => [
        l.paid.amount,
        l.fees.restocking.amount,
        l.fees.returnShipping.amount,
        l.refundable.amount,
      ]),
    ).toEqual([
      [1930, 193, 149, 1588],
      [5500, 550, 424, 4526],
      [2939, 294, 227, 2418],
    ]);
    expect(decision.totals).toEqual({ refundable: jpy(8532), fees: jpy(1837), storeCreditBonus: jpy(0) });
    expect(decision.status).toBe("auto_approve");
    expect(EligibilityDecisionSchema.parse(decision)).toEqual(decision);
  });

  it("decides a KWD order to the fils", () => {
    const snapshot = order([line("A", { quantity: 2, unitPrice: kwd(12_345) }, "KWD")], {
      currency: "KWD",
      country: "KW",
    });
    const decision = decide(
      { fees: { restockingPercent: 12.5, returnShipping: { KWD: 1500 } } },
      snapshot,
      { lines: [{ lineId: "A", quantity: 1, reason: "size" }] },
      afterDelivery(10),
    );
    expect(decision.lines[0]!.fees).toEqual({ restocking: kwd(1543), returnShipping: kwd(1500) });
    expect(decision.lines[0]!.refundable).toEqual(kwd(9302));
    expect(decision.totals).toEqual({ refundable: kwd(9302), fees: kwd(3043), storeCreditBonus: kwd(0) });
  });

  it("sums only the lines that are not ineligible and reports the request's overall status", () => {
    const snapshot = order([line("A"), line("B", { flags: { finalSale: true } }), line("C")]);
    const lines = [
      { lineId: "A", quantity: 1, reason: "size" },
      { lineId: "B", quantity: 1, reason: "size" },
    ] as const;
    const mixed = decide({}, snapshot, { lines: [...lines] }, afterDelivery(3));
    expect(mixed.status).toBe("auto_approve");
    expect(mixed.totals.refundable.amount).toBe(1000);

    const review = decide(
      {},
      snapshot,
      { lines: [...lines, { lineId: "C", quantity: 1, reason: "defective" }] },
      afterDelivery(3),
    );
    expect(review.status).toBe("needs_review");
    expect(review.totals.refundable.amount).toBe(2000);

    const none = decide({}, snapshot, { lines: [lines[1]] }, afterDelivery(3));
    expect(none.status).toBe("ineligible");
    expect(none.totals.refundable.amount).toBe(0);
  });

  it("refuses a line that is not in the order without throwing", () => {
    const compiled = compilePolicy(defaultReturnPolicy());
    const request = ReturnRequestSchema.parse({
      lines: [{ lineId: "Z", quantity: 2, reason: "size", resolution: "refund" }],
    });
    const decision = evaluateParsed(compiled, order([line("A")]), request, afterDelivery(1));
    expect(decision.status).toBe("ineligible");
    expect(decision.lines[0]).toEqual({
      lineId: "Z",
      status: "ineligible",
      reason: "size",
      requestedQuantity: 2,
      quantity: 0,
      resolution: "refund",
      deadline: null,
      resolutions: [],
      returnless: false,
      merchantFault: false,
      evidenceRequired: "none",
      paid: { amount: 0, currency: "EUR" },
      fees: { restocking: { amount: 0, currency: "EUR" }, returnShipping: { amount: 0, currency: "EUR" } },
      refundable: { amount: 0, currency: "EUR" },
      reasons: [{ code: "unknown_line", params: { lineId: "Z" } }],
    });
  });

  it("records the policy version and label so the decision can be replayed", () => {
    const compiled = parsePolicy({ label: "Spring 2026" });
    if (!compiled.ok) throw new Error("invalid");
    const request = ReturnRequestSchema.parse({ lines: [{ lineId: "A", quantity: 1, reason: "size" }] });
    const decision = evaluateParsed(compiled.value, order([line("A")]), request, afterDelivery(1));
    expect(decision.policyVersion).toBe(compiled.value.version);
    expect(decision.policyLabel).toBe("Spring 2026");
    expect(decision.orderId).toBe("O-1");
    expect(decision.evaluatedAt).toBe("2026-03-05T12:30:00.000Z");
  });

  it("is pure: frozen inputs, the same decision every time", () => {
    const compiled = deepFreeze(compilePolicy(defaultReturnPolicy()));
    const snapshot = deepFreeze(
      order([line("A", { quantity: 2 }), line("B", { flags: { perishable: true } })], { country: "DE" }),
    );
    const request = deepFreeze(
      ReturnRequestSchema.parse({
        lines: [
          { lineId: "A", quantity: 2, reason: "size" },
          { lineId: "B", quantity: 1, reason: "defective" },
        ],
      }),
    );
    const first = evaluateParsed(compiled, snapshot, request, afterDelivery(1));
    expect(evaluateParsed(compiled, snapshot, request, afterDelivery(1))).toEqual(first);
  });
});

describe("previewEligibility", () => {
  it("shows what each line of the order allows before a reason is chosen", () => {
    const snapshot = order(
      [
        line("A", { quantity: 2 }),
        line("B", { flags: { finalSale: true } }),
        line("C", { flags: { perishable: true } }),
        line("D", { refundableQuantity: 0 }),
      ],
      { country: "CN", currency: "EUR" },
    );
    const decision = previewEligibility(compilePolicy(defaultReturnPolicy()), snapshot, afterDelivery(1), {
      recentReturnCount: 0,
    });
    expect(decision.lines.map((l) => [l.lineId, l.status, l.quantity, l.reason, l.deadline])).toEqual([
      ["A", "auto_approve", 2, null, "2026-04-03T12:30:00.000Z"],
      ["B", "auto_approve", 1, null, "2026-04-03T12:30:00.000Z"],
      ["C", "auto_approve", 1, null, "2026-03-06T12:30:00.000Z"],
      ["D", "ineligible", 0, null, "2026-04-03T12:30:00.000Z"],
    ]);
    expect(decision.lines[1]!.reasons).toEqual([
      {
        code: "legal_floor_applied",
        params: { region: "CN", days: 7, deadline: "2026-03-11T12:30:00.000Z", overrides: ["final_sale"] },
      },
    ]);
    expect(decision.lines[2]!.evidenceRequired).toBe("photo");
    expect(decision.lines[3]!.reasons).toEqual([{ code: "nothing_refundable", params: { requested: 1 } }]);
  });
});
