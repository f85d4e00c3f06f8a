import { runWebhookVerifierContract } from "@aftersales/core/testing";
import { describe, expect, it } from "vitest";
import { coupon719, order727 } from "../testing/fixtures.js";
import {
  createWooCommerceWebhookVerifier,
  isWooCommercePing,
  signWooCommerceWebhook,
  webhookResponseStatus,
} from "./verifier.js";

const SECRET = "wc-webhook-secret-from-settings";

/** Headers as WooCommerce sends them with a delivery (without the signature). */
function wooHeaders(topic: string, deliveryId: string): Record<string, string> {
  const [resource, event] = topic.split(".");
  return {
    "Content-Type": "application/json",
    "User-Agent": "WooCommerce/9.8.0 Hookshot (WordPress/6.8)",
    "X-WC-Webhook-Source": "https://shop.example/",
    "X-WC-Webhook-Topic": topic,
    "X-WC-Webhook-Resource": resource!,
    "X-WC-Webhook-Event": event!,
    "X-WC-Webhook-ID": "142",
    "X-WC-Webhook-Delivery-ID": deliveryId,
  };
}

const orderBody = JSON.stringify(order727);
const couponBody = JSON.stringify(coupon719);

runWebhookVerifierContract("woocommerce", () => ({
  verifier: createWooCommerceWebhookVerifier({ secret: SECRET }),
  sign: (rawBody, headers) => ({
    rawBody,
    headers: { ...headers, "X-WC-Webhook-Signature": signWooCommerceWebhook(rawBody, SECRET) },
  }),
  fixtures: {
    events: [
      {
        rawBody: orderBody,
        headers: wooHeaders("order.updated", "8b1f0d3c2a5e4f6a9b7c1d2e3f4a5b6c"),
        expected: {
          topic: "order.updated",
          deliveryId: "8b1f0d3c2a5e4f6a9b7c1d2e3f4a5b6c",
          resourceId: "727",
          shop: "https://shop.example/",
          occurredAt: "2017-03-22T19:28:08.000Z",
        },
      },
      {
        rawBody: orderBody,
        headers: wooHeaders("order.created", "d41d8cd98f00b204e9800998ecf8427e"),
        expected: {
          topic: "order.created",
          deliveryId: "d41d8cd98f00b204e9800998ecf8427e",
          resourceId: "727",
        },
      },
      {
        rawBody: '{"id":727}',
        headers: wooHeaders("order.deleted", "0cc175b9c0f1b6a831c399e269772661"),
        expected: {
          topic: "order.deleted",
          deliveryId: "0cc175b9c0f1b6a831c399e269772661",
          resourceId: "727",
        },
      },
      {
        rawBody: couponBody,
        headers: wooHeaders("coupon.updated", "92eb5ffee6ae2fec3ad71c777531578f"),
        expected: {
          topic: "coupon.changed",
          deliveryId: "92eb5ffee6ae2fec3ad71c777531578f",
          resourceId: "719",
        },
      },
      {
        rawBody: couponBody,
        headers: wooHeaders("coupon.deleted", "4a8a08f09d37b73795649038408b5f33"),
        expected: {
          topic: "coupon.changed",
          deliveryId: "4a8a08f09d37b73795649038408b5f33",
          resourceId: "719",
        },
      },
    ],
    unsupportedTopic: {
      rawBody: '{"id":794,"name":"Premium Quality"}',
      headers: wooHeaders("product.updated", "8277e0910d750195b448797616e091ad"),
    },
    malformed: {
      rawBody: orderBody.slice(0, 120),
      headers: wooHeaders("order.updated", "e1671797c52e15f763380b45e841ec32"),
    },
    ping: {
      rawBody: "webhook_id=142",
      headers: {
        "Content-Type": "application/x-www-form-urlencoded",
        "User-Agent": "WooCommerce/9.8.0 Hookshot (WordPress/6.8)",
      },
    },
  },
}));

