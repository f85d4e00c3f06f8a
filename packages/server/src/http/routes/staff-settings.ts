import {
  BusinessCalendarSchema,
  compilePolicy,
  parsePolicy,
  SlaPolicySchema,
  toIssues,
} from "@aftersales/core";
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { createApiKey } from "../../auth/api-keys.js";
import { nowIso } from "../../clock.js";
import { decideRequest, loadStorePolicy } from "../../policy/store-policy.js";
import {
  currentPolicy,
  deleteSettings,
  getSettings,
  listSettings,
  policyHistory,
  publishPolicy,
  putSettings,
  type SettingsTable,
} from "../../storage/settings.js";
import { findTenantById, managerEmails, updateTenantSettings } from "../../storage/tenants.js";
import { assertRole, requireStaff } from "../auth.js";
import { toEligibilityView } from "../decision-view.js";
import type { AppEnv } from "../env.js";
import { notFound, Problem, ProblemType } from "../problem.js";
import {
  CreateApiKeyRequest,
  EligibilityView,
  IfMatchHeader,
  json,
  PolicyVersionView,
  problems,
  SettingsDocView,
  versionFromIfMatch,
} from "../schemas.js";
import { tenantFromId } from "./stores.js";

const tags = ["staff"];
const security = [{ apiKey: [] }];
const DocParam = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9_-]{0,63}$/)
    .openapi({ param: { name: "id", in: "path" }, example: "default" }),
});
const AnyObject = z.record(z.string(), z.unknown()).openapi({ type: "object" });

/** Validates a settings body with the domain schema from core. */
const validators: Record<SettingsTable, (body: unknown) => z.ZodError | null> = {
  calendars: (body) => {
    const r = BusinessCalendarSchema.safeParse(body);
    return r.success ? null : r.error;
  },
  sla_policies: (body) => {
    const r = SlaPolicySchema.safeParse(body);
    return r.success ? null : r.error;
  },
};

function settingsRoutes(app: OpenAPIHono<AppEnv>, path: string, table: SettingsTable, what: string) {
  app.use(path, requireStaff("agent"));
  app.use(`${path}/*`, requireStaff("agent"));
  app.openapi(
    createRoute({
      method: "get",
      path,
      tags,
      security,
      summary: `List ${what}s`,
      responses: {
        200: json(z.object({ items: z.array(SettingsDocView) }), `Every ${what}`),
        ...problems(401, 403),
      },
    }),
    async (c) =>
      c.json({ items: await listSettings(c.get("services").db, table, c.get("staff").tenantId) }, 200),
  );
  app.openapi(
    createRoute({
      method: "get",
      path: `${path}/{id}`,
      tags,
      security,
      summary: `Read a ${what}`,
      request: { params: DocParam },
      responses: { 200: json(SettingsDocView, `The ${what}`), ...problems(401, 403, 404) },
    }),
    async (c) => {
      const doc = await getSettings(
        c.get("services").db,
        table,
        c.get("staff").tenantId,
        c.req.valid("param").id,
      );
      if (!doc) throw notFound(what);
      return c.json(doc, 200);
    },
  );
  app.openapi(
    createRoute({
      method: "put",
      path: `${path}/{id}`,
      tags,
      security,
      summary: `Create or replace a ${what} (manager; If-Match for optimistic concurrency)`,
      request: {
        params: DocParam,
        headers: IfMatchHeader,
        body: { required: true, content: { "application/json": { schema: AnyObject } } },
      },
      responses: {
        200: json(SettingsDocView, `The stored ${what}`),
        ...problems(400, 401, 403, 409, 413, 415),
      },
    }),
    async (c) => {
      const staff = c.get("staff");
      assertRole(staff, "manager");
      const body = c.req.valid("json");
      const invalid = validators[table](body);
      if (invalid) {
        throw new Problem(400, ProblemType.validation_failed, `The ${what} is not valid`, {
          errors: toIssues(invalid),
        });
      }
      const ifMatch = c.req.valid("header")["if-match"];
      const doc = await putSettings(c.get("services").db, table, {
        tenantId: staff.tenantId,
        id: c.req.valid("param").id,
        body,
        now: nowIso(c.get("services").clock),
        ...(ifMatch ? { expectedVersion: versionFromIfMatch(ifMatch)! } : {}),
      });
      if (!doc)
        throw new Problem(409, ProblemType.version_conflict, `The ${what} changed meanwhile; reload it`);
      return c.json(doc, 200);
    },
  );
  app.openapi(
    createRoute({
      method: "delete",
      path: `${path}/{id}`,
      tags,
      security,
      summary: `Delete a ${what} (manager)`,
      request: { params: DocParam },
      responses: { 204: { description: "Deleted" }, ...problems(401, 403, 404) },
    }),
    async (c) => {
      const staff = c.get("staff");
      assertRole(staff, "manager");
      const gone = await deleteSettings(c.get("services").db, table, staff.tenantId, c.req.valid("param").id);
      if (!gone) throw notFound(what);
      return c.body(null, 204);
    },
  );
}

