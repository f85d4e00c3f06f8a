import { type EligibilityReason, reason } from "../reasons.js";
import type { LineWork, OrderContext } from "./context.js";

/**
 * The order-level auto-approval conditions that fail, as review reasons (shared by every line):
 * auto-approval switched off; the order total above `maxOrderValue` in its currency (a currency the
 * map does not name has no limit to meet, so it is reviewed); more than `maxRecentReturns` recent
 * returns, or an unknown count when a limit is set.
 */
export function orderAutoApproveReasons(ctx: OrderContext): EligibilityReason[] {
  const rules = ctx.compiled.policy.autoApprove;
  if (!rules.enabled) return [reason("auto_approve_disabled", {})];
  const found: EligibilityReason[] = [];
  if (rules.maxOrderValue !== undefined) {
    const total = ctx.order.total;
    const limit = rules.maxOrderValue[total.currency];
    if (limit === undefined || total.amount > limit) {
      found.push(
        reason("order_value_above_auto_approve", {
          orderTotal: total,
          limit: limit === undefined ? null : { amount: limit, currency: total.currency },
        }),
      );
    }
  }
  if (rules.maxRecentReturns !== undefined) {
    const count = ctx.customer.recentReturnCount;
    if (count === undefined) found.push(reason("customer_history_unknown", {}));
    else if (count > rules.maxRecentReturns) {
      found.push(reason("recent_returns_above_auto_approve", { count, limit: rules.maxRecentReturns }));
    }
  }
  return found;
}

/**
 * Auto-approve rule for one line: the reason must be one the policy auto-approves
 * (`reason_requires_review` otherwise; a preview without a reason is not held back by it); the
 * order-level conditions are added as well. A line
 * left with no review or ineligible reason is approved without a person.
 */
export function applyAutoApprove(
  ctx: OrderContext,
  work: LineWork,
  orderReasons: readonly EligibilityReason[],
): void {
  if (!ctx.compiled.policy.autoApprove.enabled) {
    work.reasons.push(...orderReasons);
    return;
  }
  const reasons = ctx.compiled.autoApproveReasons;
  const given = work.request.reason;
  if (reasons !== null && given !== undefined && !reasons.has(given)) {
    work.reasons.push(reason("reason_requires_review", { reason: given }));
  }
  for (const r of orderReasons) work.reasons.push(r);
}
