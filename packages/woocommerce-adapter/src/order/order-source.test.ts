import { runOrderSourceContract } from "@aftersales/core/testing";
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { createWooCommerceClient } from "../client/client.js";
import { createFakeStore } from "../testing/fake-store.js";
import { order727 } from "../testing/fixtures.js";
import { API, SHOP_URL, startMockWooCommerce, wpError } from "../testing/msw.js";
import { createWooCommerceOrderSource, type WooCommerceOrderSourceOptions } from "./order-source.js";

const mock = startMockWooCommerce();

function setup(options: WooCommerceOrderSourceOptions = {}) {
  const store = createFakeStore();
  mock.use(...store.handlers);
  const client = createWooCommerceClient({
    url: SHOP_URL,
    consumerKey: "ck_test",
    consumerSecret: "cs_test",
    retry: { retries: 0 },
    sleep: async () => {},
  });
  const source = createWooCommerceOrderSource(client, {
    deliveryDateMetaKey: "_aftersales_delivered_at",
    ...options,
  });
  return { store, source };
}

runOrderSourceContract("woocommerce (registered customer, refunds)", () => ({
  source: setup().source,
  fixtures: {
    existingOrder: { id: "723", number: "723", email: "joao.silva@example.com" },
    missingNumber: "99999",
    missingId: "99999",
  },
}));

runOrderSourceContract("woocommerce (number differs from id)", () => ({
  source: setup().source,
  fixtures: {
    existingOrder: { id: "1042", number: "EU-2024-0042", email: "anna.schmidt@example.de" },
    missingNumber: "EU-2024-0043",
    missingId: "1043",
  },
}));

