import {
  AnalyticsRangeSchema,
  buildDashboard,
  type CaseEvent,
  dashboardCsv,
  toIssues,
} from "@aftersales/core";
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { loadSlaSetup } from "../../sla/setup.js";
import type { Queryable } from "../../storage/db.js";
import { requireStaff } from "../auth.js";
import type { AppEnv } from "../env.js";
import { notFound, Problem, ProblemType } from "../problem.js";
import { json, problems } from "../schemas.js";
import { tenantFromId } from "./stores.js";

const RangeQuery = z.object({
  from: z.string().openapi({ example: "2026-11-01", description: "First day (store's time zone)" }),
  to: z.string().openapi({ example: "2026-11-30", description: "Last day, inclusive" }),
  timeZone: z.string().optional().openapi({ description: "Default: the store's time zone" }),
  table: z.string().max(64).optional().openapi({ description: "CSV only: which table (default: the list)" }),
});

const dashboardRoute = createRoute({
  method: "get",
  path: "/v1/staff/analytics",
  tags: ["staff"],
  security: [{ apiKey: [] }],
  summary: "The service dashboard for a date range (core's buildDashboard over the store's events)",
  request: { query: RangeQuery },
  responses: {
    200: json(z.record(z.string(), z.unknown()).openapi("Dashboard"), "Every figure of the dashboard"),
    ...problems(400, 401, 403),
  },
});

const csvRoute = createRoute({
  method: "get",
  path: "/v1/staff/analytics.csv",
  tags: ["staff"],
  security: [{ apiKey: [] }],
  summary: "One table of the dashboard as CSV (the same numbers as the JSON)",
  request: { query: RangeQuery },
  responses: {
    200: { description: "CSV", content: { "text/csv": { schema: z.string() } } },
    ...problems(400, 401, 403, 404),
  },
});

const BASELINE_DAYS = 28;

/**
 * Every event of the cases that matter for a range: opened before its end and either still open
 * or changed since the spike baseline began.
 */
async function rangeEvents(
  db: Queryable,
  tenantId: string,
  fromMs: number,
  toMs: number,
): Promise<CaseEvent[]> {
  const { rows } = await db.query<{
    case_id: string;
    seq: number;
    type: string;
    at: string;
    actor: unknown;
    visibility: string;
    data: unknown;
  }>(
    `SELECT e.case_id, e.seq, e.type, e.at, e.actor, e.visibility, e.data
     FROM case_events e JOIN cases c ON c.tenant_id = e.tenant_id AND c.id = e.case_id
     WHERE e.tenant_id = $1 AND c.opened_at < $3
       AND (c.updated_at >= $2 OR c.status NOT IN ('resolved', 'closed', 'declined', 'cancelled'))
     ORDER BY e.case_id, e.seq`,
    [tenantId, new Date(fromMs - BASELINE_DAYS * 86_400_000).toISOString(), new Date(toMs).toISOString()],
  );
  return rows.map(
    (r) =>
      ({
        caseId: r.case_id,
        seq: r.seq,
        type: r.type,
        at: r.at,
        actor: r.actor,
        visibility: r.visibility,
        data: r.data,
      }) as CaseEvent,
  );
}

/** Staff analytics: the dashboard as JSON and its tables as CSV. */
export function registerStaffAnalyticsRoutes(app: OpenAPIHono<AppEnv>): void {
  app.use("/v1/staff/analytics", requireStaff("agent"));
  app.use("/v1/staff/analytics.csv", requireStaff("agent"));

  async function dashboard(c: Parameters<Parameters<typeof app.openapi<typeof dashboardRoute>>[1]>[0]) {
    const services = c.get("services");
    const staff = c.get("staff");
    const query = c.req.valid("query");
    const tenant = await tenantFromId(services, staff.tenantId);
    const range = AnalyticsRangeSchema.safeParse({
      from: query.from,
      to: query.to,
      timeZone: query.timeZone ?? tenant.settings.timeZone,
    });
    if (!range.success) {
      throw new Problem(400, ProblemType.validation_failed, "The range is not valid", {
        errors: toIssues(range.error),
      });
    }
    // Wide enough for any zone: the exact day boundaries are applied by core.
    const fromMs = Date.parse(`${range.data.from}T00:00:00Z`) - 86_400_000;
    const toMs = Date.parse(`${range.data.to}T00:00:00Z`) + 2 * 86_400_000;
    const setup = await loadSlaSetup(services.db, tenant.id);
    const events = await rangeEvents(services.db, tenant.id, fromMs, toMs);
    return buildDashboard({
      events,
      range: range.data,
      now: services.clock.now(),
      sla: { policy: setup.policy, calendars: setup.calendars },
    });
  }

  app.openapi(dashboardRoute, async (c) => c.json((await dashboard(c)) as never, 200));

  app.openapi(csvRoute, async (c) => {
    const tables = dashboardCsv(await dashboard(c as never));
    const name = c.req.valid("query").table;
    if (!name) {
      return c.json({ tables: Object.keys(tables) } as never, 200);
    }
    const csv = tables[name];
    if (csv === undefined) throw notFound(`Table ${name}`);
    return new Response(csv, {
      status: 200,
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="aftersales-${name}.csv"`,
      },
    }) as never;
  });
}
