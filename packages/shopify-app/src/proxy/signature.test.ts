import { describe, expect, it } from "vitest";
import { appProxyMessage, signAppProxyQuery, verifyAppProxyQuery } from "./signature.js";

// Shopify's documented app proxy example: secret "hush", forwarded query with a repeated `extra`.
const DOC_QUERY =
  "extra=1&extra=2&shop=shop-name.myshopify.com&logged_in_customer_id=1&path_prefix=%2Fapps%2Fawesome_reviews&timestamp=1317327555&signature=4c68c8624d737112c91818c11017d24d334b524cb5c2b8ba08daa056f7395ddb";
const AT = 1317327555 * 1000;

describe("app proxy signature", () => {
  it("joins repeated parameters with commas, sorts, drops signature and concatenates", () => {
    expect(appProxyMessage(new URLSearchParams(DOC_QUERY))).toBe(
      "extra=1,2logged_in_customer_id=1path_prefix=/apps/awesome_reviewsshop=shop-name.myshopify.comtimestamp=1317327555",
    );
  });

  it("verifies the documented example and reads the signed-in customer", () => {
    expect(verifyAppProxyQuery("hush", new URLSearchParams(DOC_QUERY), AT + 60_000)).toEqual({
      ok: true,
      identity: {
        shop: "shop-name.myshopify.com",
        loggedInCustomerId: "1",
        pathPrefix: "/apps/awesome_reviews",
      },
    });
  });

  it("rejects a changed customer id, a wrong secret and an old timestamp", () => {
    const tampered = new URLSearchParams(
      DOC_QUERY.replace("logged_in_customer_id=1", "logged_in_customer_id=2"),
    );
    expect(verifyAppProxyQuery("hush", tampered, AT)).toEqual({ ok: false, reason: "bad_signature" });
    expect(verifyAppProxyQuery("hush2", new URLSearchParams(DOC_QUERY), AT)).toEqual({
      ok: false,
      reason: "bad_signature",
    });
    expect(verifyAppProxyQuery("hush", new URLSearchParams(DOC_QUERY), AT + 301_000)).toEqual({
      ok: false,
      reason: "stale",
    });
    expect(
      verifyAppProxyQuery("hush", new URLSearchParams(DOC_QUERY.replace(/&signature=.*/, "")), AT),
    ).toEqual({
      ok: false,
      reason: "bad_signature",
    });
  });

  it("signs what it verifies (for local tools and tests)", () => {
    const params = new URLSearchParams(
      "shop=a.myshopify.com&path_prefix=%2Fapps%2Faftersales&timestamp=1700000000&logged_in_customer_id=",
    );
    params.set("signature", signAppProxyQuery("s3cret", params));
    expect(verifyAppProxyQuery("s3cret", params, 1_700_000_000_000)).toEqual({
      ok: true,
      identity: { shop: "a.myshopify.com", pathPrefix: "/apps/aftersales" },
    });
  });
});