describe("WooCommerce webhook specifics", () => {
  const verifier = createWooCommerceWebhookVerifier({ secret: SECRET });

  it("computes the signature WooCommerce sends: base64 HMAC-SHA256 of the raw body", () => {
    // The expected value is PHP's `base64_encode( hash_hmac( 'sha256', $payload, $secret, true ) )`,
    // WC_Webhook::generate_signature, run with php-cli.
    expect(signWooCommerceWebhook('{"id":727}', "secret")).toBe(
      "UtiK1DTZewPTdDmUeS7YHg+QGcWcgW08Tnjy5YKijZ0=",
    );
  });

  it("exposes X-WC-Webhook-Delivery-ID so the server's inbox can drop a redelivery", async () => {
    const headers = {
      ...wooHeaders("order.updated", "abc123"),
      "X-WC-Webhook-Signature": signWooCommerceWebhook(orderBody, SECRET),
    };
    const first = await verifier.verify({ headers, rawBody: orderBody });
    const redelivery = await verifier.verify({ headers, rawBody: orderBody });
    expect(first.ok && "event" in first && first.event.deliveryId).toBe("abc123");
    expect(redelivery).toEqual(first);
  });

  it("calls a signed delivery without a delivery id malformed, since it could not be deduplicated", async () => {
    const headers: Record<string, string> = {
      ...wooHeaders("order.updated", "x"),
      "X-WC-Webhook-Signature": signWooCommerceWebhook(orderBody, SECRET),
    };
    delete headers["X-WC-Webhook-Delivery-ID"];
    expect(await verifier.verify({ headers, rawBody: orderBody })).toEqual({
      ok: false,
      reason: "malformed",
    });
  });

  it("falls back to X-WC-Webhook-Resource and -Event when the topic header is missing", async () => {
    const headers: Record<string, string> = {
      ...wooHeaders("coupon.created", "d1"),
      "X-WC-Webhook-Signature": signWooCommerceWebhook(couponBody, SECRET),
    };
    delete headers["X-WC-Webhook-Topic"];
    const result = await verifier.verify({ headers, rawBody: couponBody });
    expect(result.ok && "event" in result && result.event.topic).toBe("coupon.changed");
  });

  it("rejects a signature of the wrong length or in the wrong encoding without throwing", async () => {
    for (const signature of [
      "",
      "abc",
      "not base64 at all!!",
      signWooCommerceWebhook(orderBody, SECRET).slice(0, -4),
      signWooCommerceWebhook(orderBody, "other-secret"),
    ]) {
      const headers = { ...wooHeaders("order.updated", "d2"), "X-WC-Webhook-Signature": signature };
      expect(await verifier.verify({ headers, rawBody: orderBody })).toEqual({
        ok: false,
        reason: "bad_signature",
      });
    }
  });

  it("recognises only the bare webhook_id=<digits> body as the ping", () => {
    expect(isWooCommercePing("webhook_id=142")).toBe(true);
    expect(isWooCommercePing("webhook_id=142&x=1")).toBe(false);
    expect(isWooCommercePing("webhook_id=")).toBe(false);
    expect(isWooCommercePing('{"webhook_id":142}')).toBe(false);
  });

  it("answers the ping and events 200, a bad signature 401, an unreadable body 400 and an unwanted topic 200", () => {
    expect(webhookResponseStatus({ ok: true, ping: true })).toBe(200);
    expect(
      webhookResponseStatus({
        ok: true,
        event: { platform: "woocommerce", deliveryId: "d", topic: "order.updated", payload: {} },
      }),
    ).toBe(200);
    expect(webhookResponseStatus({ ok: false, reason: "bad_signature" })).toBe(401);
    expect(webhookResponseStatus({ ok: false, reason: "malformed" })).toBe(400);
    expect(webhookResponseStatus({ ok: false, reason: "unsupported_topic" })).toBe(200);
  });

  it("refuses an empty secret at start-up", () => {
    expect(() => createWooCommerceWebhookVerifier({ secret: "" })).toThrow(TypeError);
  });
});
