import type { OrderSnapshot } from "@aftersales/core";
import { runAfterSalesActionsContract } from "@aftersales/core/testing";
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { createWooCommerceClient } from "../client/client.js";
import { createWooCommerceOrderSource } from "../order/order-source.js";
import { createFakeStore, type FakeStore } from "../testing/fake-store.js";
import { API, SHOP_URL, startMockWooCommerce, wpError } from "../testing/msw.js";
import { createWooCommerceActions, type WooCommerceActionsOptions } from "./actions.js";
import { couponCode } from "./coupon-code.js";

const mock = startMockWooCommerce();

function setup(options: Partial<WooCommerceActionsOptions> = {}, store: FakeStore = createFakeStore()) {
  mock.use(...store.handlers);
  const client = createWooCommerceClient({
    url: SHOP_URL,
    consumerKey: "ck_test",
    consumerSecret: "cs_test",
    retry: { retries: 0 },
    sleep: async () => {},
  });
  const source = createWooCommerceOrderSource(client);
  const actions = createWooCommerceActions(client, source, {
    couponSecret: "coupon-secret",
    orderStatusTargets: ["completed", "cancelled"],
    ...options,
  });
  const readOrder = async (orderId: string): Promise<OrderSnapshot> => {
    const lookup = await source.getOrder(orderId);
    if (!lookup.ok) throw new Error(`order ${orderId}: ${lookup.reason}`);
    return lookup.order;
  };
  const posts = (path: string) => store.requests.filter((r) => r.method === "POST" && r.path === path);
  return { store, source, actions, readOrder, posts };
}

runAfterSalesActionsContract("woocommerce", async () => {
  const { actions, readOrder, store } = setup();
  const order = await readOrder("723");
  return {
    actions,
    readOrder,
    platformCalls: () => store.requests.length,
    fixtures: { order, missingOrderId: "999999", missingReturnId: "1", customerId: "26" },
  };
});

runAfterSalesActionsContract("woocommerce (gateway refunds, no restock, coupons and notes off)", async () => {
  const { actions, readOrder, store } = setup({
    gatewayRefunds: true,
    restock: false,
    coupons: false,
    orderNotes: false,
  });
  return {
    actions,
    readOrder,
    platformCalls: () => store.requests.length,
    fixtures: {
      order: await readOrder("727"),
      missingOrderId: "999999",
      missingReturnId: "1",
      customerId: "26",
    },
  };
});

const usd = (amount: number) => ({ amount, currency: "USD" });

