import { AftersalesError } from "@aftersales/core";
import { describe, expect, it } from "vitest";
import vectors from "./identity/fixtures/php-vectors.json" with { type: "json" };
import { createWooCommercePlatform } from "./platform.js";
import { createFakeStore } from "./testing/fake-store.js";
import { startMockWooCommerce } from "./testing/msw.js";
import { signWooCommerceWebhook } from "./webhooks/verifier.js";

const mock = startMockWooCommerce();

const env = {
  WC_URL: "https://shop.example/",
  WC_CONSUMER_KEY: "ck_0123456789abcdef0123456789abcdef01234567",
  WC_CONSUMER_SECRET: "cs_0123456789abcdef0123456789abcdef01234567",
  WC_WEBHOOK_SECRET: "webhook-secret-1",
  WC_IDENTITY_SECRET: vectors[0]!.secret,
};

function configError(input: Record<string, string | undefined>): string {
  try {
    createWooCommercePlatform(input);
  } catch (error) {
    expect(error).toBeInstanceOf(AftersalesError);
    expect((error as AftersalesError).code).toBe("invalid_config");
    return (error as Error).message;
  }
  throw new Error("expected invalid_config");
}

describe("createWooCommercePlatform", () => {
  it("builds the order source, actions, verifier and capabilities from the environment", async () => {
    const store = createFakeStore();
    mock.use(...store.handlers);
    const platform = createWooCommercePlatform({
      ...env,
      WC_ORDER_STATUS_TARGETS: "completed, cancelled",
      WC_GATEWAY_REFUNDS: "true",
    });
    expect(platform.capabilities).toEqual({
      platformReturns: false,
      refunds: true,
      refundsToOriginalPayment: true,
      storeCredit: false,
      coupons: true,
      orderNotes: true,
      restock: true,
      orderStatus: true,
    });
    expect(platform.actions.orderStatusTargets).toEqual(["completed", "cancelled"]);
    const lookup = await platform.orderSource.findOrder({ number: "#723", email: "JOAO.SILVA@example.com" });
    expect(lookup.ok && lookup.order.id).toBe("723");
    const body = '{"id":723}';
    const verified = await platform.webhookVerifier.verify({
      headers: {
        "X-WC-Webhook-Topic": "order.deleted",
        "X-WC-Webhook-Delivery-ID": "d-1",
        "X-WC-Webhook-Signature": signWooCommerceWebhook(body, "webhook-secret-1"),
      },
      rawBody: body,
    });
    expect(verified).toEqual({
      ok: true,
      event: {
        platform: "woocommerce",
        deliveryId: "d-1",
        topic: "order.deleted",
        resourceId: "723",
        payload: { id: 723 },
      },
    });
    expect(platform.settings).toMatchObject({
      WC_URL: "https://shop.example",
      WC_CONSUMER_SECRET: "(set)",
      WC_GATEWAY_REFUNDS: true,
      WC_RESTOCK: true,
    });
  });

  it("names every bad variable at once and never echoes a secret", () => {
    expect(
      configError({
        WC_URL: "shop.example/wp-json",
        WC_CONSUMER_KEY: "my-key",
        WC_WEBHOOK_SECRET: "short",
        WC_GATEWAY_REFUNDS: "maybe",
      }),
    ).toBe(
      [
        "Invalid WooCommerce configuration:",
        '  WC_URL: must be the shop\'s http(s) site URL, e.g. https://shop.example (got "shop.example/wp-json")',
        "  WC_CONSUMER_KEY: must be a WooCommerce REST API consumer key (ck_…)",
        "  WC_CONSUMER_SECRET: is required",
        "  WC_WEBHOOK_SECRET: must be the webhook's secret from WooCommerce → Settings → Advanced → Webhooks",
        '  WC_GATEWAY_REFUNDS: must be true or false (got "maybe")',
      ].join("\n"),
    );
    expect(configError({ ...env, WC_URL: "https://shop.example/wp-json/wc/v3" })).toContain(
      "WC_URL: must be the site URL without /wp-json",
    );
  });

  it("verifies WordPress-signed customers with WC_IDENTITY_SECRET, and refuses all when it is unset", () => {
    const vector = vectors[1]!;
    const now = vector.claims.iat * 1000;
    const platform = createWooCommercePlatform(env);
    expect(platform.verifyIdentity(vector.token, now, { store: "nordlicht" })).toMatchObject({
      ok: true,
      identity: { customerId: "26", orderId: "723" },
    });
    const pinned = createWooCommercePlatform({ ...env, WC_STORE_SLUG: "laeden-berlin" });
    expect(pinned.storeSlug).toBe("laeden-berlin");
    expect(pinned.verifyIdentity(vector.token, now)).toEqual({ ok: false, reason: "wrong_store" });
    const { WC_IDENTITY_SECRET: _unset, ...withoutSecret } = env;
    expect(createWooCommercePlatform(withoutSecret).verifyIdentity(vector.token, now)).toEqual({
      ok: false,
      reason: "bad_signature",
    });
  });
});
