import { z } from "zod";
import type { OrderSnapshot } from "../order/snapshot.js";

/**
 * Why an order lookup found nothing. `not_found` and `email_mismatch` are distinct here so that
 * staff tools and logs can tell them apart; the customer API must answer both the same way
 * (`order_not_verified`) so that order numbers cannot be probed. `unavailable` means the platform
 * could not be asked (outage, throttling, revoked access).
 */
export const OrderLookupFailure = {
  not_found: "not_found",
  email_mismatch: "email_mismatch",
  unavailable: "unavailable",
} as const;
/** Zod enum of {@link OrderLookupFailure}. */
export const OrderLookupFailureSchema = z.enum(OrderLookupFailure);
/** Why an order lookup found nothing. */
export type OrderLookupFailure = z.infer<typeof OrderLookupFailureSchema>;

/**
 * The outcome of asking an {@link OrderSource} for an order: the snapshot, or why there is none.
 * A lookup never throws for an unknown order or a wrong email; those are values.
 */
export type OrderLookup =
  | { readonly ok: true; readonly order: OrderSnapshot }
  | {
      readonly ok: false;
      readonly reason: OrderLookupFailure;
      /** True when asking again later may succeed (only for `unavailable`); absent means false. */
      readonly retryable?: boolean;
      /** Optional detail for logs and staff, never shown to shoppers. */
      readonly message?: string;
    };

/** What a shopper types to prove an order is theirs: the order number and the order's email. */
export const FindOrderQuerySchema = z.object({
  /** The order number as typed: "#1001", " 1001 ", "＃1001" all name the same order. */
  number: z.string(),
  /** The email on the order; compared trimmed and case-insensitively. */
  email: z.string(),
});
/** What a shopper types to prove an order is theirs. */
export type FindOrderQuery = z.infer<typeof FindOrderQuerySchema>;

/**
 * The port through which the server reads orders from a commerce platform (DESIGN §6). Every
 * adapter (Shopify, WooCommerce, the demo store) implements it and passes
 * `runOrderSourceContract` from `@aftersales/core/testing`. Every returned snapshot passes
 * `OrderSnapshotSchema`.
 */
export interface OrderSource {
  /** The platform name written into every snapshot (`shopify`, `woocommerce`, `demo`). */
  readonly platform: string;
  /** Reads one order by the platform's order id. */
  getOrder(orderId: string): Promise<OrderLookup>;
  /**
   * Finds an order by the number the shopper sees and the order's email. The number is compared
   * after {@link normalizeOrderNumber} and the email after {@link normalizeEmail}.
   */
  findOrder(query: FindOrderQuery): Promise<OrderLookup>;
}

/**
 * Normalises an order number for comparison: Unicode NFKC (so full-width "＃１００１" typed with a
 * Chinese or Japanese input method becomes "#1001"), whitespace removed, leading '#' removed,
 * upper case (Shopify order names may carry a prefix such as "EU").
 */
export function normalizeOrderNumber(input: string): string {
  return input.normalize("NFKC").replace(/\s+/g, "").replace(/^#+/, "").toUpperCase();
}

/**
 * Normalises an email for comparison: NFKC (full-width "＠" becomes "@"), trimmed, lower case.
 * Mailbox names are case-sensitive in theory, but no shop treats them so, and shoppers do not type
 * them the same way twice.
 */
export function normalizeEmail(input: string): string {
  return input.normalize("NFKC").trim().toLowerCase();
}

/**
 * Compares two strings in time that depends only on their lengths, not on where they first differ,
 * so a caller cannot learn a stored secret (such as an order's email) a character at a time from
 * response times. Pure JavaScript (core runs in browsers too, without `node:crypto`): every UTF-16
 * code unit up to the longer length is XORed, and a length difference also counts as a mismatch.
 */
export function constantTimeEqual(a: string, b: string): boolean {
  const length = Math.max(a.length, b.length);
  let diff = a.length ^ b.length;
  for (let i = 0; i < length; i++) {
    // Past the end charCodeAt is NaN, which `| 0` turns into 0.
    diff |= (a.charCodeAt(i) | 0) ^ (b.charCodeAt(i) | 0);
  }
  return diff === 0;
}

/**
 * Decides whether a snapshot found by its number belongs to the shopper who typed `query`:
 * `not_found` when the number does not match (or is empty), `email_mismatch` when the email does
 * not, otherwise the order. Adapters that search the platform by number call this on the hit.
 */
export function matchOrderCredentials(order: OrderSnapshot, query: FindOrderQuery): OrderLookup {
  const number = normalizeOrderNumber(query.number);
  if (number === "" || normalizeOrderNumber(order.number) !== number) {
    return { ok: false, reason: "not_found" };
  }
  const email = normalizeEmail(query.email);
  // Constant time: the email is the secret half of the shopper's proof.
  if (!constantTimeEqual(normalizeEmail(order.customer.email), email) || email === "") {
    return { ok: false, reason: "email_mismatch" };
  }
  return { ok: true, order };
}
