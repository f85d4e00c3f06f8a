import { expect } from "vitest";
import { AftersalesError } from "../errors.js";
import type { Money } from "../money/money.js";
import { paidForUnits } from "../order/lines.js";
import type { OrderLine, OrderSnapshot } from "../order/snapshot.js";
import {
  ActionCapabilitiesSchema,
  type ActionCapability,
  type ActionFailureCode,
  type AfterSalesActions,
} from "../ports/actions.js";
import { type ContractCase, expectFailure, registerContract } from "./contract-case.js";

/** What the actions contract needs to know about the platform's data. */
export interface AfterSalesActionsContractFixtures {
  /**
   * An order the platform has, as its `OrderSource` returns it, with at least one line that has a
   * refundable unit the shopper paid for (not a gift card).
   */
  readonly order: OrderSnapshot;
  /** An order id the platform does not have. */
  readonly missingOrderId: string;
  /** A return id the platform does not have. */
  readonly missingReturnId: string;
  /** A registered customer who can receive store credit. */
  readonly customerId: string;
}

/** What a factory gives {@link runAfterSalesActionsContract}. */
export interface AfterSalesActionsContractSetup {
  readonly actions: AfterSalesActions;
  readonly fixtures: AfterSalesActionsContractFixtures;
  /**
   * Reads an order back after a change. When given, the suite also checks that a refund shows on
   * the order and shrinks the refundable quantity, and that a return shows on it.
   */
  readonly readOrder?: (orderId: string) => Promise<OrderSnapshot>;
  /**
   * How many requests the adapter has sent to the platform so far (e.g. counted by the msw
   * handlers). When given, the suite checks that rejected input and unsupported actions send none.
   */
  readonly platformCalls?: () => number;
}

type Setup = AfterSalesActionsContractSetup;

interface RefundableUnit {
  readonly line: OrderLine;
  readonly amount: Money;
}

function refundableUnit(order: OrderSnapshot): RefundableUnit {
  for (const line of order.lines) {
    if (line.refundableQuantity < 1 || line.flags.giftCard) continue;
    const amount = paidForUnits(line, 1, line.quantity - line.refundableQuantity);
    if (amount.amount > 0) return { line, amount };
  }
  throw new AftersalesError(
    "invalid_fixture",
    `Contract fixture order ${order.id} has no refundable line that was paid for`,
  );
}

function supports(setup: Setup, capability: ActionCapability): boolean {
  return setup.actions.capabilities[capability];
}

function expectActionFailure(result: { readonly ok: boolean }, codes: readonly ActionFailureCode[]): void {
  const failure = expectFailure(result, "code", codes) as unknown as { message: unknown; retryable: unknown };
  expect(typeof failure.message, "failure message").toBe("string");
  expect(String(failure.message).length, "failure message").toBeGreaterThan(0);
  expect(typeof failure.retryable, "failure retryable flag").toBe("boolean");
}

/** Runs `action` and checks that it sent nothing to the platform (when the setup can count calls). */
async function withoutPlatformCall<T>(setup: Setup, action: () => Promise<T>): Promise<T> {
  const before = setup.platformCalls?.();
  const result = await action();
  if (before !== undefined) expect(setup.platformCalls!(), "requests sent to the platform").toBe(before);
  return result;
}

/** Expects `code` when the capability is on and `unsupported` (without a platform call) when it is off. */
async function expectRejected(
  setup: Setup,
  capability: ActionCapability,
  code: ActionFailureCode,
  action: () => Promise<{ readonly ok: boolean }>,
): Promise<void> {
  const result = await withoutPlatformCall(setup, action);
  expectActionFailure(result, [supports(setup, capability) ? code : "unsupported"]);
}

function unitRefund(setup: Setup, key: string) {
  const { line, amount } = refundableUnit(setup.fixtures.order);
  return {
    orderId: setup.fixtures.order.id,
    lines: [{ lineId: line.id, quantity: 1, amount }],
    amount,
    note: "Contract test refund",
    idempotencyKey: key,
  };
}

function returnRequest(setup: Setup, key: string) {
  const { line } = refundableUnit(setup.fixtures.order);
  return {
    orderId: setup.fixtures.order.id,
    lines: [{ lineId: line.id, quantity: 1, reason: "size" }],
    idempotencyKey: key,
  };
}

