import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CASE_SYNC_TOPICS, mapShopifyWebhook } from "./index.js";

// Bodies trimmed from the examples in Shopify's webhook reference (REST-style JSON of the resource).
const returnRequested = {
  id: 945000954,
  admin_graphql_api_id: "gid://shopify/Return/945000954",
  name: "#1001-R1",
  status: "requested",
  order: { id: 450789469, admin_graphql_api_id: "gid://shopify/Order/450789469" },
  total_return_line_items: 3,
  return_line_items: [
    {
      id: 1,
      admin_graphql_api_id: "gid://shopify/ReturnLineItem/1",
      fulfillment_line_item: {
        id: 1001,
        admin_graphql_api_id: "gid://shopify/FulfillmentLineItem/1001",
        line_item: { id: 466157049, admin_graphql_api_id: "gid://shopify/LineItem/466157049" },
      },
      quantity: 1,
      return_reason: "size_too_small",
      return_reason_note: "",
      customer_note: "Runs small",
    },
    {
      // The second parcel of the same line: one line for us.
      id: 2,
      fulfillment_line_item: { id: 1003, line_item: { id: 466157049 } },
      quantity: 1,
      return_reason: "size_too_small",
    },
    {
      id: 3,
      fulfillment_line_item: { id: 1002, line_item: { id: 518995019 } },
      quantity: 1,
      return_reason: "other",
      return_reason_definition: { handle: "unwanted" },
    },
  ],
  exchange_line_items: [],
};

