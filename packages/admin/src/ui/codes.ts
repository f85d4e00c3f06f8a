/** Case kinds (core `CaseKind`), in the order the console lists them. */
export const KINDS = ["return", "exchange", "complaint", "inquiry"] as const;

/** Priorities (core `Priority`), lowest first. */
export const PRIORITIES = ["low", "normal", "high", "urgent"] as const;

/** Channels a case arrives through (core `Channel`). */
export const CHANNELS = ["web", "email", "chat", "phone", "platform"] as const;

/** Complaint categories of the taxonomy (core `ComplaintCategory`). */
export const CATEGORIES = [
  "product_quality",
  "delivery_delay",
  "delivery_damage",
  "wrong_or_missing_item",
  "return_refund_process",
  "service_attitude",
  "billing_payment",
  "pricing_promotion",
  "privacy_data",
  "other",
] as const;
