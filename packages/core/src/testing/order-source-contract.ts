import { expect } from "vitest";
import type { Money } from "../money/money.js";
import { type OrderSnapshot, OrderSnapshotSchema } from "../order/snapshot.js";
import {
  normalizeEmail,
  normalizeOrderNumber,
  type OrderLookup,
  type OrderSource,
} from "../ports/order-source.js";
import { validate } from "../validation.js";
import { type ContractCase, expectFailure, registerContract } from "./contract-case.js";

/** What the order-source contract needs to know about the platform's data. */
export interface OrderSourceContractFixtures {
  /** An order the source has, with the number and email a shopper would type. */
  readonly existingOrder: { readonly id: string; readonly number: string; readonly email: string };
  /** An order number the source does not have. */
  readonly missingNumber: string;
  /** An order id the source does not have (in the platform's id format). */
  readonly missingId: string;
}

/** What a factory gives {@link runOrderSourceContract}: a fresh source and its fixtures. */
export interface OrderSourceContractSetup {
  readonly source: OrderSource;
  readonly fixtures: OrderSourceContractFixtures;
}

const OTHER_EMAIL = "someone.else@example.invalid";

function expectFound(lookup: OrderLookup, what: string): OrderSnapshot {
  if (!lookup.ok) expect.fail(`${what}: expected the order, got ${lookup.reason}`);
  return lookup.order;
}

function expectNotFoundValue(lookup: OrderLookup, reasons: readonly string[]): void {
  const failure = expectFailure(lookup, "reason", reasons);
  expect(failure, "a failed lookup must not carry an order").not.toHaveProperty("order");
  if (failure.retryable !== undefined) expect(failure.retryable).toBe(false);
}

/** Every `{ amount, currency }` object anywhere inside a value, with its path. */
function moneyIn(value: unknown, path = ""): { path: string; money: Money }[] {
  if (value === null || typeof value !== "object") return [];
  const record = value as Record<string, unknown>;
  if (typeof record.amount === "number" && typeof record.currency === "string") {
    return [{ path, money: record as unknown as Money }];
  }
  return Object.entries(record).flatMap(([key, inner]) => moneyIn(inner, path ? `${path}.${key}` : key));
}

async function existing(setup: OrderSourceContractSetup): Promise<OrderSnapshot> {
  return expectFound(
    await setup.source.getOrder(setup.fixtures.existingOrder.id),
    "getOrder(existingOrder.id)",
  );
}