describe("Shopify webhooks → platform facts", () => {
  it("maps returns/request to the opened return in our words: gids, one line per order line, our reasons", () => {
    expect(mapShopifyWebhook("returns/request", returnRequested)).toEqual({
      facts: [
        {
          type: "return_opened",
          platform: "shopify",
          returnId: "gid://shopify/Return/945000954",
          name: "#1001-R1",
          orderId: "gid://shopify/Order/450789469",
          exchange: false,
          lines: [
            {
              lineId: "gid://shopify/LineItem/466157049",
              quantity: 2,
              reason: "size_too_small",
              note: "Runs small",
            },
            { lineId: "gid://shopify/LineItem/518995019", quantity: 1, reason: "changed_mind" },
          ],
        },
      ],
    });
  });

  it("reads our own reason code back from the note of a return the app requested as 'other'", () => {
    const body = {
      ...returnRequested,
      return_line_items: [
        {
          quantity: 1,
          return_reason: "other",
          customer_note: "Reason: late_delivery — came after the party",
          fulfillment_line_item: { line_item: { id: 466157049 } },
        },
      ],
      exchange_line_items: [{ id: 7 }],
    };
    expect(mapShopifyWebhook("returns/request", body)).toMatchObject({
      facts: [
        {
          exchange: true,
          lines: [
            {
              lineId: "gid://shopify/LineItem/466157049",
              reason: "late_delivery",
              note: "came after the party",
            },
          ],
        },
      ],
    });
  });

  it("opens before approving on returns/approve (admin-made returns start approved), status facts otherwise", () => {
    expect(
      mapShopifyWebhook("returns/approve", { ...returnRequested, status: "open" }).facts.map((f) => f.type),
    ).toEqual(["return_opened", "return_approved"]);
    const bare = { id: 945000954, admin_graphql_api_id: "gid://shopify/Return/945000954", name: "#1001-R1" };
    const ref = { platform: "shopify", returnId: "gid://shopify/Return/945000954", name: "#1001-R1" };
    expect(mapShopifyWebhook("returns/approve", bare)).toEqual({
      facts: [{ type: "return_approved", ...ref }],
    });
    expect(mapShopifyWebhook("returns/close", bare)).toEqual({ facts: [{ type: "return_closed", ...ref }] });
    expect(mapShopifyWebhook("returns/cancel", bare)).toEqual({
      facts: [{ type: "return_cancelled", ...ref }],
    });
    expect(mapShopifyWebhook("returns/reopen", bare)).toEqual({
      facts: [{ type: "return_reopened", ...ref }],
    });
    expect(
      mapShopifyWebhook("returns/decline", {
        ...bare,
        status: "declined",
        decline: { reason: "return_period_ended", note: "Bought in 2024" },
      }),
    ).toEqual({
      facts: [{ type: "return_declined", ...ref, reasonCode: "window_expired", message: "Bought in 2024" }],
    });
    expect(
      mapShopifyWebhook("returns/update", {
        admin_graphql_api_id: "gid://shopify/Return/945000954",
        return_line_items: {
          removals: [{ admin_graphql_api_id: "gid://shopify/ReturnLineItem/2", delta: 1 }],
        },
      }),
    ).toEqual({
      facts: [
        {
          type: "return_updated",
          platform: "shopify",
          returnId: "gid://shopify/Return/945000954",
          summary: "1 return lines removed",
        },
      ],
    });
  });

  it("maps refunds/create to the money paid back: successful refund transactions in minor units", () => {
    const body = {
      id: 929361465,
      admin_graphql_api_id: "gid://shopify/Refund/929361465",
      order_id: 450789469,
      created_at: "2026-03-01T11:00:00+01:00",
      note: "Size exchange not possible",
      return: { id: 945000954, admin_graphql_api_id: "gid://shopify/Return/945000954" },
      refund_line_items: [{ line_item_id: 466157049, quantity: 1, restock_type: "return" }],
      transactions: [
        { amount: "35.95", currency: "EUR", kind: "refund", status: "success", gateway: "shopify_payments" },
        { amount: "4.90", currency: "EUR", kind: "refund", status: "success", gateway: "shopify_payments" },
        { amount: "10.00", currency: "EUR", kind: "refund", status: "failure", gateway: "shopify_payments" },
      ],
    };
    expect(mapShopifyWebhook("refunds/create", body)).toEqual({
      facts: [
        {
          type: "refund_created",
          platform: "shopify",
          refundId: "gid://shopify/Refund/929361465",
          orderId: "gid://shopify/Order/450789469",
          returnId: "gid://shopify/Return/945000954",
          amount: { amount: 4085, currency: "EUR" },
          method: "original_payment",
        },
      ],
    });
    expect(
      mapShopifyWebhook("refunds/create", {
        ...body,
        return: null,
        transactions: [
          {
            amount: "1500",
            currency: "JPY",
            kind: "refund",
            status: "success",
            gateway: "shopify_store_credit",
          },
        ],
      }).facts[0],
    ).toMatchObject({ amount: { amount: 1500, currency: "JPY" }, method: "store_credit" });
    expect(mapShopifyWebhook("refunds/create", { ...body, transactions: [] })).toEqual({
      facts: [],
      ignored: "refunds/create: refund gid://shopify/Refund/929361465 paid nothing back",
    });
  });

  it("maps order and fulfilment webhooks to fulfilment and delivery instants in UTC", () => {
    expect(
      mapShopifyWebhook("orders/fulfilled", {
        id: 450789469,
        name: "#1001",
        fulfillments: [
          {
            id: 255858046,
            status: "success",
            shipment_status: "delivered",
            created_at: "2026-02-09T16:30:00+01:00",
            updated_at: "2026-02-12T11:04:00+01:00",
          },
        ],
      }),
    ).toEqual({
      facts: [
        {
          type: "order_fulfilled",
          platform: "shopify",
          orderId: "gid://shopify/Order/450789469",
          fulfilledAt: "2026-02-09T15:30:00.000Z",
          deliveredAt: "2026-02-12T10:04:00.000Z",
        },
      ],
    });
    expect(
      mapShopifyWebhook("fulfillment_events/create", {
        id: 944956395,
        fulfillment_id: 255858046,
        order_id: 450789469,
        status: "delivered",
        happened_at: "2026-02-12T11:04:00+01:00",
      }),
    ).toEqual({
      facts: [
        {
          type: "order_fulfilled",
          platform: "shopify",
          orderId: "gid://shopify/Order/450789469",
          deliveredAt: "2026-02-12T10:04:00.000Z",
        },
      ],
    });
    expect(
      mapShopifyWebhook("fulfillment_events/create", { order_id: 450789469, status: "in_transit" }),
    ).toEqual({ facts: [], ignored: "fulfillment_events/create: carrier status in_transit" });
    expect(mapShopifyWebhook("orders/updated", { id: 450789469, fulfillments: [] })).toEqual({
      facts: [],
      ignored: "orders/updated: nothing fulfilled",
    });
  });

  it("never throws on valid but unexpected bodies: they map to nothing, with the reason", () => {
    for (const topic of CASE_SYNC_TOPICS) {
      for (const body of [{}, { id: "x" }, { return_line_items: "?" }, { transactions: null, order_id: 1 }]) {
        expect(() => mapShopifyWebhook(topic, body), `${topic} ${JSON.stringify(body)}`).not.toThrow();
      }
    }
    expect(mapShopifyWebhook("returns/request", { id: 1, order: { id: 2 }, return_line_items: [] })).toEqual({
      facts: [],
      ignored: "returns/request: the return names no order or no lines",
    });
    expect(mapShopifyWebhook("returns/process", { id: 1 })).toEqual({
      facts: [],
      ignored: "returns/process: not a topic that changes cases",
    });
  });

  it("subscribes in shopify.app.toml to exactly the topics the sync handles, plus the app topics", () => {
    const toml = readFileSync(new URL("../../shopify.app.toml", import.meta.url), "utf8");
    const block = /topics = \[([^\]]*)\]/.exec(toml)![1]!;
    const topics = [...block.matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
    expect([...topics].sort()).toEqual(["app/scopes_update", "app/uninstalled", ...CASE_SYNC_TOPICS].sort());
  });
});