describe("refunds", () => {
  it("records a refund without the gateway by default, and does not restock unless asked (WooCommerce defaults both to true)", async () => {
    const { actions, posts } = setup();
    const result = await actions.refund({
      orderId: "723",
      lines: [{ lineId: "313", quantity: 1, amount: usd(2000) }],
      amount: usd(2000),
      note: "Wrong size",
      idempotencyKey: "r-1",
    });
    expect(result).toEqual({
      ok: true,
      refundId: "5002",
      amount: usd(2000),
      createdAt: "2026-03-02T10:00:00.000Z",
    });
    expect(posts("orders/723/refunds").map((r) => r.body)).toEqual([
      {
        amount: "20.00",
        reason: "Wrong size",
        api_refund: false,
        api_restock: false,
        line_items: [{ id: 313, quantity: 1, refund_total: "20.00", refund_tax: [] }],
        meta_data: [{ key: "aftersales_idempotency_key", value: "r-1" }],
      },
    ]);
  });

  it("refunds through the payment gateway when the merchant turned it on, and restocks when asked", async () => {
    const { actions, posts, store } = setup({ gatewayRefunds: true });
    expect(actions.capabilities.refundsToOriginalPayment).toBe(true);
    const result = await actions.refund({
      orderId: "723",
      lines: [{ lineId: "313", quantity: 1, amount: usd(2000) }],
      amount: usd(2000),
      restock: true,
      idempotencyKey: "r-2",
    });
    expect(result.ok).toBe(true);
    expect(posts("orders/723/refunds")[0]?.body).toMatchObject({ api_refund: true, api_restock: true });
    expect(store.restocked.get(34)).toBe(1);
  });

  it("splits a tax-inclusive line amount into refund_total and per-rate refund_tax that add up exactly", async () => {
    const { actions, posts } = setup();
    const result = await actions.refund({
      orderId: "727",
      lines: [
        { lineId: "315", quantity: 0, amount: usd(500) },
        { lineId: "316", quantity: 1, amount: usd(1290) },
      ],
      shipping: usd(1000),
      amount: usd(2790),
      idempotencyKey: "r-3",
    });
    expect(result.ok).toBe(true);
    expect(posts("orders/727/refunds")[0]?.body).toMatchObject({
      amount: "27.90",
      line_items: [
        { id: 315, quantity: 0, refund_total: "4.65", refund_tax: [{ id: 75, refund_total: "0.35" }] },
        { id: 316, quantity: 1, refund_total: "12.00", refund_tax: [{ id: 75, refund_total: "0.90" }] },
        { id: 317, quantity: 0, refund_total: "10.00", refund_tax: [] },
      ],
    });
  });

  it("finds the refund an earlier process made with the same key instead of paying twice", async () => {
    const store = createFakeStore();
    const request = {
      orderId: "723",
      lines: [{ lineId: "313", quantity: 1, amount: usd(2000) }],
      amount: usd(2000),
      idempotencyKey: "r-4",
    };
    const first = await setup({}, store).actions.refund(request);
    const again = await setup({}, store).actions.refund(request);
    expect(again).toEqual(first);
    expect(store.requests.filter((r) => r.method === "POST")).toHaveLength(1);
  });

  it("refuses a key reused for a different refund", async () => {
    const { actions } = setup();
    await actions.refund({
      orderId: "723",
      lines: [{ lineId: "313", quantity: 1, amount: usd(2000) }],
      amount: usd(2000),
      idempotencyKey: "r-5",
    });
    const other = await actions.refund({
      orderId: "723",
      lines: [{ lineId: "313", quantity: 0, amount: usd(100) }],
      amount: usd(100),
      idempotencyKey: "r-5",
    });
    expect(other).toMatchObject({ ok: false, code: "idempotency_key_reused" });
  });

  it("refuses a refund in another currency than the order's before calling the platform", async () => {
    const { actions, posts } = setup();
    const result = await actions.refund({
      orderId: "1042",
      lines: [{ lineId: "316", quantity: 1, amount: usd(1290) }],
      amount: usd(1290),
      idempotencyKey: "r-6",
    });
    expect(result).toMatchObject({
      ok: false,
      code: "currency_mismatch",
      message: "Order 1042 is in EUR, the refund in USD",
    });
    expect(posts("orders/1042/refunds")).toEqual([]);
  });

  it("refuses more money than a line has left, and more than the order has left", async () => {
    const { actions } = setup();
    expect(
      await actions.refund({
        orderId: "723",
        lines: [{ lineId: "313", quantity: 0, amount: usd(2001) }],
        amount: usd(2001),
        idempotencyKey: "r-7",
      }),
    ).toMatchObject({
      ok: false,
      code: "exceeds_refundable",
      message: "Line 313 has 20.00 USD left to refund; 20.01 requested",
    });
    expect(
      await actions.refund({
        orderId: "723",
        lines: [{ lineId: "311", quantity: 0, amount: usd(1) }],
        amount: usd(1),
        idempotencyKey: "r-8",
      }),
    ).toMatchObject({
      ok: false,
      code: "exceeds_refundable",
      message: "Line 311 has 0.00 USD left to refund; 0.01 requested",
    });
    expect(
      await actions.refund({
        orderId: "723",
        lines: [{ lineId: "999", quantity: 1, amount: usd(1) }],
        amount: usd(1),
        idempotencyKey: "r-9",
      }),
    ).toMatchObject({
      ok: false,
      code: "not_found",
      message: "Order 723 has no line 999",
    });
  });

  it("answers not_found when the refunds endpoint says HTTP 500 with data 404", async () => {
    const { actions } = setup();
    mock.use(
      http.post(`${API}/orders/727/refunds`, () =>
        wpError("woocommerce_rest_invalid_order_id", "Invalid order ID.", 404, 500),
      ),
    );
    expect(
      await actions.refund({
        orderId: "727",
        lines: [{ lineId: "316", quantity: 1, amount: usd(1290) }],
        amount: usd(1290),
        idempotencyKey: "r-10",
      }),
    ).toEqual({
      ok: false,
      code: "not_found",
      message:
        "WooCommerce answered POST orders/727/refunds with HTTP 500 (meaning 404) woocommerce_rest_invalid_order_id: Invalid order ID.",
      retryable: false,
    });
  });

  it("answers exceeds_refundable for wc_create_refund's 'Invalid refund amount.' (HTTP 500, data 500)", async () => {
    const { actions } = setup();
    mock.use(
      http.post(`${API}/orders/727/refunds`, () =>
        wpError("woocommerce_rest_cannot_create_order_refund", "Invalid refund amount.", 500, 500),
      ),
    );
    const result = await actions.refund({
      orderId: "727",
      lines: [{ lineId: "316", quantity: 1, amount: usd(1290) }],
      amount: usd(1290),
      idempotencyKey: "r-11",
    });
    expect(result).toMatchObject({ ok: false, code: "exceeds_refundable", retryable: false });
  });

  it("answers a gateway's refusal as a final platform_error and sends the refund once", async () => {
    const { actions, posts } = setup({ gatewayRefunds: true });
    let calls = 0;
    mock.use(
      http.post(`${API}/orders/727/refunds`, () => {
        calls++;
        return wpError(
          "woocommerce_rest_cannot_create_order_refund",
          "Refund failed: card expired",
          500,
          500,
        );
      }),
    );
    const result = await actions.refund({
      orderId: "727",
      lines: [{ lineId: "316", quantity: 1, amount: usd(1290) }],
      amount: usd(1290),
      idempotencyKey: "r-12",
    });
    expect(result).toMatchObject({ ok: false, code: "platform_error", retryable: false });
    expect([calls, posts("orders/727/refunds").length]).toEqual([1, 0]);
  });

  it("answers an outage during the refund POST as retryable without repeating the POST (the key finds it later)", async () => {
    const { actions } = setup();
    let calls = 0;
    mock.use(
      http.post(`${API}/orders/727/refunds`, () => {
        calls++;
        return new HttpResponse("Bad Gateway", { status: 502 });
      }),
    );
    const result = await actions.refund({
      orderId: "727",
      lines: [{ lineId: "316", quantity: 1, amount: usd(1290) }],
      amount: usd(1290),
      idempotencyKey: "r-13",
    });
    expect(result).toMatchObject({ ok: false, code: "platform_error", retryable: true });
    expect(calls).toBe(1);
  });

  it("answers unauthorized when WooCommerce refuses the keys", async () => {
    const { actions } = setup();
    mock.use(
      http.get(`${API}/orders/727`, () =>
        wpError(
          "woocommerce_rest_cannot_view",
          "Sorry, you cannot view this resource.",
          { status: 401 },
          401,
        ),
      ),
    );
    const result = await actions.refund({
      orderId: "727",
      lines: [{ lineId: "316", quantity: 1, amount: usd(1290) }],
      amount: usd(1290),
      idempotencyKey: "r-14",
    });
    expect(result).toMatchObject({ ok: false, code: "unauthorized", retryable: false });
  });
});

