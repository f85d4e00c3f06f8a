import { runAfterSalesActionsContract } from "@aftersales/core/testing";
import { beforeEach, describe, expect, it } from "vitest";
import { createShopifyOrderSource } from "../order/order-source.js";
import { APP_SCOPES, FAKE_REASON_DEFINITIONS } from "../testing/fake-admin-api.js";
import { ANNA, seedOrder1001 } from "../testing/fixtures.js";
import { setupFakeShop } from "../testing/msw.js";
import { createShopifyActions } from "./actions.js";
import { capabilitiesFromScopes } from "./capabilities.js";

const fake = setupFakeShop();
const ORDER = "gid://shopify/Order/450789469";
const SHIRT = "gid://shopify/LineItem/466157049";
const NOW = "2026-03-01T10:00:00.000Z";

async function setup(scopes: readonly string[]) {
  const shop = fake.reset();
  shop.grantedScopes = [...scopes];
  seedOrder1001(shop);
  const client = fake.client();
  const source = createShopifyOrderSource({ client });
  const order = await source.getOrder(ORDER);
  if (!order.ok) throw new Error(order.reason);
  return {
    actions: createShopifyActions({ client, scopes, now: () => NOW }),
    fixtures: {
      order: order.order,
      missingOrderId: "gid://shopify/Order/1",
      missingReturnId: "gid://shopify/Return/1",
      customerId: ANNA.id,
    },
    readOrder: async (id: string) => {
      const found = await source.getOrder(id);
      if (!found.ok) throw new Error(found.reason);
      return found.order;
    },
    platformCalls: () => shop.calls.length,
  };
}

runAfterSalesActionsContract("shopify (all app scopes)", () => setup(APP_SCOPES));
runAfterSalesActionsContract("shopify (returns and discounts only)", () =>
  setup(["read_customers", "read_products", "read_orders", "write_returns", "write_discounts"]),
);

