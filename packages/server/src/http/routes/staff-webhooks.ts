import { randomBytes } from "node:crypto";
import { CaseEventTypeSchema } from "@aftersales/core";
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { newId, nowIso } from "../../clock.js";
import { addWebhookEndpoint } from "../../jobs/handlers.js";
import { requireStaff } from "../auth.js";
import type { AppEnv } from "../env.js";
import { notFound } from "../problem.js";
import { IdParam, json, problems } from "../schemas.js";

const tags = ["staff"];
const security = [{ apiKey: [] }];

const Topic = z
  .union([z.literal("*"), z.string().regex(/^case\.[a-z_]+$/)])
  .refine(
    (t) => t === "*" || CaseEventTypeSchema.safeParse(t.slice(5)).success,
    "a case event topic such as case.case_opened, or *",
  );

const EndpointView = z
  .object({ id: z.string(), url: z.string(), topics: z.array(z.string()), createdAt: z.string() })
  .openapi("WebhookEndpoint");

const listRoute = createRoute({
  method: "get",
  path: "/v1/staff/webhook-endpoints",
  tags,
  security,
  summary: "Outgoing webhook endpoints (admin)",
  responses: {
    200: json(z.object({ items: z.array(EndpointView) }), "The endpoints"),
    ...problems(401, 403),
  },
});

const createEndpointRoute = createRoute({
  method: "post",
  path: "/v1/staff/webhook-endpoints",
  tags,
  security,
  summary: "Add an endpoint; its signing secret is shown once (admin)",
  request: {
    body: {
      required: true,
      content: {
        "application/json": {
          schema: z
            .object({
              url: z.url({ protocol: /^https?$/ }).max(2000),
              topics: z.array(Topic).min(1).max(50).default(["*"]),
            })
            .openapi("CreateWebhookEndpoint"),
        },
      },
    },
  },
  responses: {
    201: json(EndpointView.extend({ secret: z.string() }), "The endpoint with its secret"),
    ...problems(400, 401, 403, 415),
  },
});

const deleteRoute = createRoute({
  method: "delete",
  path: "/v1/staff/webhook-endpoints/{id}",
  tags,
  security,
  summary: "Remove an endpoint (admin)",
  request: { params: IdParam },
  responses: { 204: { description: "Removed" }, ...problems(401, 403, 404) },
});

/** Staff management of outgoing webhook endpoints (admins only). */
export function registerStaffWebhookRoutes(app: OpenAPIHono<AppEnv>): void {
  app.use("/v1/staff/webhook-endpoints", requireStaff("admin"));
  app.use("/v1/staff/webhook-endpoints/*", requireStaff("admin"));

  app.openapi(listRoute, async (c) => {
    const { rows } = await c
      .get("services")
      .db.query<{ id: string; url: string; topics: string[]; created_at: string }>(
        "SELECT id, url, topics, created_at FROM webhook_endpoints WHERE tenant_id = $1 ORDER BY created_at, id",
        [c.get("staff").tenantId],
      );
    return c.json(
      { items: rows.map((r) => ({ id: r.id, url: r.url, topics: r.topics, createdAt: r.created_at })) },
      200,
    );
  });

  app.openapi(createEndpointRoute, async (c) => {
    const services = c.get("services");
    const body = c.req.valid("json");
    const id = newId("whe");
    const secret = `whsec_${randomBytes(24).toString("base64url")}`;
    const now = nowIso(services.clock);
    await addWebhookEndpoint(services.db, {
      tenantId: c.get("staff").tenantId,
      id,
      url: body.url,
      secret,
      topics: body.topics,
      now,
    });
    return c.json({ id, url: body.url, topics: body.topics, createdAt: now, secret }, 201);
  });

  app.openapi(deleteRoute, async (c) => {
    const { rowCount } = await c
      .get("services")
      .db.query("DELETE FROM webhook_endpoints WHERE tenant_id = $1 AND id = $2", [
        c.get("staff").tenantId,
        c.req.valid("param").id,
      ]);
    if (rowCount === 0) throw notFound("Webhook endpoint");
    return c.body(null, 204);
  });
}