describe("coupons", () => {
  it("creates a lower-case code derived from the key, with the requested limits", async () => {
    const { actions, posts } = setup();
    const result = await actions.issueCoupon({
      amount: usd(1500),
      customerEmail: "joao.silva@example.com",
      expiresAt: "2026-04-30T21:59:59.000Z",
      title: "Sorry for the delay",
      idempotencyKey: "c-1",
    });
    const code = couponCode("coupon-secret", "c-1", "as");
    expect(code).toMatch(/^as-[0-9a-z]{5}-[0-9a-z]{5}$/);
    expect(result).toEqual({ ok: true, couponId: "5000", code, expiresAt: "2026-04-30T21:59:59.000Z" });
    expect(posts("coupons")[0]?.body).toEqual({
      code,
      discount_type: "fixed_cart",
      amount: "15.00",
      individual_use: false,
      usage_limit: 1,
      email_restrictions: ["joao.silva@example.com"],
      usage_limit_per_user: 1,
      date_expires_gmt: "2026-04-30T21:59:59",
      description: "Sorry for the delay",
      meta_data: [{ key: "aftersales_idempotency_key", value: "c-1" }],
    });
  });

  it("returns the code WooCommerce stored, lower-cased, even if asked with capitals", async () => {
    const { actions } = setup({ couponPrefix: "SORRY" });
    const result = await actions.issueCoupon({ percent: 12.5, idempotencyKey: "c-2" });
    expect(result.ok && result.code).toBe(couponCode("coupon-secret", "c-2", "sorry"));
  });

  it("gives one coupon for the same request twice, even from a new process", async () => {
    const store = createFakeStore();
    const request = { percent: 10, idempotencyKey: "c-3" };
    const first = await setup({}, store).actions.issueCoupon(request);
    const again = await setup({}, store).actions.issueCoupon(request);
    expect(again).toEqual(first);
    expect(store.coupons.filter((c) => c.code === (first.ok && first.code))).toHaveLength(1);
  });

  it("moves to another code when a hand-made coupon already has the derived one", async () => {
    const store = createFakeStore();
    store.coupons.push({
      ...store.coupons[0]!,
      id: 900,
      code: couponCode("coupon-secret", "c-4", "as"),
      meta_data: [],
    });
    const result = await setup({}, store).actions.issueCoupon({ percent: 10, idempotencyKey: "c-4" });
    expect(result.ok && result.code).toBe(couponCode("coupon-secret", "c-4", "as", 1));
  });

  it("refuses a fixed coupon in another currency than the store's", async () => {
    const { actions, store } = setup({ storeCurrency: "EUR" });
    expect(await actions.issueCoupon({ amount: usd(500), idempotencyKey: "c-5" })).toMatchObject({
      ok: false,
      code: "currency_mismatch",
    });
    expect(store.requests).toEqual([]);
  });
});

