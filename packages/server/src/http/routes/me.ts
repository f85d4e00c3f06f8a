import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { requireCustomer } from "../auth.js";
import { toEligibilityView } from "../decision-view.js";
import { decideForOrder, loadSessionOrder } from "../eligibility.js";
import type { AppEnv } from "../env.js";
import { loadOrderView } from "../order-view.js";
import { EligibilityRequest, EligibilityView, json, OrderView, problems } from "../schemas.js";
import { tenantFromId } from "./stores.js";

const orderRoute = createRoute({
  method: "get",
  path: "/v1/me/order",
  tags: ["customer"],
  security: [{ customerToken: [] }],
  summary: "The session's order with per-line eligibility and the shopper's cases",
  request: {
    query: z.object({
      locale: z
        .string()
        .max(35)
        .optional()
        .openapi({
          description:
            "Language of the eligibility reasons' messages: `en`, `zh-Hans` or `zh-Hant`; any other value " +
            "(or none) gives the store's locale",
          example: "zh-Hans",
        }),
    }),
  },
  responses: { 200: json(OrderView, "The order"), ...problems(401, 404, 503) },
});

const eligibilityRoute = createRoute({
  method: "post",
  path: "/v1/me/eligibility",
  tags: ["customer"],
  security: [{ customerToken: [] }],
  summary: "What the store's policy decides for these lines, reasons and resolutions",
  request: { body: { required: true, content: { "application/json": { schema: EligibilityRequest } } } },
  responses: { 200: json(EligibilityView, "The decision"), ...problems(400, 401, 404, 413, 415, 503) },
});

/** Routes about the session's order. */
export function registerMeRoutes(app: OpenAPIHono<AppEnv>): void {
  app.use("/v1/me/*", requireCustomer());
  app.openapi(orderRoute, async (c) => {
    const services = c.get("services");
    const claims = c.get("customer");
    const tenant = await tenantFromId(services, claims.tenantId);
    const order = await loadSessionOrder(services, tenant, claims);
    const { locale } = c.req.valid("query");
    const view = await loadOrderView(
      services,
      tenant,
      order,
      locale === "en" || locale === "zh-Hans" || locale === "zh-Hant" ? locale : undefined,
    );
    return c.json(view, 200);
  });

  app.openapi(eligibilityRoute, async (c) => {
    const services = c.get("services");
    const claims = c.get("customer");
    const tenant = await tenantFromId(services, claims.tenantId);
    const body = c.req.valid("json");
    const order = await loadSessionOrder(services, tenant, claims);
    const decision = await decideForOrder(services, tenant, order, body.lines, 0);
    return c.json(
      toEligibilityView(decision, body.locale ?? tenant.settings.locale, tenant.settings.timeZone),
      200,
    );
  });
}
