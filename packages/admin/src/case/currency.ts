import type { Money } from "@aftersales/core";

/** What a case knows about money, in the order the console trusts it. */
export interface CurrencySources {
  /** The recorded eligibility decision's currency (the order's, when the case was opened). */
  readonly decisionCurrency?: string | undefined;
  /** Whether the case is about an order at all. */
  readonly hasOrder: boolean;
  /** The order as staff see it: undefined while it loads, null when it could not be read. */
  readonly order: { readonly currency: string } | null | undefined;
  /** Money already on the case: proposed options, refunds, store credit, coupons. */
  readonly amounts: readonly (Money | undefined)[];
}

/**
 * The currency of a case's amounts: the decision's, else the order's, else that of money already on
 * the case. `null` while the order is still loading or when nothing names one, so no amount is ever
 * typed in a currency the order is not in (the console used to assume EUR).
 */
export function caseCurrency(sources: CurrencySources): string | null {
  if (sources.decisionCurrency) return sources.decisionCurrency;
  if (sources.order) return sources.order.currency;
  if (sources.hasOrder && sources.order === undefined) return null;
  return sources.amounts.find((m) => m !== undefined)?.currency ?? null;
}