/** The checks of the actions contract (exported for the suite's own tests). */
export const afterSalesActionsContractCases: readonly ContractCase<Setup>[] = [
  {
    name: "declares its platform and every capability flag as a boolean",
    async run(setup) {
      expect(setup.actions.platform.length).toBeGreaterThan(0);
      const parsed = ActionCapabilitiesSchema.safeParse(setup.actions.capabilities);
      expect(parsed.success ? [] : parsed.error.issues.map((i) => i.path.join("."))).toEqual([]);
    },
  },
  {
    name: "refund: rejects a zero refund with zero_refund before calling the platform",
    async run(setup) {
      const { line } = refundableUnit(setup.fixtures.order);
      const nothing = { amount: 0, currency: setup.fixtures.order.currency };
      await expectRejected(setup, "refunds", "zero_refund", () =>
        setup.actions.refund({
          orderId: setup.fixtures.order.id,
          lines: [{ lineId: line.id, quantity: 1, amount: nothing }],
          amount: nothing,
          idempotencyKey: "contract-zero-refund",
        }),
      );
    },
  },
  {
    name: "refund: rejects line amounts that do not add up to the total with amount_mismatch before calling the platform",
    async run(setup) {
      const request = unitRefund(setup, "contract-mismatch");
      const more = { ...request.amount, amount: request.amount.amount + 1 };
      await expectRejected(setup, "refunds", "amount_mismatch", () =>
        setup.actions.refund({ ...request, amount: more }),
      );
    },
  },
  {
    name: "refund: rejects parts in different currencies with currency_mismatch before calling the platform",
    async run(setup) {
      const request = unitRefund(setup, "contract-currency");
      const other = request.amount.currency === "USD" ? "EUR" : "USD";
      await expectRejected(setup, "refunds", "currency_mismatch", () =>
        setup.actions.refund({ ...request, amount: { ...request.amount, currency: other } }),
      );
    },
  },
  {
    name: "refund: rejects malformed requests with invalid_request before calling the platform",
    async run(setup) {
      const request = unitRefund(setup, "contract-malformed");
      const negative = { ...request.amount, amount: -request.amount.amount };
      const malformed: unknown[] = [
        { ...request, idempotencyKey: " " },
        { ...request, lines: [{ ...request.lines[0]!, amount: negative }], amount: negative },
        { ...request, lines: [{ ...request.lines[0]!, quantity: 1.5 }] },
        { ...request, orderId: undefined },
      ];
      for (const input of malformed) {
        await expectRejected(setup, "refunds", "invalid_request", () =>
          setup.actions.refund(input as Parameters<AfterSalesActions["refund"]>[0]),
        );
      }
    },
  },
  {
    name: "refund: refunds a paid unit once per idempotency key and records it on the order",
    async run(setup) {
      const request = unitRefund(setup, "contract-refund-once");
      const first = await setup.actions.refund(request);
      if (!supports(setup, "refunds")) {
        expectActionFailure(first, ["unsupported"]);
        return;
      }
      if (!first.ok) expect.fail(`refund failed: ${first.code} ${first.message}`);
      expect(first.refundId.length).toBeGreaterThan(0);
      expect(first.amount).toEqual(request.amount);
      expect(await setup.actions.refund(request)).toEqual(first);
      if (!setup.readOrder) return;
      const after = await setup.readOrder(request.orderId);
      const before = setup.fixtures.order;
      expect(after.refunds.length).toBe(before.refunds.length + 1);
      const recorded = after.refunds.find((refund) => refund.id === first.refundId);
      expect(recorded?.amount).toEqual(request.amount);
      const lineId = request.lines[0]!.lineId;
      const refundable = (order: OrderSnapshot) =>
        order.lines.find((line) => line.id === lineId)!.refundableQuantity;
      expect(refundable(after)).toBe(refundable(before) - 1);
    },
  },
  {
    name: "refund: answers not_found for an unknown order",
    async run(setup) {
      const request = {
        ...unitRefund(setup, "contract-refund-missing"),
        orderId: setup.fixtures.missingOrderId,
      };
      expectActionFailure(await setup.actions.refund(request), [
        supports(setup, "refunds") ? "not_found" : "unsupported",
      ]);
    },
  },
  {
    name: "refund: refuses more units than are refundable with exceeds_refundable",
    async run(setup) {
      const request = unitRefund(setup, "contract-refund-too-many");
      const { line } = refundableUnit(setup.fixtures.order);
      const tooMany = {
        ...request,
        lines: [{ ...request.lines[0]!, quantity: line.refundableQuantity + 1 }],
      };
      expectActionFailure(await setup.actions.refund(tooMany), [
        supports(setup, "refunds") ? "exceeds_refundable" : "unsupported",
      ]);
    },
  },
  {
    name: "refund: restocks only when the platform declares restock",
    async run(setup) {
      const request = { ...unitRefund(setup, "contract-refund-restock"), restock: true };
      if (supports(setup, "refunds") && supports(setup, "restock")) {
        const result = await setup.actions.refund(request);
        if (!result.ok) expect.fail(`refund with restock failed: ${result.code} ${result.message}`);
        return;
      }
      expectActionFailure(await withoutPlatformCall(setup, () => setup.actions.refund(request)), [
        "unsupported",
      ]);
    },
  },
  {
    name: "issueCoupon: gives the same code for the same idempotency key and a new code for a new key",
    async run(setup) {
      const amount = {
        amount: refundableUnit(setup.fixtures.order).amount.amount,
        currency: setup.fixtures.order.currency,
      };
      const request = {
        amount,
        customerEmail: setup.fixtures.order.customer.email,
        idempotencyKey: "contract-coupon-1",
      };
      const first = await setup.actions.issueCoupon(request);
      if (!supports(setup, "coupons")) {
        expectActionFailure(first, ["unsupported"]);
        return;
      }
      if (!first.ok) expect.fail(`issueCoupon failed: ${first.code} ${first.message}`);
      expect(first.code.length).toBeGreaterThan(0);
      expect(await setup.actions.issueCoupon(request)).toEqual(first);
      const second = await setup.actions.issueCoupon({ percent: 10, idempotencyKey: "contract-coupon-2" });
      if (!second.ok) expect.fail(`percent coupon failed: ${second.code} ${second.message}`);
      expect(second.code).not.toBe(first.code);
      expect(second.couponId).not.toBe(first.couponId);
    },
  },
  {
    name: "issueCoupon: rejects both or neither of amount and percent, and percent over 100, before calling the platform",
    async run(setup) {
      const amount = { amount: 500, currency: setup.fixtures.order.currency };
      const bad: unknown[] = [
        { amount, percent: 10, idempotencyKey: "contract-coupon-bad-1" },
        { idempotencyKey: "contract-coupon-bad-2" },
        { percent: 150, idempotencyKey: "contract-coupon-bad-3" },
        { amount: { ...amount, amount: 0 }, idempotencyKey: "contract-coupon-bad-4" },
      ];
      for (const input of bad) {
        await expectRejected(setup, "coupons", "invalid_request", () =>
          setup.actions.issueCoupon(input as Parameters<AfterSalesActions["issueCoupon"]>[0]),
        );
      }
    },
  },
  {
    name: "issueStoreCredit: credits once per idempotency key and refuses zero before calling the platform",
    async run(setup) {
      const amount = { amount: 1000, currency: setup.fixtures.order.currency };
      await expectRejected(setup, "storeCredit", "invalid_request", () =>
        setup.actions.issueStoreCredit({
          customerId: setup.fixtures.customerId,
          amount: { ...amount, amount: 0 },
          idempotencyKey: "contract-credit-zero",
        }),
      );
      const request = { customerId: setup.fixtures.customerId, amount, idempotencyKey: "contract-credit-1" };
      const first = await setup.actions.issueStoreCredit(request);
      if (!supports(setup, "storeCredit")) {
        expectActionFailure(first, ["unsupported"]);
        return;
      }
      if (!first.ok) expect.fail(`issueStoreCredit failed: ${first.code} ${first.message}`);
      expect(first.amount).toEqual(amount);
      expect(await setup.actions.issueStoreCredit(request)).toEqual(first);
    },
  },
  {
    name: "addOrderNote: adds a note once per idempotency key and refuses an empty body before calling the platform",
    async run(setup) {
      const orderId = setup.fixtures.order.id;
      await expectRejected(setup, "orderNotes", "invalid_request", () =>
        setup.actions.addOrderNote({
          orderId,
          body: "  ",
          customerVisible: false,
          idempotencyKey: "contract-note-empty",
        }),
      );
      const request = {
        orderId,
        body: "Case opened: wrong size",
        customerVisible: false,
        idempotencyKey: "contract-note-1",
      };
      const first = await setup.actions.addOrderNote(request);
      if (!supports(setup, "orderNotes")) {
        expectActionFailure(first, ["unsupported"]);
        return;
      }
      if (!first.ok) expect.fail(`addOrderNote failed: ${first.code} ${first.message}`);
      expect(await setup.actions.addOrderNote(request)).toEqual(first);
      const missing = {
        ...request,
        orderId: setup.fixtures.missingOrderId,
        idempotencyKey: "contract-note-2",
      };
      expectActionFailure(await setup.actions.addOrderNote(missing), ["not_found"]);
    },
  },
  {
    name: "createReturn and approveReturn: open a return once per idempotency key",
    async run(setup) {
      const request = returnRequest(setup, "contract-return-1");
      const created = await setup.actions.createReturn(request);
      if (!supports(setup, "platformReturns")) {
        expectActionFailure(created, ["unsupported"]);
        const approve = { returnId: setup.fixtures.missingReturnId, idempotencyKey: "contract-approve-1" };
        expectActionFailure(await withoutPlatformCall(setup, () => setup.actions.approveReturn(approve)), [
          "unsupported",
        ]);
        return;
      }
      if (!created.ok) expect.fail(`createReturn failed: ${created.code} ${created.message}`);
      expect(created.status).toBe("requested");
      expect(await setup.actions.createReturn(request)).toEqual(created);
      const approve = { returnId: created.returnId, idempotencyKey: "contract-approve-1" };
      const approved = await setup.actions.approveReturn(approve);
      expect(approved).toEqual({ ok: true, returnId: created.returnId, status: "open" });
      expect(await setup.actions.approveReturn(approve)).toEqual(approved);
      if (!setup.readOrder) return;
      const after = await setup.readOrder(request.orderId);
      expect(after.returns.find((entry) => entry.id === created.returnId)?.status).toBe("open");
    },
  },
  {
    name: "declineReturn: declines a requested return, which then cannot be approved",
    async run(setup) {
      const decline = {
        returnId: setup.fixtures.missingReturnId,
        reason: "final_sale" as const,
        idempotencyKey: "contract-decline-1",
      };
      if (!supports(setup, "platformReturns")) {
        expectActionFailure(await withoutPlatformCall(setup, () => setup.actions.declineReturn(decline)), [
          "unsupported",
        ]);
        return;
      }
      const created = await setup.actions.createReturn(returnRequest(setup, "contract-return-2"));
      if (!created.ok) expect.fail(`createReturn failed: ${created.code} ${created.message}`);
      const declined = await setup.actions.declineReturn({ ...decline, returnId: created.returnId });
      expect(declined).toEqual({ ok: true, returnId: created.returnId, status: "declined" });
      const approve = { returnId: created.returnId, idempotencyKey: "contract-approve-2" };
      expectActionFailure(await setup.actions.approveReturn(approve), ["invalid_state"]);
    },
  },
  {
    name: "approveReturn and declineReturn: answer not_found for an unknown return",
    async run(setup) {
      const code = supports(setup, "platformReturns") ? "not_found" : "unsupported";
      const returnId = setup.fixtures.missingReturnId;
      expectActionFailure(
        await setup.actions.approveReturn({ returnId, idempotencyKey: "contract-approve-3" }),
        [code],
      );
      expectActionFailure(
        await setup.actions.declineReturn({
          returnId,
          reason: "other",
          idempotencyKey: "contract-decline-3",
        }),
        [code],
      );
    },
  },
];

/**
 * Registers the `AfterSalesActions` contract as vitest tests: capabilities declared and respected
 * (`unsupported` values otherwise), zero and mismatched refunds rejected before any platform call,
 * idempotent refunds, coupons, store credit, notes and returns, `not_found`/`invalid_state` values.
 * Every adapter calls it in its own test file; `makeActions` runs once per test.
 */
export function runAfterSalesActionsContract(
  name: string,
  makeActions: () => Promise<AfterSalesActionsContractSetup> | AfterSalesActionsContractSetup,
): void {
  registerContract(`AfterSalesActions contract: ${name}`, afterSalesActionsContractCases, makeActions);
}
