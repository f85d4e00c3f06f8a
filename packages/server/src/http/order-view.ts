import type { OrderSnapshot } from "@aftersales/core";
import type { z } from "@hono/zod-openapi";
import { listOrderCases } from "../storage/case-list.js";
import type { Tenant } from "../storage/tenants.js";
import type { OrderView } from "./schemas.js";
import type { Services } from "./services.js";
import { toOrderView } from "./views.js";

/**
 * The shopper's order with their cases. Integration point: per-line eligibility from core's
 * `policy.evaluate` is added here once it lands.
 */
export async function loadOrderView(
  services: Services,
  tenant: Tenant,
  order: OrderSnapshot,
): Promise<z.infer<typeof OrderView>> {
  const cases = await listOrderCases(services.db, tenant.id, order.id);
  return toOrderView(order, cases);
}