const getPolicyRoute = createRoute({
  method: "get",
  path: "/v1/staff/policies/current",
  tags,
  security,
  summary: "The published return policy",
  responses: { 200: json(PolicyVersionView, "The newest version"), ...problems(401, 403, 404) },
});
const historyRoute = createRoute({
  method: "get",
  path: "/v1/staff/policies",
  tags,
  security,
  summary: "Every published policy version, newest first",
  responses: {
    200: json(z.object({ items: z.array(PolicyVersionView.omit({ body: true })) }), "The versions"),
    ...problems(401, 403),
  },
});
const publishRoute = createRoute({
  method: "post",
  path: "/v1/staff/policies",
  tags,
  security,
  summary: "Publish a new policy version (manager)",
  request: { body: { required: true, content: { "application/json": { schema: AnyObject } } } },
  responses: { 201: json(PolicyVersionView, "The new version"), ...problems(400, 401, 403, 409, 413, 415) },
});
const simulateRoute = createRoute({
  method: "post",
  path: "/v1/staff/policies/simulate",
  tags,
  security,
  summary: "Decide a return request for an order under the published policy, or a draft one",
  request: {
    body: {
      required: true,
      content: {
        "application/json": {
          schema: z
            .object({
              orderId: z.string().min(1).max(200),
              lines: z
                .array(
                  z.object({
                    lineId: z.string().min(1),
                    quantity: z.number().int().positive(),
                    reason: z.string().optional(),
                    resolution: z.string().optional(),
                  }),
                )
                .min(1)
                .max(100),
              policy: AnyObject.optional().openapi({
                description: "A draft policy; default: the published one",
              }),
              now: z.iso.datetime({ offset: true }).optional(),
              locale: z.enum(["en", "zh-Hans", "zh-Hant"]).optional(),
            })
            .openapi("PolicySimulation"),
        },
      },
    },
  },
  responses: { 200: json(EligibilityView, "The decision"), ...problems(400, 401, 403, 404, 415) },
});

/** Body of `POST /v1/staff/api-keys`: the key, and optionally who holds it (SLA alerts go to `email`). */
const CreateApiKeyBody = CreateApiKeyRequest.extend({
  email: z.email().max(254).optional().openapi({ description: "The staff member's address (SLA alerts)" }),
  displayName: z.string().trim().min(1).max(100).optional(),
}).openapi("CreateApiKey");

const apiKeyRoute = createRoute({
  method: "post",
  path: "/v1/staff/api-keys",
  tags,
  security,
  summary: "Create an API key (admin); the key is shown once",
  request: { body: { required: true, content: { "application/json": { schema: CreateApiKeyBody } } } },
  responses: {
    201: json(z.object({ id: z.string(), key: z.string(), role: z.string() }), "The new key"),
    ...problems(400, 401, 403, 415),
  },
});

/** `GET`/`PATCH /v1/staff/store-settings`: what the team configures about notifications. */
const StoreSettingsView = z
  .object({
    timeZone: z.string(),
    locale: z.enum(["en", "zh-Hans", "zh-Hant"]),
    staffEmail: z.array(z.string()).openapi({
      description:
        "The managers' (escalation) mailbox: SLA breaches and at-risk cases without an assignee address are emailed here",
    }),
  })
  .openapi("StoreSettings");
const StoreSettingsChange = z
  .object({ staffEmail: z.array(z.email().max(254)).max(20) })
  .openapi("StoreSettingsChange");

const getStoreSettingsRoute = createRoute({
  method: "get",
  path: "/v1/staff/store-settings",
  tags,
  security,
  summary: "The store's notification settings",
  responses: { 200: json(StoreSettingsView, "The settings"), ...problems(401, 403) },
});
const patchStoreSettingsRoute = createRoute({
  method: "patch",
  path: "/v1/staff/store-settings",
  tags,
  security,
  summary: "Set the managers' mailbox for SLA alerts (admin)",
  request: { body: { required: true, content: { "application/json": { schema: StoreSettingsChange } } } },
  responses: { 200: json(StoreSettingsView, "The settings"), ...problems(400, 401, 403, 415) },
});

