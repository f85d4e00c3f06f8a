import { describe, expect, it } from "vitest";
import type { OrderSnapshot } from "../order/snapshot.js";
import { createDemoStore } from "./demo-store.js";

const NOW = "2026-03-10T08:30:00.000Z";
const eur = (amount: number) => ({ amount, currency: "EUR" });

function storeWithClock() {
  let minutes = 0;
  const store = createDemoStore({
    now: NOW,
    clock: () => Date.parse(NOW) + 60_000 * ++minutes,
  });
  const order = async (number: string): Promise<OrderSnapshot> => {
    const lookup = await store.orderSource.getOrder(`gid://demo/Order/${number}`);
    if (!lookup.ok) throw new Error(`no demo order ${number}`);
    return lookup.order;
  };
  return { store, actions: store.actions, order };
}

describe("demo refunds", () => {
  it("refunds the discounted shirts of #1002 unit by unit down to the last cent", async () => {
    const { actions, order } = storeWithClock();
    const first = await actions.refund({
      orderId: "gid://demo/Order/1002",
      lines: [{ lineId: "L2", quantity: 1, amount: eur(5015) }],
      amount: eur(5015),
      restock: true,
      idempotencyKey: "refund-shirt-1",
    });
    expect(first).toEqual({
      ok: true,
      refundId: "gid://demo/Refund/4",
      amount: eur(5015),
      createdAt: "2026-03-10T08:31:00.000Z",
    });
    const tooMuch = await actions.refund({
      orderId: "gid://demo/Order/1002",
      lines: [{ lineId: "L2", quantity: 1, amount: eur(5016) }],
      amount: eur(5016),
      idempotencyKey: "refund-shirt-2",
    });
    expect(tooMuch).toMatchObject({
      ok: false,
      code: "exceeds_refundable",
      message: "Line L2 has 5015 (minor units) left to refund, asked 5016",
    });
    const second = await actions.refund({
      orderId: "gid://demo/Order/1002",
      lines: [{ lineId: "L2", quantity: 1, amount: eur(5015) }],
      amount: eur(5015),
      idempotencyKey: "refund-shirt-2",
    });
    expect(second.ok).toBe(true);
    const after = await order("1002");
    expect(after.lines[1]!.refundableQuantity).toBe(0);
    expect(after.refunds.map((refund) => [refund.amount.amount, refund.lines])).toEqual([
      [5015, [{ lineId: "L2", quantity: 1 }]],
      [5015, [{ lineId: "L2", quantity: 1 }]],
    ]);
    const third = await actions.refund({
      orderId: "gid://demo/Order/1002",
      lines: [{ lineId: "L2", quantity: 1, amount: eur(1) }],
      amount: eur(1),
      idempotencyKey: "refund-shirt-3",
    });
    expect(third).toMatchObject({
      code: "exceeds_refundable",
      message: "Line L2 has 0 refundable unit(s), asked 1",
    });
  });

  it("refuses a reused idempotency key with a different request and replays the same one", async () => {
    const { store, actions } = storeWithClock();
    const request = {
      orderId: "gid://demo/Order/1001",
      lines: [{ lineId: "L2", quantity: 1, amount: eur(1490) }],
      amount: eur(1490),
      idempotencyKey: "k1",
    };
    const first = await actions.refund(request);
    expect(await actions.refund({ ...request, note: "changed" })).toEqual({
      ok: false,
      code: "idempotency_key_reused",
      message: "Idempotency key k1 was already used for a different refund request",
      retryable: false,
    });
    expect(await actions.refund({ ...request, restock: false, notifyCustomer: false })).toEqual(first);
    expect(store.activity()).toHaveLength(1);
  });

  it("refunds shipping only up to what was charged, in the order currency only", async () => {
    const { actions } = storeWithClock();
    const base = { orderId: "gid://demo/Order/1018", idempotencyKey: "ship" };
    const jpy = (amount: number) => ({ amount, currency: "JPY" });
    expect(await actions.refund({ ...base, shipping: jpy(1), amount: jpy(1) })).toMatchObject({
      code: "exceeds_refundable",
      message: "Shipping has 0 (minor units) left to refund",
    });
    expect(await actions.refund({ ...base, shipping: eur(100), amount: eur(100) })).toMatchObject({
      code: "currency_mismatch",
      message: "Order #1018 is in JPY, not EUR",
    });
    const plates = await actions.refund({
      ...base,
      lines: [{ lineId: "L1", quantity: 1, amount: jpy(7300) }],
      amount: jpy(7300),
    });
    expect(plates).toMatchObject({ ok: true, amount: jpy(7300) });
    const more = await actions.refund({
      ...base,
      idempotencyKey: "ship-2",
      lines: [{ lineId: "L1", quantity: 0, amount: jpy(1) }],
      amount: jpy(1),
    });
    expect(more).toMatchObject({
      code: "exceeds_refundable",
      message: "Line L1 has 0 (minor units) left to refund, asked 1",
    });
  });

  it("names the missing line or return", async () => {
    const { actions } = storeWithClock();
    const base = { orderId: "gid://demo/Order/1001", amount: eur(100), idempotencyKey: "x" };
    expect(
      await actions.refund({ ...base, lines: [{ lineId: "L9", quantity: 0, amount: eur(100) }] }),
    ).toMatchObject({
      code: "not_found",
      message: "No line L9 on order #1001",
    });
    expect(
      await actions.refund({
        ...base,
        returnId: "gid://demo/Return/1",
        lines: [{ lineId: "L1", quantity: 0, amount: eur(100) }],
      }),
    ).toMatchObject({ code: "not_found", message: "No return gid://demo/Return/1 on order #1001" });
  });
});

