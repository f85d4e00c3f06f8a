import { linePaid } from "@aftersales/core";
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { findStaffMember, listStaffMembers, updateStaffMember } from "../../auth/api-keys.js";
import { assertRole, requireStaff } from "../auth.js";
import { loadOrder } from "../eligibility.js";
import type { AppEnv } from "../env.js";
import { notFound } from "../problem.js";
import { IdParam, json, problems } from "../schemas.js";
import { tenantFromId } from "./stores.js";

/** One staff member. */
export const StaffMemberView = z
  .object({
    staffId: z.string(),
    name: z.string().openapi({ description: "The display name, else the name of the member's key" }),
    role: z.enum(["agent", "manager", "admin"]),
    email: z.string().optional().openapi({ description: "Where the member gets SLA alerts" }),
  })
  .openapi("StaffMember");

/** `GET /v1/staff/members`. */
export const StaffMembersView = z.object({ items: z.array(StaffMemberView) }).openapi("StaffMembers");

/** Body of `PATCH /v1/staff/members/{id}`: `null` clears a field, an absent one stays. */
export const StaffMemberChange = z
  .object({
    email: z.email().max(254).nullable().optional(),
    displayName: z.string().trim().min(1).max(100).nullable().optional(),
  })
  .openapi("StaffMemberChange");

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

const memberRoute = createRoute({
  method: "patch",
  path: "/v1/staff/members/{id}",
  tags: ["staff"],
  security: [{ apiKey: [] }],
  summary: "Set a staff member's email (SLA alerts) and display name on every live key of theirs (admin)",
  request: {
    params: IdParam,
    body: { required: true, content: { "application/json": { schema: StaffMemberChange } } },
  },
  responses: { 200: json(StaffMemberView, "The member"), ...problems(400, 401, 403, 404, 415) },
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
  app.use("/v1/staff/members/*", requireStaff("agent"));
  app.use("/v1/staff/orders/*", requireStaff("agent"));

  app.openapi(membersRoute, async (c) => {
    const { db } = c.get("services");
    return c.json({ items: await listStaffMembers(db, c.get("staff").tenantId) }, 200);
  });

  app.openapi(memberRoute, async (c) => {
    const staff = c.get("staff");
    assertRole(staff, "admin");
    const { db } = c.get("services");
    const { id } = c.req.valid("param");
    const change = c.req.valid("json");
    const updated = await updateStaffMember(db, staff.tenantId, id, {
      ...(change.email !== undefined ? { email: change.email } : {}),
      ...(change.displayName !== undefined ? { displayName: change.displayName } : {}),
    });
    const member = updated ? await findStaffMember(db, staff.tenantId, id) : null;
    if (!member) throw notFound("Staff member");
    return c.json(member, 200);
  });

  app.openapi(orderRoute, async (c) => {
    const services = c.get("services");
    const tenant = await tenantFromId(services, c.get("staff").tenantId);
    const order = await loadOrder(services, tenant, c.req.valid("param").id);
    // Each line also says what the shopper paid for it (discounts spread exactly), as the customer view does.
    const lines = order.lines.map((line) => ({ ...line, paid: linePaid(line) }));
    return c.json({ ...order, lines } as unknown as Record<string, unknown>, 200);
  });
}
