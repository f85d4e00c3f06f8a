import { describe, expect, it } from "vitest";
import { createWooCommerceClient } from "../client/client.js";
import { createWooCommerceOrderSource } from "../order/order-source.js";
import { createFakeStore } from "../testing/fake-store.js";
import { SHOP_URL, startMockWooCommerce } from "../testing/msw.js";
import vectors from "./fixtures/php-vectors.json" with { type: "json" };
import { resolveIdentityOrder } from "./identity-order.js";
import { type IdentityClaims, signIdentityToken, verifyIdentityToken } from "./identity-token.js";

// Vectors signed by the WordPress plugin's own PHP (scripts/identity-vectors.php, run with php-cli).
const [tab, order, other] = vectors as unknown as {
  name: string;
  secret: string;
  claims: IdentityClaims;
  token: string;
}[];
const SECRET = tab!.secret;
const at = (claims: IdentityClaims, offsetSeconds: number) => (claims.iat + offsetSeconds) * 1000;

describe("identity tokens signed by the WordPress plugin", () => {
  it("verifies every PHP vector to its claims", () => {
    for (const vector of vectors as unknown as { claims: IdentityClaims; token: string; secret: string }[]) {
      const result = verifyIdentityToken(vector.token, vector.secret, at(vector.claims, 30));
      expect(result).toEqual({
        ok: true,
        identity: {
          store: vector.claims.store,
          customerId: vector.claims.sub,
          email: vector.claims.email,
          ...(vector.claims.order ? { orderId: vector.claims.order } : {}),
          issuedAt: new Date(vector.claims.iat * 1000).toISOString(),
          expiresAt: new Date(vector.claims.exp * 1000).toISOString(),
        },
      });
    }
  });

  it("signs exactly like the plugin", () => {
    for (const vector of [tab!, order!, other!])
      expect(signIdentityToken(vector.claims, vector.secret)).toBe(vector.token);
  });

  it("reads the identity of the plugin's first vector exactly", () => {
    expect(verifyIdentityToken(tab!.token, SECRET, "2026-03-02T10:05:00Z")).toEqual({
      ok: true,
      identity: {
        store: "nordlicht",
        customerId: "26",
        email: "joao.silva@example.com",
        issuedAt: "2026-03-02T10:00:00.000Z",
        expiresAt: "2026-03-02T10:10:00.000Z",
      },
    });
  });

  it("refuses a token signed with another secret", () => {
    expect(verifyIdentityToken(tab!.token, "another-secret", at(tab!.claims, 0))).toEqual({
      ok: false,
      reason: "bad_signature",
    });
  });

  it("refuses a payload changed after signing (another customer id)", () => {
    const [, mac] = order!.token.split(".");
    const forged = Buffer.from(JSON.stringify({ ...order!.claims, sub: "27" })).toString("base64url");
    expect(verifyIdentityToken(`${forged}.${mac}`, SECRET, at(order!.claims, 0))).toEqual({
      ok: false,
      reason: "bad_signature",
    });
  });

  it("refuses malformed tokens before looking at them", () => {
    for (const token of ["", "abc", "a.b.c", `${tab!.token}=`, `${tab!.token.split(".")[0]}.`, "ä.ö"]) {
      expect(verifyIdentityToken(token, SECRET, at(tab!.claims, 0))).toEqual({
        ok: false,
        reason: "malformed",
      });
    }
  });

  it("refuses correctly signed payloads that are not the claims object", () => {
    const sign = (payload: unknown) => signIdentityToken(payload as IdentityClaims, SECRET);
    expect(verifyIdentityToken(sign({ ...tab!.claims, v: 2 }), SECRET, at(tab!.claims, 0))).toEqual({
      ok: false,
      reason: "malformed",
    });
    expect(verifyIdentityToken(sign({ ...tab!.claims, sub: "0" }), SECRET, at(tab!.claims, 0))).toEqual({
      ok: false,
      reason: "malformed",
    });
    expect(verifyIdentityToken(sign([1, 2]), SECRET, at(tab!.claims, 0))).toEqual({
      ok: false,
      reason: "malformed",
    });
  });

  it("accepts a token until 60 s past its expiry (clock skew) and refuses it after", () => {
    expect(verifyIdentityToken(tab!.token, SECRET, at(tab!.claims, 600 + 59)).ok).toBe(true);
    expect(verifyIdentityToken(tab!.token, SECRET, at(tab!.claims, 600 + 60))).toEqual({
      ok: false,
      reason: "expired",
    });
  });

  it("refuses a token issued in the future beyond the skew", () => {
    expect(verifyIdentityToken(tab!.token, SECRET, at(tab!.claims, -60)).ok).toBe(true);
    expect(verifyIdentityToken(tab!.token, SECRET, at(tab!.claims, -61))).toEqual({
      ok: false,
      reason: "not_yet_valid",
    });
  });

  it("refuses a token valid for longer than an hour, even if signed", () => {
    const long = signIdentityToken({ ...tab!.claims, exp: tab!.claims.iat + 3601 }, SECRET);
    expect(verifyIdentityToken(long, SECRET, at(tab!.claims, 0))).toEqual({
      ok: false,
      reason: "lifetime_too_long",
    });
  });

  it("refuses a token signed for another store", () => {
    expect(verifyIdentityToken(other!.token, SECRET, at(other!.claims, 0), { store: "nordlicht" })).toEqual({
      ok: false,
      reason: "wrong_store",
    });
    expect(verifyIdentityToken(tab!.token, SECRET, at(tab!.claims, 0), { store: "nordlicht" }).ok).toBe(true);
  });
});

describe("the order a verified identity opens", () => {
  const mock = startMockWooCommerce();
  function source() {
    const store = createFakeStore();
    mock.use(...store.handlers);
    const client = createWooCommerceClient({
      url: SHOP_URL,
      consumerKey: "ck",
      consumerSecret: "cs",
      retry: { retries: 0 },
    });
    return createWooCommerceOrderSource(client);
  }
  const identity = (orderId?: string) => ({
    store: "nordlicht",
    customerId: "26",
    email: "joao.silva@example.com",
    ...(orderId ? { orderId } : {}),
    issuedAt: "2026-03-02T10:00:00.000Z",
    expiresAt: "2026-03-02T10:10:00.000Z",
  });

  it("opens the customer's own order", async () => {
    const lookup = await resolveIdentityOrder(identity("723"), source());
    expect(lookup.ok && lookup.order.id).toBe("723");
  });

  it("refuses a guest order or another customer's order as not_found", async () => {
    expect(await resolveIdentityOrder(identity("727"), source())).toEqual({
      ok: false,
      reason: "not_found",
      message: "Order 727 belongs to another customer",
    });
    expect(await resolveIdentityOrder(identity("1042"), source())).toEqual({
      ok: false,
      reason: "not_found",
      message: "Order 1042 belongs to another customer",
    });
  });

  it("refuses a token without an order", async () => {
    expect(await resolveIdentityOrder(identity(), source())).toEqual({
      ok: false,
      reason: "not_found",
      message: "The identity token names no order",
    });
  });
});