describe("order notes and status", () => {
  it("writes a customer-visible or private note", async () => {
    const { actions, posts } = setup();
    expect(
      await actions.addOrderNote({
        orderId: "723",
        body: "We received your return.",
        customerVisible: true,
        idempotencyKey: "n-1",
      }),
    ).toEqual({ ok: true, noteId: "5000" });
    await actions.addOrderNote({
      orderId: "723",
      body: "Checked by QA",
      customerVisible: false,
      idempotencyKey: "n-2",
    });
    expect(posts("orders/723/notes").map((r) => r.body)).toEqual([
      { note: "We received your return.", customer_note: true },
      { note: "Checked by QA", customer_note: false },
    ]);
  });

  it("answers rate_limited (retryable) when WooCommerce throttles a note", async () => {
    const { actions } = setup();
    mock.use(
      http.post(`${API}/orders/723/notes`, () =>
        wpError("rest_too_many_requests", "Too many requests", { status: 429 }, 429),
      ),
    );
    expect(
      await actions.addOrderNote({
        orderId: "723",
        body: "x",
        customerVisible: false,
        idempotencyKey: "n-3",
      }),
    ).toMatchObject({ ok: false, code: "rate_limited", retryable: true });
  });

  it("moves an order only to a status the merchant allowed", async () => {
    const { actions, store } = setup();
    expect(
      await actions.updateOrderStatus({ orderId: "727", status: "completed", idempotencyKey: "s-1" }),
    ).toEqual({ ok: true, orderId: "727", status: "completed" });
    expect(store.orders.get(727)?.status).toBe("completed");
    const before = store.requests.length;
    expect(
      await actions.updateOrderStatus({ orderId: "727", status: "refunded", idempotencyKey: "s-2" }),
    ).toMatchObject({ ok: false, code: "unsupported" });
    expect(
      await actions.updateOrderStatus({ orderId: "x", status: "completed", idempotencyKey: "s-3" }),
    ).toMatchObject({ ok: false, code: "not_found" });
    expect(store.requests.length).toBe(before);
  });
});