/** The checks of the order-source contract (exported for the suite's own tests). */
export const orderSourceContractCases: readonly ContractCase<OrderSourceContractSetup>[] = [
  {
    name: "finds an order by its id, with its number and the source's platform",
    async run(setup) {
      const order = await existing(setup);
      expect(order.id).toBe(setup.fixtures.existingOrder.id);
      expect(normalizeOrderNumber(order.number)).toBe(
        normalizeOrderNumber(setup.fixtures.existingOrder.number),
      );
      expect(normalizeEmail(order.customer.email)).toBe(normalizeEmail(setup.fixtures.existingOrder.email));
      expect(order.platform).toBe(setup.source.platform);
    },
  },
  {
    name: "returns snapshots that pass OrderSnapshotSchema with its defaults applied",
    async run(setup) {
      const order = await existing(setup);
      const result = validate(OrderSnapshotSchema, order);
      expect(result.ok ? [] : result.issues).toEqual([]);
      if (result.ok) expect(order).toEqual(result.value);
    },
  },
  {
    name: "keeps every refundable quantity between zero and the units not yet refunded",
    async run(setup) {
      const order = await existing(setup);
      for (const line of order.lines) {
        const refunded = order.refunds
          .flatMap((refund) => refund.lines)
          .filter((refundLine) => refundLine.lineId === line.id)
          .reduce((total, refundLine) => total + refundLine.quantity, 0);
        expect(line.refundableQuantity, `line ${line.id}`).toBeGreaterThanOrEqual(0);
        expect(
          line.refundableQuantity + refunded,
          `line ${line.id}: refundable + refunded`,
        ).toBeLessThanOrEqual(line.quantity);
      }
      const lineIds = new Set(order.lines.map((line) => line.id));
      for (const part of [...order.refunds, ...order.returns].flatMap((entry) => entry.lines)) {
        expect(lineIds, "refunds and returns name lines of the order").toContain(part.lineId);
      }
    },
  },
  {
    name: "states all money in the order currency and never refunds more than the total",
    async run(setup) {
      const order = await existing(setup);
      const foreign = moneyIn(order).filter(({ money }) => money.currency !== order.currency);
      expect(foreign.map(({ path, money }) => `${path}: ${money.currency}`)).toEqual([]);
      const refunded = order.refunds.reduce((total, refund) => total + refund.amount.amount, 0);
      expect(refunded).toBeLessThanOrEqual(order.total.amount);
    },
  },
  {
    name: "finds the same order by number and email as by id",
    async run(setup) {
      const { number, email } = setup.fixtures.existingOrder;
      const byNumber = expectFound(
        await setup.source.findOrder({ number, email }),
        "findOrder(number, email)",
      );
      expect(byNumber).toEqual(await existing(setup));
    },
  },
  {
    name: "compares the email trimmed and case-insensitively",
    async run(setup) {
      const { id, number, email } = setup.fixtures.existingOrder;
      for (const typed of [` ${email.toUpperCase()} `, `\t${email.toLowerCase()}\n`]) {
        const order = expectFound(
          await setup.source.findOrder({ number, email: typed }),
          `email ${JSON.stringify(typed)}`,
        );
        expect(order.id).toBe(id);
      }
    },
  },
  {
    name: "tolerates a leading '#', whitespace and letter case in the order number",
    async run(setup) {
      const { id, number, email } = setup.fixtures.existingOrder;
      const bare = normalizeOrderNumber(number);
      for (const typed of [bare, `#${bare}`, ` # ${bare} `, `#${bare.toLowerCase()}`]) {
        const order = expectFound(
          await setup.source.findOrder({ number: typed, email }),
          `number ${JSON.stringify(typed)}`,
        );
        expect(order.id).toBe(id);
      }
    },
  },
  {
    name: "refuses a wrong email without revealing the order",
    async run(setup) {
      const { number } = setup.fixtures.existingOrder;
      expectNotFoundValue(await setup.source.findOrder({ number, email: OTHER_EMAIL }), [
        "email_mismatch",
        "not_found",
      ]);
    },
  },
  {
    name: "answers not_found for an unknown number, whatever the email",
    async run(setup) {
      const { email } = setup.fixtures.existingOrder;
      const number = setup.fixtures.missingNumber;
      expectNotFoundValue(await setup.source.findOrder({ number, email }), ["not_found"]);
      expectNotFoundValue(await setup.source.findOrder({ number, email: OTHER_EMAIL }), ["not_found"]);
    },
  },
  {
    name: "answers not_found for an unknown id",
    async run(setup) {
      expectNotFoundValue(await setup.source.getOrder(setup.fixtures.missingId), ["not_found"]);
    },
  },
  {
    name: "answers empty input with a value instead of throwing",
    async run(setup) {
      expectNotFoundValue(await setup.source.findOrder({ number: "", email: "" }), ["not_found"]);
      expectNotFoundValue(
        await setup.source.findOrder({ number: " # ", email: setup.fixtures.existingOrder.email }),
        ["not_found"],
      );
      expectNotFoundValue(await setup.source.getOrder(""), ["not_found"]);
    },
  },
  {
    name: "hands out copies: changing a returned snapshot changes nothing in the source",
    async run(setup) {
      const first = await existing(setup);
      const pristine = structuredClone(first);
      try {
        first.lines[0]!.refundableQuantity = 0;
        first.lines[0]!.title = "changed by the caller";
        first.refunds.push({ id: "caller", createdAt: first.placedAt, amount: first.total, lines: [] });
      } catch {
        // A frozen snapshot refuses the change, which is just as good.
      }
      expect(await existing(setup)).toEqual(pristine);
    },
  },
];

/**
 * Registers the `OrderSource` contract as vitest tests: lookups by id and by number + email
 * (trimmed, case-insensitive, '#' tolerant), `not_found` and `email_mismatch` as values, snapshots
 * that pass `OrderSnapshotSchema`, refundable quantities within bounds and one currency throughout.
 * Every adapter calls it in its own test file; `makeSource` runs once per test.
 *
 * @example
 * runOrderSourceContract("shopify", async () => ({ source: createShopifyOrderSource(client), fixtures }));
 */
export function runOrderSourceContract(
  name: string,
  makeSource: () => Promise<OrderSourceContractSetup> | OrderSourceContractSetup,
): void {
  registerContract(`OrderSource contract: ${name}`, orderSourceContractCases, makeSource);
}
