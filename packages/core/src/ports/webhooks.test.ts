import { describe, expect, it } from "vitest";
import { validate } from "../validation.js";
import { PlatformEventSchema, webhookBodyBytes, webhookBodyText, webhookHeader } from "./webhooks.js";

describe("webhookHeader", () => {
  it("reads a plain record case-insensitively and skips undefined values", () => {
    const headers = { "X-Shopify-Topic": "orders/updated", "x-shopify-topic": undefined, Other: "1" };
    expect(webhookHeader(headers, "x-shopify-topic")).toBe("orders/updated");
    expect(webhookHeader(headers, "X-SHOPIFY-TOPIC")).toBe("orders/updated");
    expect(webhookHeader(headers, "x-missing")).toBeUndefined();
  });

  it("reads a Headers object", () => {
    const headers = new Headers({ "X-WC-Webhook-Topic": "order.updated" });
    expect(webhookHeader(headers, "x-wc-webhook-topic")).toBe("order.updated");
    expect(webhookHeader(headers, "x-missing")).toBeUndefined();
  });
});

describe("webhook bodies", () => {
  it("converts between text and UTF-8 bytes without loss", () => {
    const text = '{"note":"退款 €5"}';
    const bytes = webhookBodyBytes(text);
    expect(bytes.length).toBe(22);
    expect(webhookBodyText(bytes)).toBe(text);
    expect(webhookBodyBytes(bytes)).toBe(bytes);
    expect(webhookBodyText(text)).toBe(text);
  });
});

describe("PlatformEventSchema", () => {
  it("accepts a normalised event and rejects a platform topic name", () => {
    const event = {
      platform: "shopify",
      deliveryId: "b54557e4-bdd9-4b37-8a5f-bf7d70bcd043",
      topic: "order.updated",
      shop: "demo.myshopify.com",
      occurredAt: "2026-11-16T09:00:00Z",
      resourceId: "gid://shopify/Order/1",
      payload: { id: 1 },
    };
    expect(validate(PlatformEventSchema, event).ok).toBe(true);
    const bad = validate(PlatformEventSchema, { ...event, topic: "orders/updated" });
    expect(bad.ok ? [] : bad.issues.map((i) => i.path)).toEqual(["topic"]);
  });
});