describe("mapping the documented orders", () => {
  it("maps order 723 exactly: money in minor units, UTC dates, refunds with their lines, refundable quantities", async () => {
    const lookup = await setup().source.getOrder("723");
    if (!lookup.ok) throw new Error(lookup.reason);
    expect(lookup.order).toEqual({
      platform: "woocommerce",
      id: "723",
      number: "723",
      currency: "USD",
      customer: {
        id: "26",
        email: "joao.silva@example.com",
        phone: "(11) 1111-1111",
        firstName: "João",
        lastName: "Silva",
        country: "BR",
        region: "RJ",
      },
      salesChannel: "online",
      placedAt: "2017-03-21T19:16:00.000Z",
      fulfilledAt: "2017-03-21T19:54:51.000Z",
      deliveredAt: "2017-03-21T19:54:51.000Z",
      shippingAddress: { country: "BR", region: "RJ", city: "Rio de Janeiro", postalCode: "12345-000" },
      billingAddress: { country: "BR", region: "RJ", city: "Rio de Janeiro", postalCode: "12345-000" },
      lines: [
        {
          id: "311",
          productId: "87",
          title: "Woo Album #2",
          tags: [],
          collections: ["Music"],
          quantity: 1,
          refundableQuantity: 0,
          unitPrice: { amount: 900, currency: "USD" },
          flags: {
            finalSale: false,
            perishable: false,
            customized: false,
            digital: true,
            digitalOpened: false,
            giftCard: false,
            hygiene: false,
            periodical: false,
          },
        },
        {
          id: "313",
          productId: "34",
          title: "Woo Ninja",
          tags: ["Ninja"],
          collections: ["Clothing", "Hoodies"],
          quantity: 1,
          refundableQuantity: 1,
          unitPrice: { amount: 2000, currency: "USD" },
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
      ],
      shippingTotal: { amount: 1000, currency: "USD" },
      total: { amount: 3900, currency: "USD" },
      refunds: [
        {
          id: "726",
          createdAt: "2017-03-21T20:07:11.000Z",
          amount: { amount: 1000, currency: "USD" },
          lines: [],
        },
        {
          id: "724",
          createdAt: "2017-03-21T19:55:37.000Z",
          amount: { amount: 900, currency: "USD" },
          lines: [{ lineId: "311", quantity: 1 }],
        },
      ],
      returns: [],
      tags: [],
    });
  });

  it("maps the guest order 727: customer id null, tax included in unit prices, variation id, SKU and decoded title", async () => {
    const lookup = await setup().source.getOrder("727");
    if (!lookup.ok) throw new Error(lookup.reason);
    const { order } = lookup;
    expect(order.customer).toEqual({
      id: null,
      email: "john.doe@example.com",
      phone: "(555) 555-5555",
      firstName: "John",
      lastName: "Doe",
      country: "US",
      region: "CA",
    });
    expect(
      order.lines.map(
        ({ id, productId, variantId, sku, title, variantTitle, unitPrice, discount, tags, flags }) => ({
          id,
          productId,
          variantId,
          sku,
          title,
          variantTitle,
          unitPrice: unitPrice.amount,
          discount: discount?.amount,
          tags,
          finalSale: flags.finalSale,
          digital: flags.digital,
        }),
      ),
    ).toEqual([
      {
        id: "315",
        productId: "93",
        variantId: undefined,
        sku: undefined,
        title: "Woo Single #1",
        variantTitle: undefined,
        unitPrice: 323,
        discount: 1,
        tags: ["Final sale"],
        finalSale: true,
        digital: true,
      },
      {
        id: "316",
        productId: "22",
        variantId: "23",
        sku: "Bar3",
        title: "Ship Your Idea – Color: Black, Size: M Test",
        variantTitle: "black / M Test",
        unitPrice: 1290,
        discount: undefined,
        tags: ["Cotton & Linen"],
        finalSale: false,
        digital: false,
      },
    ]);
    expect(order.total).toEqual({ amount: 2935, currency: "USD" });
    expect(order.placedAt).toBe("2017-03-22T19:28:02.000Z");
    expect(order.fulfilledAt).toBeUndefined();
    expect(order.deliveredAt).toBeUndefined();
  });

  it("takes the delivery instant from the configured order meta key before date_completed_gmt", async () => {
    const lookup = await setup().source.getOrder("1042");
    if (!lookup.ok) throw new Error(lookup.reason);
    expect(lookup.order.fulfilledAt).toBe("2024-05-03T08:00:00.000Z");
    expect(lookup.order.deliveredAt).toBe("2024-05-06T14:30:00.000Z");
    const withoutKey = await setup({ deliveryDateMetaKey: "_other_key" }).source.getOrder("1042");
    expect(withoutKey.ok && withoutKey.order.deliveredAt).toBe("2024-05-03T08:00:00.000Z");
  });

  it("converts amounts by the currency's exponent (JPY has none, KWD three)", async () => {
    const { store, source } = setup();
    store.orders.set(727, {
      ...structuredClone(order727),
      currency: "JPY",
      total: "2935",
      shipping_total: "1000",
      shipping_tax: "0",
      line_items: [
        {
          ...order727.line_items[1],
          subtotal: "1200",
          subtotal_tax: "90",
          total: "1200",
          total_tax: "90",
          taxes: [{ id: 75, total: "90" }],
        },
      ],
    });
    const jpy = await source.getOrder("727");
    expect(jpy.ok && [jpy.order.total, jpy.order.lines[0]!.unitPrice]).toEqual([
      { amount: 2935, currency: "JPY" },
      { amount: 1290, currency: "JPY" },
    ]);
    store.orders.set(727, {
      ...structuredClone(order727),
      currency: "KWD",
      total: "29.350",
      line_items: [
        {
          ...order727.line_items[1],
          subtotal: "12.000",
          subtotal_tax: "0.900",
          total: "12.000",
          total_tax: "0.900",
        },
      ],
    });
    const kwd = await source.getOrder("727");
    expect(kwd.ok && [kwd.order.total, kwd.order.lines[0]!.unitPrice]).toEqual([
      { amount: 29350, currency: "KWD" },
      { amount: 12900, currency: "KWD" },
    ]);
  });

  it("spreads a line total that does not divide by its quantity into unit price and discount exactly", async () => {
    const { store, source } = setup();
    store.orders.set(727, {
      ...structuredClone(order727),
      line_items: [
        {
          ...order727.line_items[0],
          quantity: 3,
          subtotal: "10.00",
          subtotal_tax: "0.00",
          total: "9.00",
          total_tax: "0.00",
          taxes: [],
        },
      ],
    });
    const lookup = await source.getOrder("727");
    if (!lookup.ok) throw new Error(lookup.reason);
    const line = lookup.order.lines[0]!;
    expect([line.unitPrice.amount, line.discount?.amount]).toEqual([334, 102]);
    expect(line.unitPrice.amount * line.quantity - line.discount!.amount).toBe(900);
  });

  it("maps a line whose product was deleted (product_id 0, sku null) without asking the products endpoint for it", async () => {
    const { store, source } = setup();
    store.orders.set(727, {
      ...structuredClone(order727),
      line_items: [{ ...order727.line_items[0], product_id: 0, sku: null }],
    });
    const lookup = await source.getOrder("727");
    expect(lookup.ok && lookup.order.lines[0]).toMatchObject({ productId: "0", tags: [], collections: [] });
    expect(store.requests.filter((r) => r.path.startsWith("products"))).toEqual([]);
  });

  it("treats point-of-sale orders as a pos sales channel", async () => {
    const { store, source } = setup();
    store.orders.set(727, { ...structuredClone(order727), created_via: "pos" });
    const lookup = await source.getOrder("727");
    expect(lookup.ok && lookup.order.salesChannel).toBe("pos");
  });

  it("hides orders in the bin and unfinished checkout drafts", async () => {
    const { store, source } = setup();
    store.orders.set(727, { ...structuredClone(order727), status: "trash" });
    expect(await source.getOrder("727")).toEqual({ ok: false, reason: "not_found" });
    store.orders.set(727, { ...structuredClone(order727), status: "checkout-draft" });
    expect(await source.findOrder({ number: "727", email: "john.doe@example.com" })).toEqual({
      ok: false,
      reason: "not_found",
    });
  });

  it("answers an order without a billing email as unavailable, with the reason for staff", async () => {
    const { store, source } = setup();
    store.orders.set(727, { ...structuredClone(order727), billing: { ...order727.billing, email: "" } });
    expect(await source.getOrder("727")).toEqual({
      ok: false,
      reason: "unavailable",
      retryable: false,
      message: "Order 727 has no billing email",
    });
  });

  it("never puts a non-numeric id into a URL", async () => {
    const { store, source } = setup();
    expect(await source.getOrder("../customers/1")).toEqual({ ok: false, reason: "not_found" });
    expect(await source.getOrder("12abc")).toEqual({ ok: false, reason: "not_found" });
    expect(store.requests).toEqual([]);
  });
});

describe("finding orders by number and email", () => {
  it("finds an order whose number differs from its id through the shopper's email", async () => {
    const { store, source } = setup();
    const lookup = await source.findOrder({ number: "#eu-2024-0042", email: " ANNA.schmidt@example.DE " });
    expect(lookup.ok && lookup.order.id).toBe("1042");
    expect(store.requests.map((r) => r.path)).toContain("orders?search=anna.schmidt@example.de");
  });

  it("answers email_mismatch when the number exists but belongs to another email", async () => {
    expect(await setup().source.findOrder({ number: "727", email: "someone@example.com" })).toEqual({
      ok: false,
      reason: "email_mismatch",
    });
  });

  it("reads the shopper's orders page by page (X-WP-TotalPages) until the number turns up", async () => {
    const { store, source } = setup();
    for (let i = 0; i < 150; i++) {
      store.orders.set(2000 + i, { ...structuredClone(order727), id: 2000 + i, number: `A-${i}` });
    }
    const lookup = await source.findOrder({ number: "A-149", email: "john.doe@example.com" });
    expect(lookup.ok && lookup.order.id).toBe("2149");
    expect(store.requests.filter((r) => r.path.startsWith("orders?search")).length).toBe(2);
  });
});

describe("product tags and categories", () => {
  it("fetches each product once and serves later lookups from the cache", async () => {
    const { store, source } = setup();
    await source.getOrder("727");
    await source.getOrder("727");
    await source.getOrder("1042");
    expect(store.requests.filter((r) => r.path.startsWith("products"))).toEqual([
      { method: "GET", path: "products?include=93,22" },
    ]);
  });
});

describe("platform failures", () => {
  it("answers unavailable (retryable) when WooCommerce keeps failing", async () => {
    const { source } = setup();
    mock.use(http.get(`${API}/orders/723`, () => new HttpResponse("Service Unavailable", { status: 503 })));
    expect(await source.getOrder("723")).toEqual({
      ok: false,
      reason: "unavailable",
      retryable: true,
      message: "WooCommerce answered GET orders/723 with HTTP 503: Service Unavailable",
    });
  });

  it("answers unavailable (not retryable) when the keys are refused", async () => {
    const { source } = setup();
    mock.use(
      http.get(`${API}/orders`, () =>
        wpError("woocommerce_rest_cannot_view", "Sorry, you cannot list resources.", { status: 401 }, 401),
      ),
    );
    const lookup = await source.findOrder({ number: "EU-1", email: "a@example.com" });
    expect(lookup).toMatchObject({ ok: false, reason: "unavailable", retryable: false });
  });

  it("answers unavailable when an order does not match the documented shape", async () => {
    const { source } = setup();
    mock.use(http.get(`${API}/orders/723`, () => HttpResponse.json({ id: 723, number: "723" })));
    const lookup = await source.getOrder("723");
    expect(lookup).toMatchObject({ ok: false, reason: "unavailable", retryable: false });
  });
});
