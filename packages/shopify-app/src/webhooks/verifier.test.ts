import { runWebhookVerifierContract } from "@aftersales/core/testing";
import { signWebhookBody } from "./hmac.js";
import { createShopifyWebhookVerifier } from "./verifier.js";

const SECRET = "shpss_contract_secret";
const SHOP = "aftersales-test.myshopify.com";

const headers = (topic: string, eventId: string) => ({
  "X-Shopify-Topic": topic,
  "X-Shopify-Shop-Domain": SHOP,
  "X-Shopify-Webhook-Id": `b54557e4-bdd9-4b37-8a5f-bf7d70bcd043-${eventId}`,
  "X-Shopify-Event-Id": eventId,
  "X-Shopify-Triggered-At": "2026-02-12T10:04:00.000000Z",
  "X-Shopify-API-Version": "2026-10",
  "Content-Type": "application/json",
});

// Payloads trimmed from the examples in Shopify's webhook reference.
const orderUpdated = JSON.stringify({
  id: 450789469,
  admin_graphql_api_id: "gid://shopify/Order/450789469",
  name: "#1001",
  email: "anna.schmidt@example.de",
  updated_at: "2026-02-12T11:04:00+01:00",
});
const returnRequested = JSON.stringify({
  id: 945000954,
  admin_graphql_api_id: "gid://shopify/Return/945000954",
  status: "requested",
  order: { id: 450789469, admin_graphql_api_id: "gid://shopify/Order/450789469" },
});
const fulfillmentEvent = JSON.stringify({
  id: 944956395,
  fulfillment_id: 255858046,
  status: "delivered",
  order_id: 450789469,
});
const redact = JSON.stringify({
  shop_id: 954889,
  shop_domain: SHOP,
  customer: { id: 191167, email: "john@example.com", phone: "555-625-1199" },
  orders_to_redact: [299938, 280263, 220458],
});

runWebhookVerifierContract("shopify", () => ({
  verifier: createShopifyWebhookVerifier({ secret: SECRET }),
  sign: (rawBody, given) => ({
    rawBody,
    headers: { ...given, "X-Shopify-Hmac-Sha256": signWebhookBody(SECRET, rawBody) },
  }),
  fixtures: {
    events: [
      {
        rawBody: orderUpdated,
        headers: headers("orders/updated", "e-1"),
        expected: {
          topic: "order.updated",
          deliveryId: "orders/updated:e-1",
          resourceId: "gid://shopify/Order/450789469",
          shop: SHOP,
          occurredAt: "2026-02-12T10:04:00.000Z",
        },
      },
      {
        rawBody: returnRequested,
        headers: headers("returns/request", "e-2"),
        expected: {
          topic: "return.changed",
          deliveryId: "returns/request:e-2",
          resourceId: "gid://shopify/Return/945000954",
        },
      },
      {
        rawBody: fulfillmentEvent,
        headers: headers("fulfillment_events/create", "e-3"),
        expected: {
          topic: "fulfillment.changed",
          deliveryId: "fulfillment_events/create:e-3",
          resourceId: "gid://shopify/Order/450789469",
        },
      },
      {
        rawBody: redact,
        headers: headers("customers/redact", "e-4"),
        expected: {
          topic: "customer.redact",
          deliveryId: "customers/redact:e-4",
          resourceId: "gid://shopify/Customer/191167",
        },
      },
      {
        rawBody: JSON.stringify({ shop_id: 954889, shop_domain: SHOP }),
        headers: headers("shop/redact", "e-5"),
        expected: { topic: "shop.redact", deliveryId: "shop/redact:e-5", resourceId: "954889" },
      },
    ],
    unsupportedTopic: { rawBody: '{"id":1}', headers: headers("products/update", "e-6") },
    malformed: { rawBody: '{"id":450789469,', headers: headers("orders/updated", "e-7") },
    ping: null,
  },
}));
