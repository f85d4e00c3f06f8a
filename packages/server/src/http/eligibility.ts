import type { CaseCustomer, OrderSnapshot, Priority } from "@aftersales/core";
import type { z } from "@hono/zod-openapi";
import type { TokenClaims } from "../auth/tokens.js";
import type { Tenant } from "../storage/tenants.js";
import { notFound, Problem, ProblemType } from "./problem.js";
import type { CreateCaseRequest } from "./schemas.js";
import type { Services } from "./services.js";

/** The order of a session, or the problem to answer with. */
export async function loadSessionOrder(
  services: Services,
  tenant: Tenant,
  claims: TokenClaims,
): Promise<OrderSnapshot> {
  const found = await services.orderSource(tenant).getOrder(claims.orderId);
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

/** What opening a case takes from the order and the policy. */
export type CaseCheck =
  | {
      readonly ok: true;
      readonly customer: CaseCustomer;
      readonly priority?: Priority;
      readonly perishable?: boolean;
      readonly decision?: unknown;
    }
  | { readonly ok: false; readonly problem: Record<string, unknown> };

/**
 * Checks a new case against the order: every requested line exists and is asked for within what
 * was bought. Integration point: core's `policy.evaluate` decides eligibility per line (422
 * `ineligible` when nothing requested is eligible) once it lands; the decision is then stored on
 * the case.
 */
export async function checkEligibilityForCase(
  services: Services,
  tenant: Tenant,
  claims: TokenClaims,
  body: z.infer<typeof CreateCaseRequest>,
): Promise<CaseCheck> {
  const order = await loadSessionOrder(services, tenant, claims);
  const lines = new Map(order.lines.map((l) => [l.id, l]));
  const errors = (body.lines ?? []).flatMap((line, i) => {
    const known = lines.get(line.lineId);
    if (!known)
      return [{ path: `lines.${i}.lineId`, message: "no such line on this order", code: "unknown_line" }];
    return [];
  });
  if (errors.length > 0) {
    throw new Problem(
      400,
      ProblemType.validation_failed,
      "The request names lines that are not on the order",
      { errors },
    );
  }
  const customer: CaseCustomer = {
    id: order.customer.id,
    email: order.customer.email,
    ...(order.customer.firstName || order.customer.lastName
      ? { name: [order.customer.firstName, order.customer.lastName].filter(Boolean).join(" ") }
      : {}),
    ...(order.customer.country ? { country: order.customer.country } : {}),
  };
  const perishable = (body.lines ?? []).some((l) => lines.get(l.lineId)?.flags.perishable);
  return { ok: true, customer, ...(perishable ? { perishable } : {}) };
}
