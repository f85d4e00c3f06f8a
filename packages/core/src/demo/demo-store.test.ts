import { describe, expect, it } from "vitest";
import { AftersalesError } from "../errors.js";
import type { OrderSnapshot } from "../order/snapshot.js";
import { runAfterSalesActionsContract, runOrderSourceContract } from "../testing/index.js";
import { createDemoStore, type DemoStoreOptions, demoDefaultNow, demoOrderCredentials } from "./index.js";

const NOW = "2026-03-10T08:30:00.000Z";

async function orderOf(store: ReturnType<typeof createDemoStore>, number: string): Promise<OrderSnapshot> {
  const credential = demoOrderCredentials.find((entry) => entry.number === number)!;
  const lookup = await store.orderSource.findOrder(credential);
  if (!lookup.ok) throw new Error(`demo order ${number} not found: ${lookup.reason}`);
  return lookup.order;
}

runOrderSourceContract("demo store", () => ({
  source: createDemoStore({ now: NOW }).orderSource,
  fixtures: {
    existingOrder: { id: "gid://demo/Order/1001", number: "#1001", email: "anna@example.de" },
    missingNumber: "#9999",
    missingId: "gid://demo/Order/9999",
  },
}));

function actionsSetup(options: DemoStoreOptions) {
  return async () => {
    const store = createDemoStore({ now: NOW, ...options });
    return {
      actions: store.actions,
      fixtures: {
        order: await orderOf(store, "#1002"),
        missingOrderId: "gid://demo/Order/9999",
        missingReturnId: "gid://demo/Return/9999",
        customerId: "gid://demo/Customer/1",
      },
      readOrder: async (orderId: string) => {
        const lookup = await store.orderSource.getOrder(orderId);
        if (!lookup.ok) throw new Error(`demo order ${orderId} not found`);
        return lookup.order;
      },
      platformCalls: () => store.activity().length,
    };
  };
}

runAfterSalesActionsContract("demo store", actionsSetup({}));
runAfterSalesActionsContract(
  "demo store without platform returns, store credit or restock (like WooCommerce)",
  actionsSetup({ capabilities: { platformReturns: false, storeCredit: false, restock: false } }),
);
runAfterSalesActionsContract(
  "demo store that supports nothing",
  actionsSetup({
    capabilities: {
      platformReturns: false,
      refunds: false,
      refundsToOriginalPayment: false,
      storeCredit: false,
      coupons: false,
      orderNotes: false,
      restock: false,
    },
  }),
);

