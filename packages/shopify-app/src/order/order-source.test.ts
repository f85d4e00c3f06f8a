import { runOrderSourceContract } from "@aftersales/core/testing";
import { beforeEach, describe, expect, it } from "vitest";
import { ANNA, seedOrder1001 } from "../testing/fixtures.js";
import { setupFakeShop } from "../testing/msw.js";
import { createShopifyOrderSource } from "./order-source.js";

const fake = setupFakeShop();

runOrderSourceContract("shopify", () => {
  const shop = fake.reset();
  seedOrder1001(shop);
  return {
    source: createShopifyOrderSource({ client: fake.client() }),
    fixtures: {
      existingOrder: { id: "gid://shopify/Order/450789469", number: "#1001", email: ANNA.email },
      missingNumber: "#999999",
      missingId: "gid://shopify/Order/1",
    },
  };
});

describe("Shopify order snapshot", () => {
  beforeEach(() => fake.reset());

  it("maps order #1001 exactly: money in minor units, flags from tags, collections, delivery and refunds", async () => {
    seedOrder1001(fake.shop);
    const source = createShopifyOrderSource({ client: fake.client() });
    const found = await source.getOrder("450789469");
    if (!found.ok) throw new Error(found.reason);
    expect(found.order).toEqual({
      platform: "shopify",
      id: "gid://shopify/Order/450789469",
      number: "#1001",
      currency: "EUR",
      customer: {
        id: ANNA.id,
        email: ANNA.email,
        phone: ANNA.phone,
        firstName: "Anna",
        lastName: "Schmidt",
        country: "DE",
        region: "BE",
      },
      salesChannel: "online",
      placedAt: "2026-02-08T09:12:00.000Z",
      fulfilledAt: "2026-02-09T15:30:00.000Z",
      deliveredAt: "2026-02-12T10:04:00.000Z",
      shippingAddress: { country: "DE", region: "BE", city: "Berlin", postalCode: "10115" },
      billingAddress: { country: "DE", region: "BE", city: "Berlin", postalCode: "10115" },
      lines: [
        {
          id: "gid://shopify/LineItem/466157049",
          productId: "gid://shopify/Product/632910392",
          variantId: "gid://shopify/ProductVariant/39072856",
          sku: "LS-M-BLUE",
          title: "Linen shirt",
          variantTitle: "M / Blue",
          productType: "Shirts",
          vendor: "Aftersales Test Co",
          tags: ["linen", "summer"],
          collections: ["summer-2026", "shirts"],
          quantity: 2,
          refundableQuantity: 2,
          unitPrice: { amount: 3995, currency: "EUR" },
          discount: { amount: 800, currency: "EUR" },
          flags: {
            finalSale: false,
            perishable: false,
            customized: false,
            digital: false,
            digitalOpened: false,
            giftCard: false,
            hygiene: false,
            periodical: false,
          },
        },
        {
          id: "gid://shopify/LineItem/518995019",
          productId: "gid://shopify/Product/921728736",
          variantId: "gid://shopify/ProductVariant/49148385",
          sku: "OT-S",
          title: "Organic T-shirt",
          variantTitle: "S",
          productType: "T-shirts",
          tags: ["Final-Sale"],
          collections: ["basics"],
          quantity: 2,
          refundableQuantity: 1,
          unitPrice: { amount: 1405, currency: "EUR" },
          flags: {
            finalSale: true,
            perishable: false,
            customized: false,
            digital: false,
            digitalOpened: false,
            giftCard: false,
            hygiene: false,
            periodical: false,
          },
        },
      ],
      shippingTotal: { amount: 490, currency: "EUR" },
      total: { amount: 10490, currency: "EUR" },
      refunds: [
        {
          id: "gid://shopify/Refund/929361462",
          createdAt: "2026-02-14T08:00:00.000Z",
          amount: { amount: 1405, currency: "EUR" },
          lines: [{ lineId: "gid://shopify/LineItem/518995019", quantity: 1 }],
          note: "Goodwill",
        },
      ],
      returns: [],
      tags: ["vip"],
    });
  });

  it("parses JPY without decimals and KWD with three by the currency's exponent", async () => {
    const order = seedOrder1001(fake.shop);
    Object.assign(order, { currency: "JPY", total: "5400.0", shipping: "0.0", refunds: [] });
    order.lines = [{ ...order.lines[0]!, price: "2700", discount: undefined }];
    const source = createShopifyOrderSource({ client: fake.client() });
    const jpy = await source.getOrder(order.id);
    if (!jpy.ok) throw new Error(jpy.reason);
    expect(jpy.order.total).toEqual({ amount: 5400, currency: "JPY" });
    expect(jpy.order.lines[0]!.unitPrice).toEqual({ amount: 2700, currency: "JPY" });
    expect(jpy.order.shippingTotal).toBeUndefined();
    Object.assign(order, { currency: "KWD", total: "12.345" });
    order.lines = [{ ...order.lines[0]!, price: "6.1725", quantity: 2 }];
    const kwd = await source.getOrder(order.id);
    // 6.1725 has a fourth decimal that KWD cannot hold: the order is not mapped silently rounded.
    expect(kwd).toMatchObject({ ok: false, reason: "not_found" });
    order.lines = [{ ...order.lines[0]!, price: "6.170" }];
    const fixed = await source.getOrder(order.id);
    if (!fixed.ok) throw new Error(fixed.reason);
    expect(fixed.order.total).toEqual({ amount: 12345, currency: "KWD" });
    expect(fixed.order.lines[0]!.unitPrice).toEqual({ amount: 6170, currency: "KWD" });
  });

  it("takes the delivery instant from a DELIVERED tracking event when the fulfilment has no deliveredAt", async () => {
    const order = seedOrder1001(fake.shop);
    order.fulfillments[0] = {
      ...order.fulfillments[0]!,
      deliveredAt: undefined,
      events: [
        { status: "IN_TRANSIT", happenedAt: "2026-02-10T08:00:00Z" },
        { status: "DELIVERED", happenedAt: "2026-02-11T16:45:00Z" },
      ],
    };
    const found = await createShopifyOrderSource({ client: fake.client() }).getOrder(order.id);
    if (!found.ok) throw new Error(found.reason);
    expect(found.order.fulfilledAt).toBe("2026-02-09T15:30:00.000Z");
    expect(found.order.deliveredAt).toBe("2026-02-11T16:45:00.000Z");
  });

  it("has no delivery instant while one of two parcels is still travelling, and ignores cancelled fulfilments", async () => {
    const order = seedOrder1001(fake.shop);
    const [first] = order.fulfillments;
    order.fulfillments = [
      { ...first!, lines: [first!.lines[0]!] },
      {
        id: "gid://shopify/Fulfillment/2",
        status: "SUCCESS",
        createdAt: "2026-02-10T10:00:00Z",
        lines: [first!.lines[1]!],
      },
      {
        id: "gid://shopify/Fulfillment/3",
        status: "CANCELLED",
        createdAt: "2026-02-11T10:00:00Z",
        lines: [],
      },
    ];
    const source = createShopifyOrderSource({ client: fake.client() });
    const partly = await source.getOrder(order.id);
    if (!partly.ok) throw new Error(partly.reason);
    expect(partly.order.fulfilledAt).toBe("2026-02-10T10:00:00.000Z");
    expect(partly.order.deliveredAt).toBeUndefined();
    order.fulfillments[1]!.deliveredAt = "2026-02-13T09:00:00Z";
    const both = await source.getOrder(order.id);
    if (!both.ok) throw new Error(both.reason);
    expect(both.order.deliveredAt).toBe("2026-02-13T09:00:00.000Z");
  });

  it("counts units waiting in an open return as no longer refundable, and marks gift cards and digital lines", async () => {
    const order = seedOrder1001(fake.shop);
    order.lines.push(
      {
        id: "gid://shopify/LineItem/3",
        title: "Gift card",
        quantity: 1,
        price: "25.00",
        isGiftCard: true,
        requiresShipping: false,
      },
      {
        id: "gid://shopify/LineItem/4",
        title: "E-book",
        quantity: 1,
        price: "9.00",
        requiresShipping: false,
      },
    );
    fake.shop.returns.set("gid://shopify/Return/1", {
      id: "gid://shopify/Return/1",
      orderId: order.id,
      status: "OPEN",
      createdAt: "2026-02-15T10:00:00Z",
      lines: [
        {
          id: "gid://shopify/ReturnLineItem/1",
          fulfillmentLineItemId: "gid://shopify/FulfillmentLineItem/1001",
          lineItemId: "gid://shopify/LineItem/466157049",
          quantity: 1,
          refundedQuantity: 0,
          processedQuantity: 0,
        },
      ],
    });
    const found = await createShopifyOrderSource({ client: fake.client() }).getOrder(order.id);
    if (!found.ok) throw new Error(found.reason);
    expect(
      found.order.lines.map((l) => [l.id, l.refundableQuantity, l.flags.giftCard, l.flags.digital]),
    ).toEqual([
      ["gid://shopify/LineItem/466157049", 1, false, false],
      ["gid://shopify/LineItem/518995019", 1, false, false],
      ["gid://shopify/LineItem/3", 1, true, false],
      ["gid://shopify/LineItem/4", 1, false, true],
    ]);
    expect(found.order.returns).toEqual([
      {
        id: "gid://shopify/Return/1",
        createdAt: "2026-02-15T10:00:00.000Z",
        status: "open",
        lines: [{ lineId: "gid://shopify/LineItem/466157049", quantity: 1 }],
      },
    ]);
  });

  it("reads every line of a 120-line order in pages of 50 with cursors", async () => {
    const order = seedOrder1001(fake.shop);
    const template = order.lines[1]!;
    order.lines = Array.from({ length: 120 }, (_, i) => ({
      ...template,
      id: `gid://shopify/LineItem/${9000 + i}`,
    }));
    order.refunds = [];
    const found = await createShopifyOrderSource({ client: fake.client() }).getOrder(order.id);
    if (!found.ok) throw new Error(found.reason);
    expect(found.order.lines).toHaveLength(120);
    expect(found.order.lines[119]!.id).toBe("gid://shopify/LineItem/9119");
    expect(fake.shop.calls.map((c) => c.operationName)).toEqual([
      "GetOrder",
      "OrderLinesPage",
      "OrderLinesPage",
    ]);
  });

  it("finds an order whose name has a custom prefix, by what the shopper types", async () => {
    const order = seedOrder1001(fake.shop);
    order.name = "EU1001";
    const source = createShopifyOrderSource({ client: fake.client() });
    const found = await source.findOrder({ number: "eu1001", email: ANNA.email });
    expect(found.ok && found.order.number).toBe("EU1001");
    expect(fake.shop.calls[0]).toMatchObject({
      operationName: "FindOrdersByName",
      variables: { query: 'name:"#EU1001" OR name:"EU1001"' },
    });
  });

  it("waits out a THROTTLED answer by the restore rate and then succeeds, without a failed call", async () => {
    seedOrder1001(fake.shop);
    fake.shop.throttleNext = 1;
    const found = await createShopifyOrderSource({ client: fake.client() }).getOrder("450789469");
    expect(found.ok).toBe(true);
    // 50 points requested, 10 available, 100 restored per second: one second.
    expect(fake.sleeps).toEqual([1000]);
    expect(fake.shop.calls.map((c) => c.status)).toEqual(["throttled", "ok"]);
  });

  it("answers unavailable (retryable) when Shopify stays throttled, and when the token is revoked", async () => {
    seedOrder1001(fake.shop);
    fake.shop.throttleNext = 10;
    const source = createShopifyOrderSource({ client: fake.client() });
    expect(await source.getOrder("450789469")).toEqual({
      ok: false,
      reason: "unavailable",
      retryable: true,
      message: "Still throttled by Shopify",
    });
    expect(fake.sleeps).toEqual([1000, 1000, 1000, 1000, 1000]);
    fake.shop.throttleNext = 0;
    const revoked = createShopifyOrderSource({
      client: {
        ...fake.client(),
        request: (doc, vars) => fake.client({ ...fake.shop, accessToken: "x" }).request(doc, vars),
      },
    });
    expect(await revoked.getOrder("450789469")).toMatchObject({
      ok: false,
      reason: "unavailable",
      retryable: false,
    });
  });
});
