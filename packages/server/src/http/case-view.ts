import {
  allowedCommands,
  type CaseEvent,
  type CaseState,
  type SlaEvaluation,
  visibleTimeline,
} from "@aftersales/core";
import type { z } from "@hono/zod-openapi";
import { evaluateStoreSla } from "../sla/setup.js";
import type { Queryable } from "../storage/db.js";
import { findTenantById, type Tenant } from "../storage/tenants.js";
import type { CaseView } from "./schemas.js";

const customerActions = ["post_message", "choose_option", "cancel", "rate"] as const;
type CustomerAction = (typeof customerActions)[number];

function actorView(type: string): "customer" | "staff" | "system" {
  return type === "customer" || type === "staff" ? type : "system";
}

/** The store a case view names: enough for the widget to show local times. */
export type CaseStoreView = z.infer<typeof CaseView>["store"];

/** The promise shown to the shopper: the earliest due instant the store owes them now. */
export type PromiseView = NonNullable<z.infer<typeof CaseView>["promise"]>;

/**
 * The shopper's view of a case with the SLA promise: from `evaluation` when the caller has one for
 * this instant (a write just made it), else evaluated at `now`. `tenant` is the store, or its id
 * (then it is read).
 */
export async function customerCaseView(
  db: Queryable,
  tenant: Pick<Tenant, "id" | "slug" | "settings"> | string,
  state: CaseState,
  events: readonly CaseEvent[],
  now: number,
  evaluation?: SlaEvaluation | null,
): Promise<z.infer<typeof CaseView>> {
  const store = typeof tenant === "string" ? await findTenantById(db, tenant) : tenant;
  if (!store) throw new Error(`no store ${String(tenant)}`);
  const sla = evaluation === undefined ? await evaluateStoreSla(db, store.id, events, now) : evaluation;
  const promise = sla?.promise;
  return toCaseView(
    { slug: store.slug, timeZone: store.settings.timeZone },
    state,
    events,
    promise ? { target: promise.target, dueAt: promise.dueAt, state: "active" } : undefined,
  );
}

/** The shopper's view of a case: visible events only, what they may do next. */
export function toCaseView(
  store: CaseStoreView,
  state: CaseState,
  events: readonly CaseEvent[],
  promise?: PromiseView,
): z.infer<typeof CaseView> {
  const allowed = new Set<string>(allowedCommands(state, "customer"));
  return {
    id: state.id,
    kind: state.kind,
    status: state.status,
    ...(state.itemProgress ? { itemProgress: state.itemProgress } : {}),
    openedAt: state.openedAt,
    store,
    ...(state.order ? { order: { number: state.order.number } } : {}),
    ...(promise ? { promise } : {}),
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
