import { describe, expect, it } from "vitest";
import { oauthQueryMessage, signWebhookBody, verifyOAuthQuery, verifyWebhookHmac } from "./hmac.js";

// The customers/redact example payload from Shopify's privacy webhook docs, signed with the docs'
// example secret "hush". The expected header was computed independently with
// `printf '%s' "$BODY" | openssl dgst -sha256 -hmac hush -binary | base64`.
const REDACT_BODY =
  '{"shop_id":954889,"shop_domain":"shop-name.myshopify.com","customer":{"id":191167,"email":"john@example.com","phone":"555-625-1199"},"orders_to_redact":[299938,280263,220458]}';
const REDACT_HMAC = "6CHTVVRY38+CvS6pDmUb5wDfknD9oi/04F8mgHKCpyQ=";

describe("webhook HMAC (X-Shopify-Hmac-Sha256)", () => {
  it("is the base64 HMAC-SHA256 of the raw body", () => {
    expect(signWebhookBody("hush", REDACT_BODY)).toBe(REDACT_HMAC);
    expect(verifyWebhookHmac("hush", new TextEncoder().encode(REDACT_BODY), REDACT_HMAC)).toBe(true);
  });

  it("rejects another secret, a changed body, a re-serialised body and a missing header", () => {
    expect(verifyWebhookHmac("hush!", REDACT_BODY, REDACT_HMAC)).toBe(false);
    expect(verifyWebhookHmac("hush", REDACT_BODY.replace("191167", "191168"), REDACT_HMAC)).toBe(false);
    expect(verifyWebhookHmac("hush", JSON.stringify(JSON.parse(REDACT_BODY), null, 1), REDACT_HMAC)).toBe(
      false,
    );
    expect(verifyWebhookHmac("hush", REDACT_BODY, undefined)).toBe(false);
    expect(verifyWebhookHmac("hush", REDACT_BODY, "not base64 at all")).toBe(false);
  });

  it("accepts the previous secret while a rotated one is being rolled out", () => {
    expect(verifyWebhookHmac(["new-secret", "hush"], REDACT_BODY, REDACT_HMAC)).toBe(true);
  });
});

describe("OAuth / admin launch query HMAC", () => {
  // Shopify's documented example: secret "hush", shop some-shop.myshopify.com.
  const query =
    "code=0907a61c0c8d55e99db179b68161bc00&hmac=700e2dadb827fcc8609e9d5ce208b2e9cdaab9df07390d2cbca10d7c328fc4bf&shop=some-shop.myshopify.com&state=0.6784241404160823&timestamp=1337178173";

  it("signs the sorted parameters without hmac, joined with &", () => {
    expect(oauthQueryMessage(new URLSearchParams(query))).toBe(
      "code=0907a61c0c8d55e99db179b68161bc00&shop=some-shop.myshopify.com&state=0.6784241404160823&timestamp=1337178173",
    );
    expect(verifyOAuthQuery("hush", new URLSearchParams(query))).toBe(true);
  });

  it("rejects a changed parameter or a missing hmac", () => {
    expect(verifyOAuthQuery("hush", new URLSearchParams(query.replace("some-shop", "other-shop")))).toBe(
      false,
    );
    expect(verifyOAuthQuery("hush", new URLSearchParams(query.replace(/&hmac=[0-9a-f]+/, "")))).toBe(false);
  });
});
