import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { createWooCommerceClient } from "../client/client.js";
import { refunds723 } from "../testing/fixtures.js";
import { API, SHOP_URL, startMockWooCommerce, wpError } from "../testing/msw.js";
import { readRefundOrigins } from "./refund-origins.js";

const mock = startMockWooCommerce();
const client = createWooCommerceClient({
  url: SHOP_URL,
  consumerKey: "ck_test",
  consumerSecret: "cs_test",
  retry: { retries: 0 },
  sleep: async () => {},
});

describe("readRefundOrigins", () => {
  it("tells our refunds (idempotency key in the meta) from the admin's, with when and how they were paid", async () => {
    const ours = {
      ...refunds723[0],
      id: 740,
      date_created_gmt: "2026-11-23T09:00:00",
      refunded_payment: true,
      meta_data: [{ id: 1, key: "aftersales_idempotency_key", value: "case:cas_1:key:k1" }],
    };
    mock.use(http.get(`${API}/orders/723/refunds`, () => HttpResponse.json([ours, ...refunds723])));
    const origins = await readRefundOrigins(client, "723");
    expect(origins.ok && Object.fromEntries(origins.refunds)).toEqual({
      "740": { ours: true, createdAt: "2026-11-23T09:00:00.000Z", refundedPayment: true },
      "726": { ours: false, createdAt: "2017-03-21T20:07:11.000Z", refundedPayment: false },
      "724": { ours: false, createdAt: "2017-03-21T19:55:37.000Z", refundedPayment: false },
    });
  });

  it("reports an outage as a retryable value, not an error", async () => {
    mock.use(
      http.get(`${API}/orders/723/refunds`, () =>
        wpError("internal_server_error", "Database went away", { status: 503 }, 503),
      ),
    );
    expect(await readRefundOrigins(client, "723")).toMatchObject({ ok: false, retryable: true });
  });
});
