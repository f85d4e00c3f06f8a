import { type CaseStatus, isOpenCaseStatus, OpenCaseStatuses } from "../case/state.js";
import type { CaseSummary } from "./summarize.js";

/** Age bucket boundaries in hours: under 1 day, 1–3, 3–7, 7–14, 14–30 days, 30 days or more. */
export const DEFAULT_AGE_BUCKETS_HOURS: readonly number[] = [24, 72, 168, 336, 720];

/** One age bucket: cases open for at least `fromHours` and less than `toHours` (`null`: no limit). */
export interface AgeBucket {
  readonly label: string;
  readonly fromHours: number;
  readonly toHours: number | null;
  readonly count: number;
}

/** The open cases at an instant, by status and by age. */
export interface Backlog {
  readonly asOf: string;
  readonly total: number;
  /** Every open status in lifecycle order, with its count (zeros included). */
  readonly byStatus: readonly { readonly status: CaseStatus; readonly count: number }[];
  readonly byAge: readonly AgeBucket[];
  /** Counts per status and bucket (`counts[i]` belongs to `byAge[i]`). */
  readonly byStatusAndAge: readonly { readonly status: CaseStatus; readonly counts: readonly number[] }[];
}

function span(hours: number): string {
  return hours % 24 === 0 ? `${hours / 24}d` : `${hours}h`;
}

/** Labels of age buckets: `<1d`, `1d-3d`, …, `>=30d`. */
export function ageBucketLabels(boundariesHours: readonly number[]): string[] {
  return [
    `<${span(boundariesHours[0]!)}`,
    ...boundariesHours.slice(1).map((h, i) => `${span(boundariesHours[i]!)}-${span(h)}`),
    `>=${span(boundariesHours[boundariesHours.length - 1]!)}`,
  ];
}

/**
 * The backlog at `asOf` (epoch ms): cases opened by then and in an open status, by status and by
 * age since opening (`DEFAULT_AGE_BUCKETS_HOURS` unless given; boundaries ascending, a case exactly
 * at a boundary falls in the older bucket). The summaries must be made `until` the same instant.
 */
export function backlog(
  summaries: readonly CaseSummary[],
  asOf: number,
  bucketsHours: readonly number[] = DEFAULT_AGE_BUCKETS_HOURS,
): Backlog {
  const labels = ageBucketLabels(bucketsHours);
  const statusIndex = new Map(OpenCaseStatuses.map((s, i) => [s, i]));
  const matrix = OpenCaseStatuses.map(() => new Array<number>(labels.length).fill(0));
  for (const c of summaries) {
    if (c.openedAt > asOf || !isOpenCaseStatus(c.status)) continue;
    const hours = (asOf - c.openedAt) / 3_600_000;
    let bucket = 0;
    while (bucket < bucketsHours.length && hours >= bucketsHours[bucket]!) bucket++;
    matrix[statusIndex.get(c.status)!]![bucket]!++;
  }
  const byAge = labels.map((label, i) => ({
    label,
    fromHours: i === 0 ? 0 : bucketsHours[i - 1]!,
    toHours: i < bucketsHours.length ? bucketsHours[i]! : null,
    count: matrix.reduce((sum, counts) => sum + counts[i]!, 0),
  }));
  return {
    asOf: new Date(asOf).toISOString(),
    total: byAge.reduce((sum, b) => sum + b.count, 0),
    byStatus: OpenCaseStatuses.map((status, i) => ({ status, count: matrix[i]!.reduce((a, b) => a + b, 0) })),
    byAge,
    byStatusAndAge: OpenCaseStatuses.map((status, i) => ({ status, counts: matrix[i]! })),
  };
}