const storeSettingsView = (settings: Parameters<typeof managerEmails>[0]) => ({
  timeZone: settings.timeZone,
  locale: settings.locale,
  staffEmail: managerEmails(settings),
});

/** Staff routes for calendars, SLA policies, return policies, API keys and store settings. */
export function registerStaffSettingsRoutes(app: OpenAPIHono<AppEnv>): void {
  settingsRoutes(app, "/v1/staff/calendars", "calendars", "calendar");
  settingsRoutes(app, "/v1/staff/sla-policies", "sla_policies", "SLA policy");

  app.use("/v1/staff/policies", requireStaff("agent"));
  app.use("/v1/staff/policies/*", requireStaff("agent"));
  app.openapi(getPolicyRoute, async (c) => {
    const policy = await currentPolicy(c.get("services").db, c.get("staff").tenantId);
    if (!policy) throw notFound("Policy");
    return c.json(policy, 200);
  });
  app.openapi(historyRoute, async (c) =>
    c.json({ items: await policyHistory(c.get("services").db, c.get("staff").tenantId) }, 200),
  );
  app.openapi(publishRoute, async (c) => {
    const staff = c.get("staff");
    assertRole(staff, "manager");
    const parsed = parsePolicy(c.req.valid("json"));
    if (!parsed.ok) {
      throw new Problem(400, ProblemType.validation_failed, "The policy is not valid", {
        errors: parsed.issues,
      });
    }
    const published = await publishPolicy(c.get("services").db, {
      tenantId: staff.tenantId,
      body: c.req.valid("json"),
      now: nowIso(c.get("services").clock),
      by: staff.staffId,
    });
    return c.json(published, 201);
  });

  app.openapi(simulateRoute, async (c) => {
    const services = c.get("services");
    const staff = c.get("staff");
    const body = c.req.valid("json");
    const tenant = await tenantFromId(services, staff.tenantId);
    let policy = await loadStorePolicy(services.db, tenant.id);
    if (body.policy) {
      const draft = parsePolicy(body.policy);
      if (!draft.ok)
        throw new Problem(400, ProblemType.validation_failed, "The policy is not valid", {
          errors: draft.issues.map((i) => ({ ...i, path: `policy.${i.path}` })),
        });
      policy = { compiled: compilePolicy(draft.value.policy), storedVersion: -1 };
    }
    const found = await services.orderSource(tenant).getOrder(body.orderId);
    if (!found.ok) throw notFound("Order");
    const now = body.now ? Date.parse(body.now) : services.clock.now();
    const decided = decideRequest(policy, found.order, { lines: body.lines as never }, now);
    if (!decided.ok)
      throw new Problem(400, ProblemType.validation_failed, "The request is not valid", {
        errors: decided.issues,
      });
    return c.json(
      toEligibilityView(decided.decision, body.locale ?? tenant.settings.locale, tenant.settings.timeZone),
      200,
    );
  });

  app.use("/v1/staff/store-settings", requireStaff("agent"));
  app.openapi(getStoreSettingsRoute, async (c) => {
    const tenant = await findTenantById(c.get("services").db, c.get("staff").tenantId);
    if (!tenant) throw notFound("Store");
    return c.json(storeSettingsView(tenant.settings), 200);
  });
  app.openapi(patchStoreSettingsRoute, async (c) => {
    const staff = c.get("staff");
    assertRole(staff, "admin");
    const tenant = await updateTenantSettings(c.get("services").db, staff.tenantId, {
      staffEmail: c.req.valid("json").staffEmail,
    });
    if (!tenant) throw notFound("Store");
    return c.json(storeSettingsView(tenant.settings), 200);
  });

  app.use("/v1/staff/api-keys", requireStaff("admin"));
  app.openapi(apiKeyRoute, async (c) => {
    const staff = c.get("staff");
    const body = c.req.valid("json");
    const created = await createApiKey(c.get("services").db, {
      tenantId: staff.tenantId,
      name: body.name,
      role: body.role,
      ...(body.staffId ? { staffId: body.staffId } : {}),
      ...(body.email ? { email: body.email } : {}),
      ...(body.displayName ? { displayName: body.displayName } : {}),
      now: nowIso(c.get("services").clock),
    });
    return c.json({ ...created, role: body.role }, 201);
  });
}
