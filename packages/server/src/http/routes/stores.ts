import { normalizeOrderNumber, type OrderSnapshot } from "@aftersales/core";
import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import {
  ATTACHMENT_TYPES,
  MAX_ATTACHMENT_BYTES,
  MAX_ATTACHMENTS_PER_CASE,
} from "../../storage/attachments.js";
import { hitRateLimit } from "../../storage/rate-limits.js";
import { findTenantById, findTenantBySlug, type Tenant } from "../../storage/tenants.js";
import { classifyText, storeCatalogue } from "../catalogue.js";
import type { AppEnv } from "../env.js";
import { loadOrderView } from "../order-view.js";
import { notFound, Problem, ProblemType } from "../problem.js";
import {
  ClassifyRequest,
  ClassifyView,
  json,
  problems,
  SessionRequest,
  SessionView,
  StoreConfigView,
  StoreParam,
} from "../schemas.js";
import type { Services } from "../services.js";

/** The store of a token or API key, or 404 (a store deleted after the token was issued). */
export async function tenantFromId(services: Services, id: string): Promise<Tenant> {
  const tenant = await findTenantById(services.db, id);
  if (!tenant) throw notFound("Store");
  return tenant;
}

/** The store named in the path, or 404. */
export async function tenantFromSlug(services: Services, slug: string): Promise<Tenant> {
  const tenant = await findTenantBySlug(services.db, slug);
  if (!tenant) throw notFound("Store");
  return tenant;
}

const tags = ["customer"];

const configRoute = createRoute({
  method: "get",
  path: "/v1/stores/{store}/config",
  tags,
  summary: "Public configuration of a store for the widget",
  request: { params: StoreParam },
  responses: { 200: json(StoreConfigView, "The store's configuration"), ...problems(404) },
});

const sessionRoute = createRoute({
  method: "post",
  path: "/v1/stores/{store}/sessions",
  tags,
  summary: "Prove an order (number + email, or a platform identity) and get a session token",
  request: {
    params: StoreParam,
    body: { required: true, content: { "application/json": { schema: SessionRequest } } },
  },
  responses: {
    201: json(SessionView, "A token scoped to this store and order"),
    ...problems(400, 401, 404, 413, 415, 429),
  },
});

const classifyRoute = createRoute({
  method: "post",
  path: "/v1/stores/{store}/classify",
  tags,
  summary: "Suggest complaint categories for a text",
  request: {
    params: StoreParam,
    body: { required: true, content: { "application/json": { schema: ClassifyRequest } } },
  },
  responses: { 200: json(ClassifyView, "Suggestions, best first"), ...problems(400, 404, 415) },
});

/** A signed order session and the order view. */
async function sessionFor(services: Services, tenant: Tenant, order: OrderSnapshot, now: number) {
  const exp = Math.floor(now / 1000) + services.limits.sessionTtlSeconds;
  const token = services.tokens.sign({
    scope: "order",
    tenantId: tenant.id,
    orderId: order.id,
    orderNumber: order.number,
    email: order.customer.email,
    exp,
  });
  const view = await loadOrderView(services, tenant, order);
  return { token, expiresAt: new Date(exp * 1000).toISOString(), order: view };
}

/** Public per-store routes: configuration, order proof, text classification. */
export function registerStoreRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(configRoute, async (c) => {
    const services = c.get("services");
    const tenant = await tenantFromSlug(services, c.req.valid("param").store);
    const catalogue = await storeCatalogue(services, tenant);
    return c.json(
      {
        store: {
          slug: tenant.slug,
          name: tenant.name,
          timeZone: tenant.settings.timeZone,
          locale: tenant.settings.locale,
          hoursDescription: tenant.settings.hoursDescription ?? catalogue.hoursDescription,
        },
        returnReasons: catalogue.returnReasons,
        resolutions: catalogue.resolutions,
        complaintCategories: catalogue.complaintCategories,
        contactChannels: tenant.settings.contactChannels,
        attachments: {
          maxBytes: MAX_ATTACHMENT_BYTES,
          maxPerCase: MAX_ATTACHMENTS_PER_CASE,
          types: [...ATTACHMENT_TYPES],
        },
      },
      200,
    );
  });

  app.openapi(sessionRoute, async (c) => {
    const services = c.get("services");
    const { db, clock, limits } = services;
    const tenant = await tenantFromSlug(services, c.req.valid("param").store);
    const body = c.req.valid("json");
    const now = clock.now();
    const limited = (retryAfter: number) =>
      new Problem(429, ProblemType.rate_limited, "Too many attempts; try again later", {
        headers: { "Retry-After": String(retryAfter) },
      });
    const byIp = await hitRateLimit(
      db,
      `session:ip:${tenant.id}:${c.get("clientIp")}`,
      limits.sessionPerIp,
      now,
    );
    if (!byIp.allowed) throw limited(byIp.retryAfter);
    const notVerified = () =>
      new Problem(
        401,
        ProblemType.order_not_verified,
        "We could not find an order with this number and email",
      );
    if (!("orderNumber" in body)) {
      // A platform-signed identity (Shopify app proxy, WordPress): the adapter's verifier names the order.
      const verified = services.verifyIdentity
        ? await services.verifyIdentity(tenant, body.identityToken, now)
        : null;
      if (!verified) throw notVerified();
      if ("order" in verified) return c.json(await sessionFor(services, tenant, verified.order, now), 201);
      const found = await services.orderSource(tenant).getOrder(verified.orderId);
      if (!found.ok) throw notVerified();
      return c.json(await sessionFor(services, tenant, found.order, now), 201);
    }
    const byOrder = await hitRateLimit(
      db,
      `session:order:${tenant.id}:${normalizeOrderNumber(body.orderNumber)}`,
      limits.sessionPerOrder,
      now,
    );
    if (!byOrder.allowed) throw limited(byOrder.retryAfter);
    const found = await services
      .orderSource(tenant)
      .findOrder({ number: body.orderNumber, email: body.email });
    if (!found.ok) {
      if (found.reason === "unavailable") {
        c.get("log").warn({ reason: found.message }, "order source unavailable");
        throw new Problem(
          503,
          ProblemType.unavailable,
          "The store's order system is not reachable; try again soon",
          {
            headers: { "Retry-After": "30" },
          },
        );
      }
      // Unknown order and wrong email get the same answer, so order numbers cannot be probed.
      throw notVerified();
    }
    return c.json(await sessionFor(services, tenant, found.order, now), 201);
  });

  app.openapi(classifyRoute, async (c) => {
    const services = c.get("services");
    await tenantFromSlug(services, c.req.valid("param").store);
    const { text, locale } = c.req.valid("json");
    return c.json(classifyText(text, locale), 200);
  });
}