describe("Shopify actions", () => {
  beforeEach(() => {
    fake.reset();
    seedOrder1001(fake.shop);
  });
  const actions = () =>
    createShopifyActions({
      client: fake.client(),
      scopes: APP_SCOPES,
      now: () => NOW,
      restockLocationId: "gid://shopify/Location/1",
    });

  it("derives capability flags from the granted scopes", () => {
    expect(capabilitiesFromScopes(APP_SCOPES)).toEqual({
      platformReturns: true,
      refunds: true,
      refundsToOriginalPayment: true,
      storeCredit: true,
      coupons: true,
      orderNotes: true,
      restock: true,
      orderStatus: true,
    });
    expect(capabilitiesFromScopes(["write_returns"])).toEqual({
      platformReturns: true,
      refunds: false,
      refundsToOriginalPayment: false,
      storeCredit: false,
      coupons: false,
      orderNotes: false,
      restock: false,
      orderStatus: false,
    });
  });

  it("requests a return with Shopify's reason definition for our reason code and the shopper's note", async () => {
    const result = await actions().createReturn({
      orderId: ORDER,
      lines: [{ lineId: SHIRT, quantity: 1, reason: "size", note: "Too tight on the shoulders" }],
      idempotencyKey: "case-1-return",
    });
    expect(result).toMatchObject({ ok: true, status: "requested" });
    const call = fake.shop.calls.find((c) => c.operationName === "ReturnRequest")!;
    expect(call.variables).toEqual({
      input: {
        orderId: ORDER,
        returnLineItems: [
          {
            fulfillmentLineItemId: "gid://shopify/FulfillmentLineItem/1001",
            quantity: 1,
            returnReasonDefinitionId: FAKE_REASON_DEFINITIONS.find((d) => d.handle === "size-too-small")!.id,
            customerNote: "Too tight on the shoulders",
          },
        ],
      },
    });
  });

  it("sends an unknown reason code as Shopify's 'other' with the code in the note", async () => {
    await actions().createReturn({
      orderId: ORDER,
      lines: [{ lineId: SHIRT, quantity: 1, reason: "smells_odd" }],
      idempotencyKey: "case-2-return",
    });
    const call = fake.shop.calls.find((c) => c.operationName === "ReturnRequest")!;
    expect((call.variables.input as { returnLineItems: unknown[] }).returnLineItems).toEqual([
      {
        fulfillmentLineItemId: "gid://shopify/FulfillmentLineItem/1001",
        quantity: 1,
        returnReasonDefinitionId: FAKE_REASON_DEFINITIONS.find((d) => d.handle === "other")!.id,
        customerNote: "Reason: smells_odd",
      },
    ]);
  });

  it("declines with the matching Shopify decline reason and cuts the note to Shopify's 500 characters", async () => {
    const a = actions();
    const created = await a.createReturn({
      orderId: ORDER,
      lines: [{ lineId: SHIRT, quantity: 1 }],
      idempotencyKey: "r",
    });
    if (!created.ok) throw new Error(created.message);
    const declined = await a.declineReturn({
      returnId: created.returnId,
      reason: "window_expired",
      note: "x".repeat(600),
      idempotencyKey: "d",
    });
    expect(declined).toEqual({ ok: true, returnId: created.returnId, status: "declined" });
    expect(fake.shop.returns.get(created.returnId)!.decline).toEqual({
      reason: "RETURN_PERIOD_ENDED",
      note: "x".repeat(500),
    });
  });

  it("processes an approved return with returnProcess: restocks at the location and refunds the payment", async () => {
    const a = actions();
    const created = await a.createReturn({
      orderId: ORDER,
      lines: [{ lineId: SHIRT, quantity: 2 }],
      idempotencyKey: "r2",
    });
    if (!created.ok) throw new Error(created.message);
    await a.approveReturn({ returnId: created.returnId, idempotencyKey: "a2" });
    const amount = { amount: 3595, currency: "EUR" };
    const refund = await a.refund({
      orderId: ORDER,
      returnId: created.returnId,
      lines: [{ lineId: SHIRT, quantity: 1, amount }],
      amount,
      restock: true,
      idempotencyKey: "refund-r2",
    });
    expect(refund).toMatchObject({ ok: true, amount });
    const call = fake.shop.calls.find((c) => c.operationName === "ReturnProcess")!;
    const returnLine = fake.shop.returns.get(created.returnId)!.lines[0]!;
    expect(call.variables).toEqual({
      input: {
        returnId: created.returnId,
        notifyCustomer: false,
        returnLineItems: [
          {
            id: returnLine.id,
            quantity: 1,
            dispositions: [
              {
                reverseFulfillmentOrderLineItemId: returnLine.id.replace(
                  "ReturnLineItem",
                  "ReverseFulfillmentOrderLineItem",
                ),
                quantity: 1,
                dispositionType: "RESTOCKED",
                locationId: "gid://shopify/Location/1",
              },
            ],
          },
        ],
        financialTransfer: {
          issueRefund: {
            orderTransactions: [
              {
                parentId: "gid://shopify/OrderTransaction/389404469",
                transactionAmount: { amount: "35.95", currencyCode: "EUR" },
              },
            ],
          },
        },
      },
    });
    expect(fake.shop.calls.map((c) => c.operationName)).not.toContain("ReturnRefund");
    expect(returnLine.refundedQuantity).toBe(1);
  });

  it("refunds outside a return with refundCreate, Shopify's idempotency key and the payment as parent", async () => {
    const amount = { amount: 1405, currency: "EUR" };
    const refund = await actions().refund({
      orderId: ORDER,
      lines: [{ lineId: "gid://shopify/LineItem/518995019", quantity: 1, amount }],
      amount,
      note: "Damaged print",
      idempotencyKey: "goodwill-7",
    });
    expect(refund).toMatchObject({ ok: true, amount, createdAt: NOW });
    const call = fake.shop.calls.find((c) => c.operationName === "RefundCreate")!;
    expect(call.variables.idempotencyKey).toMatch(/^aftersales-refund-[0-9a-f]{48}$/);
    expect(call.variables.input).toEqual({
      orderId: ORDER,
      currency: "EUR",
      notify: false,
      note: "Damaged print",
      refundLineItems: [
        { lineItemId: "gid://shopify/LineItem/518995019", quantity: 1, restockType: "NO_RESTOCK" },
      ],
      transactions: [
        {
          orderId: ORDER,
          parentId: "gid://shopify/OrderTransaction/389404469",
          gateway: "shopify_payments",
          kind: "REFUND",
          amount: "14.05",
        },
      ],
    });
  });

  it("refuses a reused idempotency key with a different request", async () => {
    const a = actions();
    await a.issueCoupon({ percent: 10, idempotencyKey: "k" });
    expect(await a.issueCoupon({ percent: 20, idempotencyKey: "k" })).toMatchObject({
      ok: false,
      code: "idempotency_key_reused",
    });
  });

  it("creates a 10% code from the key, and a retry after a lost answer finds the same discount", async () => {
    const first = await actions().issueCoupon({
      percent: 10,
      title: "Sorry for the delay",
      idempotencyKey: "complaint-9",
    });
    if (!first.ok) throw new Error(first.message);
    expect(first.code).toMatch(/^AS-[A-Z2-9]{10}$/);
    const created = fake.shop.discounts.get(first.code)!;
    expect(created.input).toEqual({
      title: "Sorry for the delay",
      code: first.code,
      startsAt: NOW,
      usageLimit: 1,
      appliesOncePerCustomer: true,
      context: { all: "ALL" },
      customerGets: { items: { all: true }, value: { percentage: 0.1 } },
    });
    // A new process without the first answer (fresh idempotency memory) asks again.
    const retry = await actions().issueCoupon({
      percent: 10,
      title: "Sorry for the delay",
      idempotencyKey: "complaint-9",
    });
    expect(retry).toEqual(first);
    expect(fake.shop.discounts.size).toBe(1);
  });

  it("credits store credit and reports the balance in minor units", async () => {
    const a = actions();
    await a.issueStoreCredit({
      customerId: ANNA.id,
      amount: { amount: 500, currency: "EUR" },
      idempotencyKey: "c1",
    });
    const second = await a.issueStoreCredit({
      customerId: "207119551",
      amount: { amount: 1250, currency: "EUR" },
      idempotencyKey: "c2",
    });
    expect(second).toMatchObject({
      ok: true,
      amount: { amount: 1250, currency: "EUR" },
      balance: { amount: 1750, currency: "EUR" },
    });
    expect(
      await a.issueStoreCredit({
        customerId: "gid://shopify/Customer/5",
        amount: { amount: 1, currency: "EUR" },
        idempotencyKey: "c3",
      }),
    ).toMatchObject({ ok: false, code: "not_found" });
  });

  it("appends notes to the order note without losing the merchant's text, once per key", async () => {
    fake.shop.orders.get(ORDER)!.note = "Gift wrap please";
    const a = actions();
    await a.addOrderNote({
      orderId: ORDER,
      body: "Return requested: size",
      customerVisible: false,
      idempotencyKey: "n1",
    });
    await createShopifyActions({ client: fake.client(), scopes: APP_SCOPES }).addOrderNote({
      orderId: ORDER,
      body: "Return requested: size",
      customerVisible: false,
      idempotencyKey: "n1",
    });
    await a.addOrderNote({
      orderId: ORDER,
      body: "Refunded 35.95 EUR",
      customerVisible: true,
      idempotencyKey: "n2",
    });
    const note = fake.shop.orders.get(ORDER)!.note!;
    expect(note.split("\n\n")).toHaveLength(3);
    expect(note).toMatch(
      /^Gift wrap please\n\n\[aftersales [A-Z2-9]{10}\] Return requested: size\n\n\[aftersales [A-Z2-9]{10}\] \(told the customer\) Refunded 35.95 EUR$/,
    );
  });

  it("cancels, closes and reopens returns, and reports an impossible step as invalid_state", async () => {
    const a = actions();
    const created = await a.createReturn({
      orderId: ORDER,
      lines: [{ lineId: SHIRT, quantity: 1 }],
      idempotencyKey: "r3",
    });
    if (!created.ok) throw new Error(created.message);
    expect(await a.closeReturn(created.returnId)).toMatchObject({ ok: false, code: "invalid_state" });
    await a.approveReturn({ returnId: created.returnId, idempotencyKey: "a3" });
    expect(await a.closeReturn(created.returnId)).toEqual({
      ok: true,
      returnId: created.returnId,
      status: "closed",
    });
    expect(await a.reopenReturn(created.returnId)).toEqual({
      ok: true,
      returnId: created.returnId,
      status: "open",
    });
    expect(await a.cancelReturn(created.returnId)).toEqual({
      ok: true,
      returnId: created.returnId,
      status: "cancelled",
    });
  });

  it("maps ACCESS_DENIED to unauthorized when a scope was revoked after the flags were read", async () => {
    fake.shop.grantedScopes = fake.shop.grantedScopes.filter((s) => s !== "write_discounts");
    expect(await actions().issueCoupon({ percent: 5, idempotencyKey: "z" })).toMatchObject({
      ok: false,
      code: "unauthorized",
      retryable: false,
    });
  });
});
