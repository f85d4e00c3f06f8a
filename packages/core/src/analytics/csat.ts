import { type AnalyticsRange, type DayGrid, dayGrid, inRange } from "./range.js";
import { percent, round2 } from "./stats.js";
import type { CaseSummary } from "./summarize.js";

/** The default CSAT goal: at least 90% of ratings satisfied. */
export const DEFAULT_CSAT_GOAL_PERCENT = 90;

/** Customer satisfaction over the ratings given in a range. */
export interface CsatFigures {
  readonly ratings: number;
  /** Mean score 1–5 (2 decimals), `null` without ratings. */
  readonly average: number | null;
  /** Ratings of 4 or 5. */
  readonly satisfied: number;
  /** `satisfied / ratings` in percent (2 decimals). */
  readonly satisfiedPercent: number | null;
  /** Number of ratings of each score: `distribution[0]` is score 1 … `[4]` is score 5. */
  readonly distribution: readonly number[];
  readonly goalPercent: number;
  readonly meetsGoal: boolean | null;
}

/** @internal CSAT of a list of scores. */
export function csatOf(scores: readonly number[], goalPercent: number): CsatFigures {
  const distribution = [0, 0, 0, 0, 0];
  let sum = 0;
  for (const s of scores) {
    distribution[s - 1]!++;
    sum += s;
  }
  const satisfied = distribution[3]! + distribution[4]!;
  const satisfiedPercent = percent(satisfied, scores.length);
  return {
    ratings: scores.length,
    average: scores.length === 0 ? null : round2(sum / scores.length),
    satisfied,
    satisfiedPercent,
    distribution,
    goalPercent,
    meetsGoal: satisfiedPercent === null ? null : satisfiedPercent >= goalPercent,
  };
}

/** @internal {@link csat} on a prepared day grid. */
export function csatOnGrid(
  summaries: readonly CaseSummary[],
  grid: DayGrid,
  goalPercent: number,
): CsatFigures {
  const scores: number[] = [];
  for (const c of summaries) for (const r of c.ratings) if (inRange(grid, r.at)) scores.push(r.score);
  return csatOf(scores, goalPercent);
}

/**
 * CSAT over every rating given in the range (a case rated again after a reopening counts twice):
 * the average score and the share of satisfied ratings (4–5 of 5) against the goal.
 */
export function csat(
  summaries: readonly CaseSummary[],
  range: AnalyticsRange,
  goalPercent = DEFAULT_CSAT_GOAL_PERCENT,
): CsatFigures {
  return csatOnGrid(summaries, dayGrid(range), goalPercent);
}