describe("demo returns", () => {
  it("takes units out of the refundable quantity while open and closes when refunded", async () => {
    const { store, actions, order } = storeWithClock();
    const created = await actions.createReturn({
      orderId: "gid://demo/Order/1001",
      lines: [{ lineId: "L1", quantity: 1, reason: "size" }],
      idempotencyKey: "ret-1",
    });
    expect(created).toEqual({ ok: true, returnId: "gid://demo/Return/3", status: "requested" });
    expect((await order("1001")).lines[0]!.refundableQuantity).toBe(1);
    expect(
      await actions.approveReturn({ returnId: "gid://demo/Return/3", idempotencyKey: "ap-1" }),
    ).toMatchObject({
      status: "open",
    });
    expect(
      await actions.approveReturn({ returnId: "gid://demo/Return/3", idempotencyKey: "ap-2" }),
    ).toMatchObject({
      code: "invalid_state",
      message: "Return gid://demo/Return/3 is open, not requested",
    });
    const tooMany = await actions.refund({
      orderId: "gid://demo/Order/1001",
      lines: [{ lineId: "L1", quantity: 2, amount: eur(11800) }],
      amount: eur(11800),
      idempotencyKey: "ref-1",
    });
    expect(tooMany).toMatchObject({
      code: "exceeds_refundable",
      message: "Line L1 has 1 refundable unit(s), asked 2",
    });
    const refunded = await actions.refund({
      orderId: "gid://demo/Order/1001",
      returnId: "gid://demo/Return/3",
      lines: [{ lineId: "L1", quantity: 1, amount: eur(5900) }],
      amount: eur(5900),
      idempotencyKey: "ref-1",
    });
    expect(refunded.ok).toBe(true);
    const after = await order("1001");
    expect(after.returns).toEqual([
      {
        id: "gid://demo/Return/3",
        createdAt: "2026-03-10T08:31:00.000Z",
        status: "closed",
        lines: [{ lineId: "L1", quantity: 1 }],
      },
    ]);
    expect(after.lines[0]!.refundableQuantity).toBe(1);
    const again = await actions.refund({
      orderId: "gid://demo/Order/1001",
      returnId: "gid://demo/Return/3",
      lines: [{ lineId: "L1", quantity: 1, amount: eur(5900) }],
      amount: eur(5900),
      idempotencyKey: "ref-2",
    });
    expect(again).toMatchObject({ code: "invalid_state", message: "Return gid://demo/Return/3 is closed" });
    expect(store.activity().map((entry) => [entry.action, entry.at])).toEqual([
      ["createReturn", "2026-03-10T08:31:00.000Z"],
      ["approveReturn", "2026-03-10T08:32:00.000Z"],
      ["refund", "2026-03-10T08:33:00.000Z"],
    ]);
  });

  it("cannot return what has not shipped, is missing, or is already in a return", async () => {
    const { actions } = storeWithClock();
    expect(
      await actions.createReturn({
        orderId: "gid://demo/Order/1022",
        lines: [{ lineId: "L1", quantity: 1 }],
        idempotencyKey: "r",
      }),
    ).toMatchObject({ code: "invalid_state", message: "Order #1022 has not been fulfilled yet" });
    expect(
      await actions.createReturn({
        orderId: "gid://demo/Order/1020",
        lines: [{ lineId: "L1", quantity: 2 }],
        idempotencyKey: "r",
      }),
    ).toMatchObject({ code: "exceeds_refundable", message: "Line L1 has 1 returnable unit(s), asked 2" });
    expect(
      await actions.createReturn({
        orderId: "gid://demo/Order/1020",
        lines: [{ lineId: "L7", quantity: 1 }],
        idempotencyKey: "r",
      }),
    ).toMatchObject({ code: "not_found", message: "No line L7 on order #1020" });
    expect(
      await actions.createReturn({
        orderId: "gid://demo/Order/9",
        lines: [{ lineId: "L1", quantity: 1 }],
        idempotencyKey: "r",
      }),
    ).toMatchObject({ code: "not_found", message: "No order gid://demo/Order/9" });
  });

  it("declines the open return of #1020 only while it is requested", async () => {
    const { actions } = storeWithClock();
    expect(
      await actions.declineReturn({
        returnId: "gid://demo/Return/1",
        reason: "window_expired",
        idempotencyKey: "d",
      }),
    ).toMatchObject({ code: "invalid_state", message: "Return gid://demo/Return/1 is open, not requested" });
  });
});