describe("demo orders", () => {
  it("has 25 orders with unique numbers, in six currencies and nine countries", () => {
    const orders = createDemoStore({ now: NOW }).orders();
    expect(orders).toHaveLength(25);
    expect(new Set(orders.map((order) => order.number)).size).toBe(25);
    expect([...new Set(orders.map((order) => order.currency))].sort()).toEqual([
      "CNY",
      "EUR",
      "GBP",
      "JPY",
      "KWD",
      "USD",
    ]);
    expect([...new Set(orders.map((order) => order.customer.country))].sort()).toEqual([
      "CN",
      "DE",
      "FR",
      "GB",
      "IE",
      "JP",
      "KW",
      "NL",
      "US",
    ]);
    expect(orders.filter((order) => order.customer.id === null)).toHaveLength(11);
  });

  it("lists a number, email and story for every order", () => {
    expect(demoOrderCredentials).toHaveLength(25);
    expect(demoOrderCredentials[0]).toEqual({
      number: "#1001",
      email: "anna@example.de",
      story:
        "Delivered in Germany five days ago: inside the 14-day EU withdrawal period and the 30-day store window.",
    });
    expect(demoOrderCredentials.every((entry) => entry.story.length > 20)).toBe(true);
  });

  it("dates #1001 relative to now and totals it exactly", async () => {
    const order = await orderOf(createDemoStore({ now: NOW }), "#1001");
    expect(order).toMatchObject({
      id: "gid://demo/Order/1001",
      placedAt: "2026-03-02T08:30:00.000Z",
      fulfilledAt: "2026-03-03T08:30:00.000Z",
      deliveredAt: "2026-03-05T08:30:00.000Z",
      shippingTotal: { amount: 495, currency: "EUR" },
      total: { amount: 13785, currency: "EUR" },
      customer: { id: "gid://demo/Customer/1", email: "anna@example.de", country: "DE" },
    });
    expect(order.lines[0]).toMatchObject({
      id: "L1",
      sku: "LIN-SHIRT-SKY-M",
      title: "Washed Linen Shirt",
      variantTitle: "M / Sky Blue",
      quantity: 2,
      refundableQuantity: 2,
      unitPrice: { amount: 5900, currency: "EUR" },
    });
  });

  it("counts back from the default now when none is given, and accepts epoch ms", async () => {
    expect((await orderOf(createDemoStore(), "#1022")).placedAt).toBe("2026-11-16T03:00:00.000Z");
    expect(demoDefaultNow).toBe("2026-11-16T09:00:00.000Z");
    const fromMs = await orderOf(createDemoStore({ now: Date.parse(NOW) }), "#1015");
    expect(fromMs.deliveredAt).toBe("2026-03-09T12:30:00.000Z");
  });

  it("spreads the SUMMER15 discount of #1002 exactly over its lines", async () => {
    const order = await orderOf(createDemoStore({ now: NOW }), "#1002");
    expect(order.lines.map((line) => line.discount?.amount)).toEqual([1335, 1770, 435, 1185]);
    expect(order.total).toEqual({ amount: 26775, currency: "EUR" });
    expect(order.tags).toEqual(["discount:SUMMER15"]);
  });

  it("shows the earlier partial refunds of #1005, #1018 and #1021", async () => {
    const store = createDemoStore({ now: NOW });
    const mugs = await orderOf(store, "#1005");
    expect(mugs.lines.map((line) => line.refundableQuantity)).toEqual([2, 1]);
    expect(mugs.refunds).toEqual([
      {
        id: "gid://demo/Refund/1",
        createdAt: "2026-02-18T08:30:00.000Z",
        amount: { amount: 2400, currency: "EUR" },
        lines: [{ lineId: "L1", quantity: 1 }],
        note: "Arrived broken, photo on file; no return needed.",
      },
    ]);
    const plates = await orderOf(store, "#1018");
    expect(plates.refunds.map((refund) => [refund.amount, refund.lines])).toEqual([
      [{ amount: 2490, currency: "JPY" }, []],
    ]);
    expect(plates.lines.map((line) => line.refundableQuantity)).toEqual([1, 2]);
    const lamp = await orderOf(store, "#1021");
    expect(lamp.total).toEqual({ amount: 12695, currency: "EUR" });
    expect(lamp.refunds[0]!.amount).toEqual(lamp.total);
    expect(lamp.lines[0]!.refundableQuantity).toBe(0);
    expect(lamp.returns).toEqual([
      {
        id: "gid://demo/Return/2",
        createdAt: "2026-02-04T08:30:00.000Z",
        status: "closed",
        lines: [{ lineId: "L1", quantity: 1 }],
      },
    ]);
  });

  it("holds units in an open return out of the refundable quantity (#1020)", async () => {
    const order = await orderOf(createDemoStore({ now: NOW }), "#1020");
    expect(order.returns.map((entry) => entry.status)).toEqual(["open"]);
    expect(order.lines.map((line) => line.refundableQuantity)).toEqual([1, 1]);
  });

  it("carries the flags, channels and currencies each story needs", async () => {
    const store = createDemoStore({ now: NOW });
    const flagged = (number: string, flag: keyof OrderSnapshot["lines"][number]["flags"]) =>
      orderOf(store, number).then((order) =>
        order.lines.filter((line) => line.flags[flag]).map((line) => line.sku),
      );
    expect(await flagged("#1003", "perishable")).toEqual(["FRU-ARANCE-3KG"]);
    expect(await flagged("#1015", "perishable")).toEqual(["FRS-CRAB-YCH-8"]);
    expect(await flagged("#1023", "perishable")).toEqual(["SEA-LOB-TAIL-4X6"]);
    expect(await flagged("#1004", "finalSale")).toEqual(["CSH-SCARF-CML"]);
    expect(await flagged("#1007", "hygiene")).toEqual(["JWL-STUD-925"]);
    expect(await flagged("#1008", "customized")).toEqual(["WAL-BIF-TAN-MONO"]);
    expect(await flagged("#1009", "giftCard")).toEqual(["GC-GBP-50"]);
    expect(await flagged("#1013", "digitalOpened")).toEqual(["DIG-PRESET-FILM"]);
    expect(await flagged("#1016", "periodical")).toEqual(["MAG-SLSH-2645"]);
    expect(await flagged("#1019", "hygiene")).toEqual(["FRG-OUD-ROSE-100"]);
    const pos = await orderOf(store, "#1010");
    expect([pos.salesChannel, pos.fulfilledAt, pos.deliveredAt, pos.shippingAddress]).toEqual([
      "pos",
      pos.placedAt,
      undefined,
      undefined,
    ]);
    const transit = await orderOf(store, "#1006");
    expect([transit.fulfilledAt, transit.deliveredAt]).toEqual(["2026-03-08T08:30:00.000Z", undefined]);
    const tmall = await orderOf(store, "#1022");
    expect([tmall.salesChannel, tmall.fulfilledAt]).toEqual(["marketplace", undefined]);
    expect((await orderOf(store, "#1017")).total).toEqual({ amount: 27780, currency: "JPY" });
    expect((await orderOf(store, "#1019")).total).toEqual({ amount: 64750, currency: "KWD" });
    expect((await orderOf(store, "#1014")).customer).toMatchObject({
      firstName: "芳",
      lastName: "王",
      region: "SH",
    });
  });

  it("finds Anna's two orders by their own numbers and refuses a lookup that is not a query", async () => {
    const store = createDemoStore({ now: NOW });
    const second = await store.orderSource.findOrder({ number: "1020", email: "ANNA@example.de" });
    expect(second.ok && second.order.id).toBe("gid://demo/Order/1020");
    const bad = { number: 1020, email: "anna@example.de" } as unknown as { number: string; email: string };
    expect(await store.orderSource.findOrder(bad)).toEqual({ ok: false, reason: "not_found" });
  });

  it("keeps each store's state to itself", async () => {
    const first = createDemoStore({ now: NOW });
    const second = createDemoStore({ now: NOW });
    const order = await orderOf(first, "#1001");
    const result = await first.actions.refund({
      orderId: order.id,
      lines: [{ lineId: "L2", quantity: 1, amount: { amount: 1490, currency: "EUR" } }],
      amount: { amount: 1490, currency: "EUR" },
      idempotencyKey: "r1",
    });
    expect(result.ok).toBe(true);
    expect((await orderOf(first, "#1001")).lines[1]!.refundableQuantity).toBe(0);
    expect((await orderOf(second, "#1001")).lines[1]!.refundableQuantity).toBe(1);
    expect(second.activity()).toEqual([]);
  });

  it("refuses a now that is not an instant", () => {
    expect(() => createDemoStore({ now: "last Tuesday" })).toThrow(AftersalesError);
    expect(() => createDemoStore({ now: "last Tuesday" })).toThrow(
      "demo store now is not an instant: last Tuesday",
    );
  });
});
