import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";

/** What a customer token lets its bearer do: see one order of one store, or one case (email links). */
export const TokenClaimsSchema = z.object({
  /** `order`: a verified order session; `case`: a link to one case from an email. */
  scope: z.enum(["order", "case"]),
  tenantId: z.string().min(1),
  orderId: z.string().min(1),
  orderNumber: z.string().min(1),
  email: z.string().min(1),
  caseId: z.string().min(1).optional(),
  /** Expiry, epoch seconds. */
  exp: z.number().int(),
});
/** The claims inside a customer token. */
export type TokenClaims = z.infer<typeof TokenClaimsSchema>;

/** Signs and verifies customer tokens with HMAC-SHA-256 under one server secret. */
export interface TokenSigner {
  sign(claims: TokenClaims): string;
  /** The claims when the signature is right and the token has not expired at `nowMs`; otherwise null. */
  verify(token: string, nowMs: number): TokenClaims | null;
}

/**
 * Creates a {@link TokenSigner}. A token is `base64url(json).base64url(hmac)`; the MAC is compared
 * in constant time. Different purposes use different derived keys so that a token of one kind can
 * never be replayed as another.
 */
export function createTokenSigner(secret: string): TokenSigner {
  const key = createHash("sha256").update(`aftersales:customer-token:v1:${secret}`).digest();
  const mac = (payload: string) => createHmac("sha256", key).update(payload).digest();
  // A shopper sends the same token with every call: its signature and claims are checked once per
  // process (only tokens that passed are kept, so made-up tokens cannot fill it), expiry every time.
  const verified = new Map<string, TokenClaims>();
  const check = (token: string): TokenClaims | null => {
    const dot = token.indexOf(".");
    if (dot <= 0 || dot !== token.lastIndexOf(".")) return null;
    const payload = token.slice(0, dot);
    const given = Buffer.from(token.slice(dot + 1), "base64url");
    const expected = mac(payload);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    let parsed: unknown;
    try {
      parsed = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
    } catch {
      return null;
    }
    const claims = TokenClaimsSchema.safeParse(parsed);
    return claims.success ? Object.freeze(claims.data) : null;
  };
  return {
    sign(claims) {
      const payload = Buffer.from(JSON.stringify(claims)).toString("base64url");
      return `${payload}.${mac(payload).toString("base64url")}`;
    },
    verify(token, nowMs) {
      let claims = verified.get(token) ?? null;
      if (!claims) {
        claims = check(token);
        if (!claims) return null;
        if (verified.size >= MAX_VERIFIED_TOKENS) verified.clear();
        verified.set(token, claims);
      }
      return claims.exp * 1000 <= nowMs ? null : claims;
    },
  };
}

/** How many verified tokens a signer remembers before it starts over. */
const MAX_VERIFIED_TOKENS = 10_000;
