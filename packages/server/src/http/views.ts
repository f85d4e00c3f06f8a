import { linePaid, type OrderSnapshot } from "@aftersales/core";
import type { z } from "@hono/zod-openapi";
import type { LineEligibilityView, OrderView } from "./schemas.js";

/** `anna@example.de` → `a***@example.de`: enough for the shopper to recognise, little for anyone else. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf("@");
  if (at <= 0) return "***";
  return `${email[0]}***${email.slice(at)}`;
}

/** The shopper's view of an order with per-line eligibility (when known) and their cases. */
export function toOrderView(
  order: OrderSnapshot,
  cases: z.infer<typeof OrderView>["cases"],
  eligibility: ReadonlyMap<string, z.infer<typeof LineEligibilityView>> = new Map(),
): z.infer<typeof OrderView> {
  return {
    id: order.id,
    number: order.number,
    placedAt: order.placedAt,
    ...(order.deliveredAt ? { deliveredAt: order.deliveredAt } : {}),
    currency: order.currency,
    customer: {
      email: maskEmail(order.customer.email),
      ...(order.customer.country ? { country: order.customer.country } : {}),
    },
    lines: order.lines.map((line) => {
      const e = eligibility.get(line.id);
      return {
        id: line.id,
        title: line.title,
        ...(line.variantTitle ? { variantTitle: line.variantTitle } : {}),
        ...(line.sku ? { sku: line.sku } : {}),
        quantity: line.quantity,
        refundableQuantity: line.refundableQuantity,
        unitPrice: line.unitPrice,
        paid: linePaid(line),
        ...(e ? { eligibility: e } : {}),
      };
    }),
    cases,
  };
}
