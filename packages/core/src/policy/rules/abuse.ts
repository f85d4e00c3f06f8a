import { type EligibilityReason, reason } from "../reasons.js";
import type { OrderContext } from "./context.js";

/**
 * Abuse rule: a customer who already returned `maxReturns` times within the last `periodDays`
 * (counted by the caller, `request.customer.returnsInPeriod`) has every further request reviewed.
 * An unknown count is not treated as abuse. Returns the reason to add to every line, or `null`.
 */
export function abuseReason(ctx: OrderContext): EligibilityReason | null {
  const abuse = ctx.compiled.policy.abuse;
  const returns = ctx.customer.returnsInPeriod;
  if (!abuse.enabled || returns === undefined || returns < abuse.maxReturns) return null;
  return reason("abuse_limit_reached", {
    returns,
    maxReturns: abuse.maxReturns,
    periodDays: abuse.periodDays,
  });
}
