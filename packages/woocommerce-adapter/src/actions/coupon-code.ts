import { createHmac } from "node:crypto";

/** Crockford's base32 alphabet: no I, L, O or U, so codes survive being read aloud or retyped. */
const ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";

/**
 * The coupon code for an idempotency key: `<prefix>-xxxxx-xxxxx`, from an HMAC of the key with a
 * store secret, so the same request always asks WooCommerce for the same code (a repeat cannot
 * mint a second coupon) while codes cannot be guessed from keys. Lower case, because WooCommerce
 * lower-cases every code it stores. `attempt` > 0 gives a different code for the rare collision
 * with a code the merchant made by hand.
 */
export function couponCode(secret: string, idempotencyKey: string, prefix: string, attempt = 0): string {
  const digest = createHmac("sha256", secret)
    .update(attempt === 0 ? idempotencyKey : `${idempotencyKey}#${attempt}`)
    .digest();
  let chars = "";
  for (let i = 0; i < 10; i++) chars += ALPHABET[digest[i]! % 32];
  const body = `${chars.slice(0, 5)}-${chars.slice(5)}`;
  return prefix ? `${prefix.toLowerCase()}-${body}` : body;
}
