import { statutoryExclusionOf } from "../legal-floors.js";
import { reason } from "../reasons.js";
import type { LineWork, OrderContext } from "./context.js";

/**
 * Legal-floor coverage rule: decides whether the customer's statutory right covers this line (the
 * floor's region, a distance sale, goods the statute does not exclude) and whether it is still in
 * force (now ≤ the floor's deadline). Goods the statute excludes get `legal_floor_excluded` so the
 * decision can say why the statutory days do not help.
 */
export function applyLegalFloorCoverage(ctx: OrderContext, work: LineWork): void {
  if (ctx.floor === null) return;
  const exclusion = statutoryExclusionOf(ctx.floor.floor, work.line.flags);
  if (exclusion !== null) {
    work.reasons.push(reason("legal_floor_excluded", { region: ctx.floor.floor.region, exclusion }));
    return;
  }
  work.floorCovers = true;
  work.withinFloor = ctx.nowMs <= ctx.floor.deadlineMs;
}

/** Adds `legal_floor_applied` when the floor set aside any stricter merchant rule for this line. */
export function reportLegalFloor(ctx: OrderContext, work: LineWork): void {
  if (ctx.floor === null || work.floorOverrides.length === 0) return;
  work.reasons.push(
    reason("legal_floor_applied", {
      region: ctx.floor.floor.region,
      days: ctx.floor.floor.days,
      deadline: ctx.iso(ctx.floor.deadlineMs),
      overrides: work.floorOverrides,
    }),
  );
}
