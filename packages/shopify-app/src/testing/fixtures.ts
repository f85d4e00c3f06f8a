import type { FakeOrder, FakeShop } from "./fake-admin-api.js";

/** The customer of the seeded orders (a registered customer who can receive store credit). */
export const ANNA = {
  id: "gid://shopify/Customer/207119551",
  email: "anna.schmidt@example.de",
  phone: "+4915112345678",
  firstName: "Anna",
  lastName: "Schmidt",
  country: "DE",
  province: "BE",
};

/**
 * Order #1001, shaped like the Admin API reference examples: two lines in EUR (one discounted),
 * shipped in one parcel delivered on 2026-02-12, one unit of the T-shirt already refunded.
 */
export function seedOrder1001(shop: FakeShop): FakeOrder {
  const order: FakeOrder = {
    id: "gid://shopify/Order/450789469",
    name: "#1001",
    email: ANNA.email,
    phone: ANNA.phone,
    createdAt: "2026-02-08T09:12:00Z",
    processedAt: "2026-02-08T09:12:00Z",
    currency: "EUR",
    tags: ["vip"],
    customer: ANNA,
    shippingAddress: { country: "DE", province: "BE", city: "Berlin", zip: "10115" },
    billingAddress: { country: "DE", province: "BE", city: "Berlin", zip: "10115" },
    total: "104.90",
    shipping: "4.90",
    lines: [
      {
        id: "gid://shopify/LineItem/466157049",
        title: "Linen shirt",
        variantTitle: "M / Blue",
        sku: "LS-M-BLUE",
        vendor: "Aftersales Test Co",
        quantity: 2,
        price: "39.95",
        discount: "8.00",
        variantId: "gid://shopify/ProductVariant/39072856",
        product: {
          id: "gid://shopify/Product/632910392",
          productType: "Shirts",
          tags: ["linen", "summer"],
          collections: ["summer-2026", "shirts"],
        },
      },
      {
        id: "gid://shopify/LineItem/518995019",
        title: "Organic T-shirt",
        variantTitle: "S",
        sku: "OT-S",
        quantity: 2,
        price: "14.05",
        variantId: "gid://shopify/ProductVariant/49148385",
        product: {
          id: "gid://shopify/Product/921728736",
          productType: "T-shirts",
          tags: ["Final-Sale"],
          collections: ["basics"],
        },
      },
    ],
    fulfillments: [
      {
        id: "gid://shopify/Fulfillment/255858046",
        status: "SUCCESS",
        createdAt: "2026-02-09T15:30:00Z",
        deliveredAt: "2026-02-12T11:04:00+01:00",
        lines: [
          {
            id: "gid://shopify/FulfillmentLineItem/1001",
            lineItemId: "gid://shopify/LineItem/466157049",
            quantity: 2,
          },
          {
            id: "gid://shopify/FulfillmentLineItem/1002",
            lineItemId: "gid://shopify/LineItem/518995019",
            quantity: 2,
          },
        ],
      },
    ],
    refunds: [
      {
        id: "gid://shopify/Refund/929361462",
        createdAt: "2026-02-14T08:00:00Z",
        note: "Goodwill",
        amount: "14.05",
        lines: [{ lineItemId: "gid://shopify/LineItem/518995019", quantity: 1 }],
      },
    ],
    transactions: [
      {
        id: "gid://shopify/OrderTransaction/389404469",
        kind: "SALE",
        status: "SUCCESS",
        gateway: "shopify_payments",
        amount: "104.90",
      },
    ],
  };
  shop.orders.set(order.id, order);
  shop.customers.add(ANNA.id);
  return order;
}
