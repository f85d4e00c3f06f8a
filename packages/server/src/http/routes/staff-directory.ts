import { linePaid } from "@aftersales/core";
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { listStaffMembers } from "../../auth/api-keys.js";
import { requireStaff } from "../auth.js";
import type { AppEnv } from "../env.js";
import { notFound, Problem, ProblemType } from "../problem.js";
import { IdParam, json, problems } from "../schemas.js";
import { tenantFromId } from "./stores.js";

/** `GET /v1/staff/members`. */
export const StaffMembersView = z
  .object({
    items: z.array(
      z.object({ staffId: z.string(), name: z.string(), role: z.enum(["agent", "manager", "admin"]) }),
    ),
  })
  .openapi("StaffMembers");

/** `GET /v1/staff/orders/{id}`: core's OrderSnapshot as the store's order source gives it. */
export const StaffOrderView = z.record(z.string(), z.unknown()).openapi("StaffOrder", {
  description: "The order snapshot (core OrderSnapshot) from the store's order source",
});

const membersRoute = createRoute({
  method: "get",
  path: "/v1/staff/members",
  tags: ["staff"],
  security: [{ apiKey: [] }],
  summary: "The store's staff members (from its API keys that are not revoked), e.g. to pick an assignee",
  responses: { 200: json(StaffMembersView, "The staff members"), ...problems(401, 403) },
});

const orderRoute = createRoute({
  method: "get",
  path: "/v1/staff/orders/{id}",
  tags: ["staff"],
  security: [{ apiKey: [] }],
  summary: "An order of the store as its order source gives it (the snapshot cases are decided on)",
  request: { params: IdParam },
  responses: { 200: json(StaffOrderView, "The order snapshot"), ...problems(401, 403, 404, 503) },
});

/** Staff reads around cases: the store's members and its orders. */
export function registerStaffDirectoryRoutes(app: OpenAPIHono<AppEnv>): void {
  app.use("/v1/staff/members", requireStaff("agent"));
  app.use("/v1/staff/orders/*", requireStaff("agent"));

  app.openapi(membersRoute, async (c) => {
    const { db } = c.get("services");
    return c.json({ items: await listStaffMembers(db, c.get("staff").tenantId) }, 200);
  });

  app.openapi(orderRoute, async (c) => {
    const services = c.get("services");
    const tenant = await tenantFromId(services, c.get("staff").tenantId);
    const found = await services.orderSource(tenant).getOrder(c.req.valid("param").id);
    if (found.ok) {
      // Each line also says what the shopper paid for it (discounts spread exactly), as the customer view does.
      const lines = found.order.lines.map((line) => ({ ...line, paid: linePaid(line) }));
      return c.json({ ...found.order, lines } as unknown as Record<string, unknown>, 200);
    }
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
  });
}
