/** A row of the proposed-options editor as typed. */
export interface OptionDraft {
  readonly kind: string;
  readonly amount: string;
  readonly label: string;
}

/** Option kinds staff can offer (core `ResolutionOptionKind`). */
export const OPTION_KINDS = [
  "refund",
  "partial_refund",
  "store_credit",
  "replacement",
  "reship",
  "exchange",
  "repair",
  "coupon",
  "points",
  "apology",
  "keep_item",
] as const;

/** Option kinds that are worth an amount of money, so the editor asks for one. */
export const MONEY_OPTION_KINDS: ReadonlySet<string> = new Set([
  "refund",
  "partial_refund",
  "store_credit",
  "coupon",
  "keep_item",
]);

/** The `propose_options` command of the editor's rows, or the index of each row whose amount is bad. */
export function buildOptions(
  rows: readonly OptionDraft[],
  currency: string,
  parseAmount: (input: string, currency: string) => number | null,
):
  | { ok: true; command: { type: "propose_options"; options: Record<string, unknown>[] } }
  | { ok: false; badAmounts: number[] } {
  const bad: number[] = [];
  const options = rows.map((row, index) => {
    const option: Record<string, unknown> = { id: `opt${index + 1}`, kind: row.kind };
    const amount = row.amount.trim();
    if (MONEY_OPTION_KINDS.has(row.kind) && amount !== "") {
      const minor = parseAmount(amount, currency);
      if (minor === null) bad.push(index);
      else option.amount = { amount: minor, currency };
    }
    if (row.label.trim() !== "") option.label = row.label.trim();
    return option;
  });
  return bad.length > 0
    ? { ok: false, badAmounts: bad }
    : { ok: true, command: { type: "propose_options", options } };
}
