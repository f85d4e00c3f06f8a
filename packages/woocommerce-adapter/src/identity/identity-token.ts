import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";

// The WordPress plugin signs the logged-in customer for the widget; the server verifies it here.
//
// Token format (version 1):
//   token   = B64U(payload) "." B64U(HMAC-SHA256(key = shared secret, message = B64U(payload)))
//   B64U    = base64url without padding (RFC 4648 §5)
//   payload = UTF-8 JSON object:
//     { "v": 1, "store": "<store slug>", "sub": "<WordPress user id>", "email": "<user email>",
//       "iat": <Unix seconds>, "exp": <Unix seconds>, "order"?: "<WooCommerce order id>" }
// The MAC covers the encoded payload exactly as sent, so neither side has to re-encode JSON the
// same way. The plugin issues tokens for 10 minutes; the server accepts at most one hour.

/** The claims of an identity token. */
export const IdentityClaimsSchema = z.object({
  v: z.literal(1),
  store: z.string().min(1).max(200),
  sub: z.string().regex(/^[1-9]\d{0,18}$/, "must be a WordPress user id"),
  email: z.email().max(254),
  iat: z.number().int().nonnegative(),
  exp: z.number().int().positive(),
  order: z
    .string()
    .regex(/^[1-9]\d{0,18}$/, "must be a WooCommerce order id")
    .optional(),
});
/** The claims of an identity token. */
export type IdentityClaims = z.infer<typeof IdentityClaimsSchema>;

/** Why an identity token was refused. */
export const IdentityTokenRejection = {
  /** Not two base64url parts, or the payload is not the claims object. */
  malformed: "malformed",
  /** The MAC does not match (wrong secret or a changed payload). */
  bad_signature: "bad_signature",
  expired: "expired",
  /** Issued in the future (beyond the allowed clock skew). */
  not_yet_valid: "not_yet_valid",
  /** Valid for longer than the server accepts. */
  lifetime_too_long: "lifetime_too_long",
  /** Signed for another store. */
  wrong_store: "wrong_store",
} as const;
/** Zod enum of {@link IdentityTokenRejection}. */
export const IdentityTokenRejectionSchema = z.enum(IdentityTokenRejection);
/** Why an identity token was refused. */
export type IdentityTokenRejection = z.infer<typeof IdentityTokenRejectionSchema>;

/** A verified WordPress customer. */
export interface VerifiedIdentity {
  readonly store: string;
  /** The WordPress user id, which is also the WooCommerce customer id. */
  readonly customerId: string;
  readonly email: string;
  /** The order the page was rendered for (My Account → order), when there is one. */
  readonly orderId?: string;
  readonly issuedAt: string;
  readonly expiresAt: string;
}

/** The outcome of {@link verifyIdentityToken}. */
export type IdentityVerification =
  | { readonly ok: true; readonly identity: VerifiedIdentity }
  | { readonly ok: false; readonly reason: IdentityTokenRejection };

/** Checks beyond the signature. */
export interface IdentityTokenOptions {
  /** The store slug the token must name (the `{store}` of the session route). */
  readonly store?: string;
  /** Longest accepted `exp − iat` in seconds (default 3,600). */
  readonly maxLifetimeSeconds?: number;
  /** Tolerated clock difference between WordPress and the server in seconds (default 60). */
  readonly clockSkewSeconds?: number;
}

const B64U = /^[A-Za-z0-9_-]+$/;

function base64url(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString("base64url");
}

function mac(encodedPayload: string, secret: string): Buffer {
  return createHmac("sha256", secret).update(encodedPayload, "utf8").digest();
}

function epochSeconds(now: number | string | Date): number {
  const ms = now instanceof Date ? now.getTime() : typeof now === "number" ? now : Date.parse(now);
  if (!Number.isFinite(ms)) throw new TypeError(`Not an instant: ${String(now)}`);
  return Math.floor(ms / 1000);
}

/**
 * Signs claims in the plugin's format. The plugin (PHP) is the real issuer; this exists for tests,
 * tools and other hosts that want to hand the widget a signed customer.
 */
export function signIdentityToken(claims: IdentityClaims, sharedSecret: string): string {
  const encoded = base64url(new TextEncoder().encode(JSON.stringify(claims)));
  return `${encoded}.${base64url(mac(encoded, sharedSecret))}`;
}

/**
 * Verifies a WordPress-signed identity token: the HMAC-SHA256 in constant time first, then the
 * claims, their lifetime against `now` (epoch ms, ISO instant or Date) and, when given, the store.
 * Every refusal is a value; nothing about a token is trusted before its MAC matched.
 */
export function verifyIdentityToken(
  token: string,
  sharedSecret: string,
  now: number | string | Date,
  options: IdentityTokenOptions = {},
): IdentityVerification {
  if (sharedSecret.length === 0) throw new TypeError("The identity token secret must not be empty");
  const parts = token.trim().split(".");
  if (parts.length !== 2 || !parts.every((part) => B64U.test(part)) || token.length > 4096) {
    return { ok: false, reason: "malformed" };
  }
  const [encoded, signature] = parts as [string, string];
  const expected = mac(encoded, sharedSecret);
  const given = Buffer.from(signature, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return { ok: false, reason: "bad_signature" };
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(encoded, "base64url").toString("utf8"));
  } catch {
    return { ok: false, reason: "malformed" };
  }
  const parsed = IdentityClaimsSchema.safeParse(json);
  if (!parsed.success) return { ok: false, reason: "malformed" };
  const claims = parsed.data;
  const at = epochSeconds(now);
  const skew = options.clockSkewSeconds ?? 60;
  if (claims.exp <= claims.iat || claims.exp - claims.iat > (options.maxLifetimeSeconds ?? 3600)) {
    return { ok: false, reason: "lifetime_too_long" };
  }
  if (claims.iat > at + skew) return { ok: false, reason: "not_yet_valid" };
  if (claims.exp <= at - skew) return { ok: false, reason: "expired" };
  if (options.store !== undefined && claims.store !== options.store)
    return { ok: false, reason: "wrong_store" };
  return {
    ok: true,
    identity: {
      store: claims.store,
      customerId: claims.sub,
      email: claims.email,
      ...(claims.order ? { orderId: claims.order } : {}),
      issuedAt: new Date(claims.iat * 1000).toISOString(),
      expiresAt: new Date(claims.exp * 1000).toISOString(),
    },
  };
}
