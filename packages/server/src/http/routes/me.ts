import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { findTenantById } from "../../storage/tenants.js";
import { requireCustomer } from "../auth.js";
import { loadSessionOrder } from "../eligibility.js";
import type { AppEnv } from "../env.js";
import { loadOrderView } from "../order-view.js";
import { notFound } from "../problem.js";
import { json, OrderView, problems } from "../schemas.js";

const orderRoute = createRoute({
  method: "get",
  path: "/v1/me/order",
  tags: ["customer"],
  security: [{ customerToken: [] }],
  summary: "The session's order with per-line eligibility and the shopper's cases",
  responses: { 200: json(OrderView, "The order"), ...problems(401, 404, 503) },
});

/** Routes about the session's order. */
export function registerMeRoutes(app: OpenAPIHono<AppEnv>): void {
  app.use("/v1/me/*", requireCustomer());
  app.openapi(orderRoute, async (c) => {
    const services = c.get("services");
    const claims = c.get("customer");
    const tenant = await findTenantById(services.db, claims.tenantId);
    if (!tenant) throw notFound("Store");
    const order = await loadSessionOrder(services, tenant, claims);
    return c.json(await loadOrderView(services, tenant, order), 200);
  });
}
