import { CaseKindSchema, ChannelSchema, CountrySchema, PrioritySchema } from "@aftersales/core";
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { draftSlaSetup, previewSla, SlaClockStart } from "../../sla/preview.js";
import { loadSlaSetup } from "../../sla/setup.js";
import { findTenantById } from "../../storage/tenants.js";
import { requireStaff } from "../auth.js";
import type { AppEnv } from "../env.js";
import { Problem, ProblemType } from "../problem.js";
import { Instant, json, problems } from "../schemas.js";

const AnyObject = z.record(z.string(), z.unknown()).openapi({ type: "object" });

/** Body of `POST /v1/staff/sla/preview`. */
export const SlaPreviewRequest = z
  .object({
    openedAt: z.iso.datetime({ offset: true }).openapi({ example: "2026-11-27T16:30:00.000Z" }),
    case: z.object({
      kind: CaseKindSchema,
      priority: PrioritySchema,
      channel: ChannelSchema,
      category: z.string().min(1).max(100).optional(),
      country: CountrySchema.optional().openapi({
        description: "The customer's country (rules with regions)",
      }),
      perishable: z.boolean().optional(),
    }),
    policy: AnyObject.optional().openapi({
      description: "A draft SLA policy (core SlaPolicy); default: the store's published one",
    }),
    calendars: z
      .record(z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/), AnyObject)
      .optional()
      .openapi({
        description:
          "Draft business calendars by id (core BusinessCalendar); each replaces the store's calendar of that id",
      }),
  })
  .openapi("SlaPreviewRequest");

const TargetPreview = z
  .object({
    dueAt: Instant.nullable().openapi({ description: "null when no rule of the policy sets this target" }),
    ruleId: z.string().optional(),
    clock: z.string().optional().openapi({ description: "`24/7` or the calendar id" }),
    timeZone: z.string().optional().openapi({ description: "The calendar's IANA zone" }),
    atRiskAt: Instant.optional(),
    targetMinutes: z.number().optional().openapi({ description: "The target's length on its clock" }),
    startsOn: z.enum(Object.values(SlaClockStart) as [string, ...string[]]).openapi({
      description:
        "What starts this clock on a real case; the preview starts every clock at openedAt (so next_response reads as a customer message at openedAt)",
    }),
  })
  .openapi("SlaTargetPreview");

/** Answer of `POST /v1/staff/sla/preview`. */
export const SlaPreviewView = z
  .object({
    openedAt: Instant,
    policy: z.object({ id: z.string(), version: z.number().int(), draft: z.boolean() }),
    timeZone: z.string().openapi({ description: "The store's time zone" }),
    targets: z.object({
      first_response: TargetPreview,
      next_response: TargetPreview,
      resolution: TargetPreview,
      return_processing: TargetPreview,
      follow_up: TargetPreview,
    }),
  })
  .openapi("SlaPreview");

const previewRoute = createRoute({
  method: "post",
  path: "/v1/staff/sla/preview",
  tags: ["staff"],
  security: [{ apiKey: [] }],
  summary:
    "When a case opened at an instant would be due, per SLA target, under the published SLA policy and calendars or drafts of them",
  request: { body: { required: true, content: { "application/json": { schema: SlaPreviewRequest } } } },
  responses: { 200: json(SlaPreviewView, "The due instants"), ...problems(400, 401, 403, 413, 415) },
});

/** `POST /v1/staff/sla/preview`: any staff member may preview; saving policies stays manager-only. */
export function registerStaffSlaRoutes(app: OpenAPIHono<AppEnv>): void {
  app.use("/v1/staff/sla/*", requireStaff("agent"));
  app.openapi(previewRoute, async (c) => {
    const { db } = c.get("services");
    const tenantId = c.get("staff").tenantId;
    const body = c.req.valid("json");
    const published = await loadSlaSetup(db, tenantId);
    const tenant = await findTenantById(db, tenantId);
    const drafted = draftSlaSetup(published, {
      ...(body.policy ? { policy: body.policy } : {}),
      ...(body.calendars ? { calendars: body.calendars } : {}),
    });
    if (!drafted.ok) {
      throw new Problem(400, ProblemType.validation_failed, "The SLA policy or a calendar is not valid", {
        errors: drafted.issues,
      });
    }
    const openedAt = new Date(body.openedAt).toISOString();
    return c.json(
      {
        openedAt,
        policy: {
          id: drafted.setup.policy.id,
          version: drafted.setup.policy.version,
          draft: body.policy !== undefined,
        },
        timeZone: tenant?.settings.timeZone ?? "UTC",
        targets: previewSla(drafted.setup, openedAt, body.case),
      },
      200,
    );
  });
}
