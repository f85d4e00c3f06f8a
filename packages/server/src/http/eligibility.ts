import type { CaseCustomer, CaseLine, EligibilityDecision, OrderSnapshot } from "@aftersales/core";
import type { z } from "@hono/zod-openapi";
import type { TokenClaims } from "../auth/tokens.js";
import { customerHistory, decideRequest, loadStorePolicy, type StorePolicy } from "../policy/store-policy.js";
import type { Tenant } from "../storage/tenants.js";
import { toEligibilityView } from "./decision-view.js";
import { notFound, Problem, ProblemType } from "./problem.js";
import type { CreateCaseRequest } from "./schemas.js";
import type { Services } from "./services.js";

/** The order of a session, or the problem to answer with. */
export async function loadSessionOrder(
  services: Services,
  tenant: Tenant,
  claims: TokenClaims,
): Promise<OrderSnapshot> {
  return loadOrder(services, tenant, claims.orderId);
}

/**
 * An order of the store from its order source, or the problem to answer with: 503 with
 * `Retry-After` when the store's order system is down, 404 when there is no such order.
 */
export async function loadOrder(services: Services, tenant: Tenant, orderId: string): Promise<OrderSnapshot> {
  const found = await services.orderSource(tenant).getOrder(orderId);
  if (found.ok) return found.order;
  if (found.reason === "unavailable") {
    throw new Problem(
      503,
      ProblemType.unavailable,
      "The store's order system is not reachable; try again soon",
      {
        headers: { "Retry-After": "30" },
      },
    );
  }
  throw notFound("Order");
}

/**
 * The reason and resolution recorded for a complaint or inquiry line that names neither: such a
 * line only says which item the shopper means.
 */
export const UNSPECIFIED = "unspecified";

/** What opening a case takes from the order and the policy. */
export type CaseCheck =
  | {
      readonly ok: true;
      readonly customer: CaseCustomer;
      /** The requested lines as the case records them (see {@link UNSPECIFIED}). */
      readonly lines: readonly CaseLine[];
      readonly perishable?: boolean;
      readonly decision?: EligibilityDecision;
    }
  | { readonly ok: false; readonly problem: Record<string, unknown> };

function badLines(issues: readonly { path: string; message: string; code: string }[]): Problem {
  return new Problem(400, ProblemType.validation_failed, "The requested lines are not valid", {
    errors: issues.map((i) => ({ ...i, path: i.path })),
  });
}

/**
 * Decides a request for lines of the session's order with the store's policy. Lines not on the
 * order and unknown reasons or resolutions are 400 `validation_failed`.
 */
export async function decideForOrder(
  services: Services,
  tenant: Tenant,
  order: OrderSnapshot,
  lines: readonly {
    lineId: string;
    quantity: number;
    reason?: string | undefined;
    resolution?: string | undefined;
    note?: string | undefined;
  }[],
  photos: number,
  preloaded?: StorePolicy,
): Promise<EligibilityDecision> {
  const known = new Set(order.lines.map((l) => l.id));
  const unknown = lines.flatMap((line, i) =>
    known.has(line.lineId)
      ? []
      : [{ path: `lines.${i}.lineId`, message: "no such line on this order", code: "unknown_line" }],
  );
  if (unknown.length > 0) throw badLines(unknown);
  const now = services.clock.now();
  const policy = preloaded ?? (await loadStorePolicy(services.db, tenant.id));
  const customer = await customerHistory(services.db, {
    tenantId: tenant.id,
    email: order.customer.email,
    policy: policy.compiled,
    now,
  });
  const decided = decideRequest(
    policy,
    order,
    {
      lines: lines.map((l) => ({
        lineId: l.lineId,
        quantity: l.quantity,
        ...(l.reason ? { reason: l.reason as never } : {}),
        ...(l.resolution ? { resolution: l.resolution as never } : {}),
        ...(l.note ? { note: l.note } : {}),
        ...(photos > 0 ? { evidence: { photos } } : {}),
      })),
      customer,
    },
    now,
  );
  if (!decided.ok) throw badLines(decided.issues);
  return decided.decision;
}

/**
 * Checks a new case against the order and, for returns and exchanges, the store's policy: 422
 * `ineligible` (with the decision) when nothing requested is eligible. The decision is kept on the
 * case so that staff and replays see what the shopper was told.
 */
export async function checkEligibilityForCase(
  services: Services,
  tenant: Tenant,
  claims: TokenClaims,
  body: z.infer<typeof CreateCaseRequest>,
  policy?: StorePolicy,
): Promise<CaseCheck> {
  const order = await loadSessionOrder(services, tenant, claims);
  // A complaint or inquiry may name a line without a quantity: the whole ordered quantity.
  const lines = (body.lines ?? []).map((l) => ({
    ...l,
    quantity: l.quantity ?? order.lines.find((o) => o.id === l.lineId)?.quantity ?? 1,
  }));
  const customer: CaseCustomer = {
    id: order.customer.id,
    email: order.customer.email,
    ...(order.customer.firstName || order.customer.lastName
      ? { name: [order.customer.firstName, order.customer.lastName].filter(Boolean).join(" ") }
      : {}),
    ...(order.customer.country ? { country: order.customer.country } : {}),
  };
  if (lines.length === 0) return { ok: true, customer, lines: [] };
  const decision = await decideForOrder(
    services,
    tenant,
    order,
    lines,
    body.attachments?.length ?? 0,
    policy,
  );
  const perishable = lines.some((l) => order.lines.find((o) => o.id === l.lineId)?.flags.perishable);
  if ((body.kind === "return" || body.kind === "exchange") && decision.status === "ineligible") {
    const locale = body.locale ?? tenant.settings.locale;
    return {
      ok: false,
      problem: {
        type: ProblemType.ineligible,
        title: "Nothing requested can be returned under the store's policy",
        status: 422,
        decision: toEligibilityView(decision, locale, tenant.settings.timeZone),
      },
    };
  }
  const caseLines = lines.map(({ lineId, quantity, reason, resolution, note }) => ({
    lineId,
    quantity,
    reason: reason ?? UNSPECIFIED,
    resolution: resolution ?? UNSPECIFIED,
    ...(note ? { note } : {}),
  }));
  return { ok: true, customer, lines: caseLines, decision, ...(perishable ? { perishable } : {}) };
}
