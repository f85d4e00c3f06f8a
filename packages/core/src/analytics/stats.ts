/**
 * Summary statistics of a set of durations, in minutes rounded to 2 decimals (rounded once, here,
 * so the API, the CSV export and the admin show the same figures). `null` when there is no sample.
 *
 * Percentiles use the **nearest-rank** method: the p-th percentile of n sorted values is the value
 * at rank ⌈p/100 × n⌉ (1-based). It is always one of the observed values; the median is the 50th
 * percentile, so for an even count it is the lower of the two middle values.
 */
export interface DurationStats {
  readonly count: number;
  readonly medianMinutes: number | null;
  readonly p90Minutes: number | null;
  readonly meanMinutes: number | null;
}

/** Rounds to 2 decimals (half away from zero for the positive figures reports show). */
export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/** `part / whole` in percent, rounded to 2 decimals; `null` when `whole` is 0. */
export function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : round2((part * 100) / whole);
}

/**
 * The p-th percentile (0 < p ≤ 100) of values sorted ascending, by the nearest-rank method
 * (`sorted[⌈p/100 × n⌉ − 1]`); `null` for no values.
 */
export function nearestRank(sorted: ArrayLike<number>, p: number): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * n));
  return sorted[rank - 1]!;
}

const minutes = (ms: number | null) => (ms === null ? null : Math.round(ms / 600) / 100);

/** Median, p90 (nearest rank) and mean of durations given in milliseconds, reported in minutes. */
export function durationStats(durationsMs: readonly number[] | Float64Array): DurationStats {
  const sorted = Float64Array.from(durationsMs).sort();
  const n = sorted.length;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += sorted[i]!;
  return {
    count: n,
    medianMinutes: minutes(nearestRank(sorted, 50)),
    p90Minutes: minutes(nearestRank(sorted, 90)),
    meanMinutes: n === 0 ? null : Math.round(sum / n / 600) / 100,
  };
}
