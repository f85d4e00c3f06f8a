/** Crockford's base32 alphabet: no I, L, O or U, so codes survive being read aloud or retyped. */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** cyrb53: a small, well-mixed 53-bit string hash (public domain, by bryc). Not cryptographic. */
function cyrb53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * A coupon code derived from an idempotency key, `DEMO-XXXX-XXXX`: the same key always gives the
 * same code (so a retried request cannot mint a second coupon), and `taken` makes it unique by
 * re-hashing with a counter until it finds a code not yet used.
 */
export function demoCouponCode(idempotencyKey: string, taken: (code: string) => boolean): string {
  for (let attempt = 0; ; attempt++) {
    let n = cyrb53(attempt === 0 ? idempotencyKey : `${idempotencyKey}#${attempt}`);
    let chars = "";
    for (let i = 0; i < 8; i++) {
      chars += ALPHABET[n % 32];
      n = Math.floor(n / 32);
    }
    const code = `DEMO-${chars.slice(0, 4)}-${chars.slice(4)}`;
    if (!taken(code)) return code;
  }
}