describe("demo coupons, store credit and notes", () => {
  it("derives the coupon code from the idempotency key, the same in every store", async () => {
    const one = storeWithClock().actions;
    const other = storeWithClock().actions;
    const request = {
      amount: eur(1000),
      idempotencyKey: "case-42-apology",
      expiresAt: "2026-04-10T00:00:00Z",
    };
    const coupon = await one.issueCoupon(request);
    expect(coupon).toEqual({
      ok: true,
      couponId: "gid://demo/DiscountCode/1",
      code: "DEMO-Q2Z8-MRJ5",
      expiresAt: "2026-04-10T00:00:00Z",
    });
    expect(await other.issueCoupon(request)).toEqual(coupon);
    expect(await one.issueCoupon(request)).toEqual(coupon);
  });

  it("adds store credit to a registered customer's balance in each currency", async () => {
    const { store, actions } = storeWithClock();
    const customerId = "gid://demo/Customer/1";
    await actions.issueStoreCredit({ customerId, amount: eur(1000), idempotencyKey: "c1" });
    const second = await actions.issueStoreCredit({ customerId, amount: eur(500), idempotencyKey: "c2" });
    expect(second).toEqual({
      ok: true,
      creditId: "gid://demo/StoreCreditTransaction/2",
      amount: eur(500),
      balance: eur(1500),
    });
    const yen = await actions.issueStoreCredit({
      customerId,
      amount: { amount: 500, currency: "JPY" },
      idempotencyKey: "c3",
    });
    expect(yen).toMatchObject({ balance: { amount: 500, currency: "JPY" } });
    expect(
      await actions.issueStoreCredit({
        customerId: "gid://demo/Customer/99",
        amount: eur(5),
        idempotencyKey: "c4",
      }),
    ).toMatchObject({ code: "not_found", message: "No registered customer gid://demo/Customer/99" });
    expect(store.activity().map((entry) => entry.action)).toEqual([
      "issueStoreCredit",
      "issueStoreCredit",
      "issueStoreCredit",
    ]);
  });

  it("records order notes in the activity log", async () => {
    const { store, actions } = storeWithClock();
    const note = await actions.addOrderNote({
      orderId: "gid://demo/Order/1015",
      body: "仅退款：大闸蟹到货死亡，已收到照片。",
      customerVisible: true,
      idempotencyKey: "n1",
    });
    expect(note).toEqual({ ok: true, noteId: "gid://demo/OrderNote/1" });
    expect(store.activity()).toEqual([
      {
        action: "addOrderNote",
        at: "2026-03-10T08:31:00.000Z",
        request: {
          orderId: "gid://demo/Order/1015",
          body: "仅退款：大闸蟹到货死亡，已收到照片。",
          customerVisible: true,
          idempotencyKey: "n1",
        },
        result: note,
      },
    ]);
  });

  it("refuses a clock that does not tell an instant", async () => {
    const store = createDemoStore({ now: NOW, clock: () => "soon" });
    await expect(
      store.actions.addOrderNote({
        orderId: "gid://demo/Order/1001",
        body: "x",
        customerVisible: false,
        idempotencyKey: "n",
      }),
    ).rejects.toThrow("demo store clock is not an instant: soon");
  });
});
