import type { ExplainLocale, OrderSnapshot } from "@aftersales/core";
import type { z } from "@hono/zod-openapi";
import { customerHistory, loadStorePolicy, previewOrder, reasonView } from "../policy/store-policy.js";
import { listOrderCases } from "../storage/case-list.js";
import type { Tenant } from "../storage/tenants.js";
import type { LineEligibilityView, OrderView } from "./schemas.js";
import type { Services } from "./services.js";
import { toOrderView } from "./views.js";

/** The shopper's order with what the store's policy allows per line now, and their cases. */
export async function loadOrderView(
  services: Services,
  tenant: Tenant,
  order: OrderSnapshot,
  locale: ExplainLocale = tenant.settings.locale,
): Promise<z.infer<typeof OrderView>> {
  const now = services.clock.now();
  const [cases, policy] = await Promise.all([
    listOrderCases(services.db, tenant.id, order.id),
    loadStorePolicy(services.db, tenant.id),
  ]);
  const history = await customerHistory(services.db, {
    tenantId: tenant.id,
    email: order.customer.email,
    policy: policy.compiled,
    now,
  });
  const preview = previewOrder(policy, order, now, history);
  const eligibility = new Map<string, z.infer<typeof LineEligibilityView>>(
    preview.lines.map((line) => [
      line.lineId,
      {
        status: line.status,
        ...(line.deadline ? { deadline: line.deadline } : {}),
        reasons: line.reasons.map((r) => reasonView(r, locale, tenant.settings.timeZone)),
        resolutions: [...line.resolutions],
      },
    ]),
  );
  return toOrderView(order, cases, eligibility);
}
