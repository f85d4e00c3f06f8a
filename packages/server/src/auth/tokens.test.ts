import { describe, expect, it } from "vitest";
import { createTokenSigner, type TokenClaims } from "./tokens.js";

const claims: TokenClaims = {
  scope: "order",
  tenantId: "ten_1",
  orderId: "o1",
  orderNumber: "#1001",
  email: "anna@example.de",
  exp: Date.parse("2026-11-23T10:00:00Z") / 1000,
};

describe("customer tokens", () => {
  const signer = createTokenSigner("s".repeat(32));

  it("round-trips the claims before expiry", () => {
    const token = signer.sign(claims);
    expect(signer.verify(token, Date.parse("2026-11-23T09:59:59Z"))).toEqual(claims);
  });

  it("rejects an expired token", () => {
    expect(signer.verify(signer.sign(claims), Date.parse("2026-11-23T10:00:00Z"))).toBeNull();
  });

  it("rejects a token whose claims were changed", () => {
    const [, sig] = signer.sign(claims).split(".");
    const forged = Buffer.from(JSON.stringify({ ...claims, orderId: "o2" })).toString("base64url");
    expect(signer.verify(`${forged}.${sig}`, 0)).toBeNull();
  });

  it("rejects a token signed with another secret, and garbage", () => {
    const other = createTokenSigner("t".repeat(32));
    expect(signer.verify(other.sign(claims), 0)).toBeNull();
    expect(signer.verify("nope", 0)).toBeNull();
    expect(signer.verify("a.b.c", 0)).toBeNull();
    expect(signer.verify(".", 0)).toBeNull();
  });

  it("still checks expiry and signature for a token it accepted before", () => {
    const token = signer.sign({ ...claims, orderId: "o3" });
    expect(signer.verify(token, Date.parse("2026-11-23T09:00:00Z"))?.orderId).toBe("o3");
    expect(signer.verify(token, Date.parse("2026-11-23T10:00:00Z"))).toBeNull();
    const [payload, sig] = token.split(".");
    const tampered = `${payload}.${sig!.slice(0, -2)}${sig!.endsWith("AA") ? "BB" : "AA"}`;
    expect(signer.verify(tampered, 0)).toBeNull();
    expect(other(token)).toBeNull();
  });
});

function other(token: string): TokenClaims | null {
  return createTokenSigner("u".repeat(32)).verify(token, 0);
}
