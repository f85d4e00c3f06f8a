import { type LineProducts, lineProducts, type ProductLookup } from "./products.js";
import { type AnalyticsRange, type DayGrid, dayGrid, dayIndex } from "./range.js";
import { round2 } from "./stats.js";
import type { CaseSummary } from "./summarize.js";

/** Settings of the spike early-warning. */
export interface SpikeOptions {
  /** Days before "today" whose mean is the baseline (default 28). */
  readonly baselineDays?: number;
  /** Fewest cases today to raise a warning at all (default 5). */
  readonly minCount?: number;
  /** Largest upper-tail probability that still counts as a spike (default 0.001). */
  readonly alpha?: number;
}

/** A category or product whose count today is far above its trailing baseline. */
export interface Spike {
  /** `category`: complaints of a category; `product`: complaint, return and exchange cases of a product. */
  readonly dimension: "category" | "product";
  readonly key: string;
  /** Product title if known, else the key. */
  readonly label: string;
  /** The local date checked ("today": the last day of the range). */
  readonly date: string;
  readonly count: number;
  /** Mean daily count over the baseline days (2 decimals). */
  readonly baselineMean: number;
  /** P(X ≥ count) for X ~ Poisson(baseline), 4 significant digits. */
  readonly pValue: number;
}

/**
 * P(X ≥ k) for X ~ Poisson(λ): the upper tail summed from k in log space, so it stays exact where
 * 1 − CDF would round to 0.
 */
export function poissonUpperTail(k: number, lambda: number): number {
  if (k <= 0) return 1;
  if (lambda <= 0) return 0;
  let logFactorial = 0;
  for (let i = 2; i <= k; i++) logFactorial += Math.log(i);
  let term = Math.exp(-lambda + k * Math.log(lambda) - logFactorial);
  let sum = 0;
  for (let i = k; ; i++) {
    sum += term;
    term *= lambda / (i + 1);
    if (i > lambda && term < sum * 1e-17) break;
  }
  return Math.min(1, sum);
}

/** @internal {@link detectSpikes} on a grid that holds at least `baselineDays` days before its last day. */
export function spikesOnGrid(
  summaries: readonly CaseSummary[],
  grid: DayGrid,
  products: LineProducts,
  options: SpikeOptions = {},
): Spike[] {
  const baselineDays = options.baselineDays ?? 28;
  const minCount = options.minCount ?? 5;
  const alpha = options.alpha ?? 0.001;
  const today = grid.dates.length - 1;
  const firstBaseline = today - baselineDays;
  // counts[key] = [today's count, baseline total]
  const counts = new Map<
    string,
    { dimension: Spike["dimension"]; key: string; label: string; today: number; baseline: number }
  >();
  const bump = (dimension: Spike["dimension"], key: string, label: string, day: number) => {
    const k = `${dimension}\u0000${key}`;
    let t = counts.get(k);
    if (t === undefined) {
      t = { dimension, key, label, today: 0, baseline: 0 };
      counts.set(k, t);
    }
    if (day === today) t.today++;
    else t.baseline++;
  };
  for (const c of summaries) {
    if (c.kind === "inquiry") continue;
    const day = dayIndex(grid, c.openedAt);
    if (day < firstBaseline || day > today) continue;
    if (c.kind === "complaint")
      bump("category", c.category ?? "uncategorized", c.category ?? "uncategorized", day);
    const seen: string[] = [];
    for (const ref of products(c)) {
      if (ref === null || seen.includes(ref.productId)) continue;
      seen.push(ref.productId);
      bump("product", ref.productId, ref.title ?? ref.productId, day);
    }
  }
  const spikes: Spike[] = [];
  for (const t of counts.values()) {
    const mean = t.baseline / baselineDays;
    if (t.today < minCount || t.today <= mean) continue;
    const pValue = poissonUpperTail(t.today, Math.max(mean, 1 / baselineDays));
    if (pValue > alpha) continue;
    spikes.push({
      dimension: t.dimension,
      key: t.key,
      label: t.label,
      date: grid.dates[today]!,
      count: t.today,
      baselineMean: round2(mean),
      pValue: Number(pValue.toPrecision(4)),
    });
  }
  return spikes.sort(
    (a, b) =>
      a.pValue - b.pValue || b.count - a.count || (a.dimension + a.key < b.dimension + b.key ? -1 : 1),
  );
}

/**
 * Spike early-warning for the last day of the range ("today"): every complaint category, and every
 * product named by complaint, return or exchange cases, whose count of cases opened today is far
 * above its trailing baseline.
 *
 * The test is a **Poisson upper-tail test against the 28-day trailing mean**: with λ the mean daily
 * count over the `baselineDays` local days before today (at least 1/`baselineDays`, i.e. an empty
 * baseline counts as one case in the window), today's count k is a spike when k ≥ `minCount`,
 * k > λ and P(X ≥ k | X ~ Poisson(λ)) ≤ `alpha`. The minimum count keeps a rare product's 2
 * complaints from alarming anyone; α = 0.001 means about one false alarm per thousand quiet
 * key-days. Sorted by p-value, most surprising first. The summaries must include the baseline days.
 */
export function detectSpikes(
  summaries: readonly CaseSummary[],
  range: AnalyticsRange,
  products: ProductLookup,
  options: SpikeOptions = {},
): Spike[] {
  const grid = dayGrid({ ...range, from: range.to }, options.baselineDays ?? 28);
  return spikesOnGrid(summaries, grid, lineProducts(products), options);
}
