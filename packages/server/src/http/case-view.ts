import { allowedCommands, type CaseEvent, type CaseState, visibleTimeline } from "@aftersales/core";
import type { z } from "@hono/zod-openapi";
import type { CaseView } from "./schemas.js";

const customerActions = ["post_message", "choose_option", "cancel", "rate"] as const;
type CustomerAction = (typeof customerActions)[number];

function actorView(type: string): "customer" | "staff" | "system" {
  return type === "customer" || type === "staff" ? type : "system";
}

/** The shopper's view of a case: visible events only, what they may do next. */
export function toCaseView(state: CaseState, events: readonly CaseEvent[]): z.infer<typeof CaseView> {
  const allowed = new Set<string>(allowedCommands(state, "customer"));
  return {
    id: state.id,
    kind: state.kind,
    status: state.status,
    ...(state.itemProgress ? { itemProgress: state.itemProgress } : {}),
    openedAt: state.openedAt,
    ...(state.order ? { order: { number: state.order.number } } : {}),
    timeline: visibleTimeline(events).map((e) => {
      const data = { ...(e.data as Record<string, unknown>) };
      // The eligibility snapshot is for staff and replays; the shopper saw the decision already.
      if (e.type === "case_opened") delete data.decision;
      return { seq: e.seq, type: e.type, at: e.at, actor: actorView(e.actor.type), data };
    }),
    ...(state.status === "proposed" && state.proposedOptions.length > 0
      ? {
          options: state.proposedOptions.map((o) => ({
            id: o.id,
            kind: o.kind,
            ...(o.amount ? { amount: o.amount } : {}),
            ...(o.label ? { label: o.label } : {}),
          })),
        }
      : {}),
    ...(state.returnInstructions ? { returnInstructions: state.returnInstructions } : {}),
    ...(state.rating
      ? {
          rating: {
            score: state.rating.score,
            ...(state.rating.comment ? { comment: state.rating.comment } : {}),
          },
        }
      : {}),
    allowedActions: customerActions.filter((a): a is CustomerAction => allowed.has(a)),
  };
}
