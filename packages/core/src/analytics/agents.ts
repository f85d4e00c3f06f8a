import { csatOf, DEFAULT_CSAT_GOAL_PERCENT } from "./csat.js";
import { type AnalyticsRange, type DayGrid, dayGrid, inRange } from "./range.js";
import { durationStats } from "./stats.js";
import type { CaseSummary } from "./summarize.js";

/** What one staff member did in a range. */
export interface AgentFigures {
  readonly agentId: string;
  /** Cases resolved in the range with this agent as the assignee (or the resolver when unassigned). */
  readonly handled: number;
  /** Staff responses (messages, information requests, proposals) sent in the range. */
  readonly responses: number;
  /** Cases whose first response this agent gave in the range. */
  readonly firstResponses: number;
  readonly firstResponseMedianMinutes: number | null;
  readonly firstResponseMeanMinutes: number | null;
  /** Resolution time of the handled cases. */
  readonly resolutionMedianMinutes: number | null;
  readonly resolutionMeanMinutes: number | null;
  /** Ratings given in the range to cases credited to this agent (assignee when rated, else resolver). */
  readonly ratings: number;
  readonly csatAverage: number | null;
  readonly csatSatisfiedPercent: number | null;
}

interface Tally {
  handled: number;
  responses: number;
  first: number[];
  resolution: number[];
  scores: number[];
}

/** @internal {@link agentFigures} on a prepared day grid. */
export function agentsOnGrid(summaries: readonly CaseSummary[], grid: DayGrid): AgentFigures[] {
  const agents = new Map<string, Tally>();
  const of = (id: string) => {
    let t = agents.get(id);
    if (t === undefined) {
      t = { handled: 0, responses: 0, first: [], resolution: [], scores: [] };
      agents.set(id, t);
    }
    return t;
  };
  for (const c of summaries) {
    for (const r of c.responses) if (r.agentId !== null && inRange(grid, r.at)) of(r.agentId).responses++;
    if (c.firstResponderId !== null && inRange(grid, c.firstResponseAt)) {
      of(c.firstResponderId).first.push(c.firstResponseAt - c.openedAt);
    }
    if (c.resolverId !== null && inRange(grid, c.resolvedAt)) {
      const t = of(c.resolverId);
      t.handled++;
      t.resolution.push(c.resolvedAt - c.openedAt);
    }
    for (const r of c.ratings)
      if (r.agentId !== null && inRange(grid, r.at)) of(r.agentId).scores.push(r.score);
  }
  return [...agents.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([agentId, t]) => {
      const first = durationStats(t.first);
      const resolution = durationStats(t.resolution);
      const satisfaction = csatOf(t.scores, DEFAULT_CSAT_GOAL_PERCENT);
      return {
        agentId,
        handled: t.handled,
        responses: t.responses,
        firstResponses: first.count,
        firstResponseMedianMinutes: first.medianMinutes,
        firstResponseMeanMinutes: first.meanMinutes,
        resolutionMedianMinutes: resolution.medianMinutes,
        resolutionMeanMinutes: resolution.meanMinutes,
        ratings: satisfaction.ratings,
        csatAverage: satisfaction.average,
        csatSatisfiedPercent: satisfaction.satisfiedPercent,
      };
    });
}

/**
 * Per-agent figures for the range, by agent id: cases handled (resolved with the agent as assignee),
 * responses sent, first-response and resolution times (median by nearest rank, mean; minutes) and
 * CSAT of the ratings credited to them. Agents appear once they did any of these in the range.
 */
export function agentFigures(summaries: readonly CaseSummary[], range: AnalyticsRange): AgentFigures[] {
  return agentsOnGrid(summaries, dayGrid(range));
}
