import type { CaseState, SlaEvaluation } from "@aftersales/core";
import { allowedCommands, type CaseEvent } from "@aftersales/core";
import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { StaffPrincipal } from "../../auth/api-keys.js";
import { loadCase, runCaseCommand } from "../../cases/service.js";
import { newId, nowIso } from "../../clock.js";
import { evaluateStoreSla } from "../../sla/setup.js";
import { decodeCursor, decodeDueCursor, listCases } from "../../storage/case-list.js";
import { findTenantById } from "../../storage/tenants.js";
import { requireStaff } from "../auth.js";
import type { AppEnv } from "../env.js";
import { unwrapOutcome } from "../outcome.js";
import { notFound, Problem, ProblemType } from "../problem.js";
import {
  CaseListQuery,
  CasePageView,
  IdParam,
  IfMatchHeader,
  json,
  problems,
  StaffCaseView,
  StaffCommandRequest,
  StaffOpenCaseRequest,
  versionFromIfMatch,
} from "../schemas.js";

const tags = ["staff"];
const security = [{ apiKey: [] }];

const listRoute = createRoute({
  method: "get",
  path: "/v1/staff/cases",
  tags,
  security,
  summary: "List and search cases, newest first, with cursor pagination",
  request: { query: CaseListQuery },
  responses: { 200: json(CasePageView, "A page of cases"), ...problems(400, 401, 403) },
});

const getRoute = createRoute({
  method: "get",
  path: "/v1/staff/cases/{id}",
  tags,
  security,
  summary: "A case with every event",
  request: { params: IdParam },
  responses: { 200: json(StaffCaseView, "The case"), ...problems(401, 403, 404) },
});

const openRoute = createRoute({
  method: "post",
  path: "/v1/staff/cases",
  tags,
  security,
  summary: "Open a case on a customer's behalf (phone, email intake)",
  request: { body: { required: true, content: { "application/json": { schema: StaffOpenCaseRequest } } } },
  responses: { 201: json(StaffCaseView, "The new case"), ...problems(400, 401, 403, 409, 413, 415) },
});

const commandRoute = createRoute({
  method: "post",
  path: "/v1/staff/cases/{id}/commands",
  tags,
  security,
  summary: "Run any case command (acknowledge, assign, propose_options, approve_return, resolve …)",
  request: {
    params: IdParam,
    headers: IfMatchHeader,
    body: { required: true, content: { "application/json": { schema: StaffCommandRequest } } },
  },
  responses: {
    200: json(StaffCaseView, "The case after the command"),
    ...problems(400, 401, 403, 404, 409, 413, 415),
  },
});

function staffActor(staff: StaffPrincipal) {
  return { type: "staff" as const, id: staff.staffId };
}

/** The SLA part of the staff view: every target's latest cycle and the shopper's promise. */
export function toStaffSlaView(evaluation: SlaEvaluation | null) {
  if (evaluation === null) return null;
  return {
    targets: Object.fromEntries(
      Object.entries(evaluation.targets).map(([target, c]) => [
        target,
        {
          state: c.state,
          running: c.running,
          paused: c.paused,
          atRisk: c.atRisk,
          startedAt: c.startedAt,
          dueAt: c.dueAt,
          atRiskAt: c.atRiskAt,
          stoppedAt: c.stoppedAt,
          targetMinutes: c.targetMinutes,
          usedMinutes: c.usedMinutes,
          remainingMinutes: c.remainingMinutes,
          overdueMinutes: c.overdueMinutes,
        },
      ]),
    ),
    promise: evaluation.promise
      ? {
          target: evaluation.promise.target,
          dueAt: evaluation.promise.dueAt,
          overdue: evaluation.promise.overdue,
        }
      : null,
  };
}

/**
 * The staff view of a case; with `sla` (an evaluation, or null when it cannot be measured) it
 * carries the SLA too.
 */
export function toStaffCaseView(
  state: CaseState,
  events: readonly CaseEvent[],
  staff: StaffPrincipal,
  sla?: SlaEvaluation | null,
) {
  return {
    case: state as unknown as Record<string, unknown>,
    version: state.version,
    events: events.map((e) => ({
      seq: e.seq,
      type: e.type,
      at: e.at,
      actor: e.actor.id === undefined ? { type: e.actor.type } : { type: e.actor.type, id: e.actor.id },
      visibility: e.visibility,
      data: e.data as Record<string, unknown>,
    })),
    allowedCommands: allowedCommands(state, staffActor(staff)),
    ...(sla === undefined ? {} : { sla: toStaffSlaView(sla) }),
  };
}

/** Staff case routes: list, read, open, command. */
export function registerStaffCaseRoutes(app: OpenAPIHono<AppEnv>): void {
  app.use("/v1/staff/cases", requireStaff("agent"));
  app.use("/v1/staff/cases/*", requireStaff("agent"));

  app.openapi(listRoute, async (c) => {
    const { db } = c.get("services");
    const staff = c.get("staff");
    const { cursor, limit, sort, ...filter } = c.req.valid("query");
    const position = cursor && sort === "newest" ? decodeCursor(cursor) : null;
    const duePosition = cursor && sort === "due" ? decodeDueCursor(cursor) : null;
    if (cursor && !position && !duePosition) {
      throw new Problem(400, ProblemType.validation_failed, "The cursor is not valid", {
        errors: [{ path: "cursor", message: "not a cursor from this API", code: "invalid_cursor" }],
      });
    }
    const timeZone =
      filter.openedFrom || filter.openedTo
        ? (await findTenantById(db, staff.tenantId))?.settings.timeZone
        : undefined;
    const page = await listCases(
      db,
      staff.tenantId,
      { ...filter, timeZone },
      { limit, cursor: position, sort, dueCursor: duePosition },
    );
    return c.json(page, 200);
  });

  app.openapi(getRoute, async (c) => {
    const { db, clock, logger } = c.get("services");
    const staff = c.get("staff");
    const found = await loadCase(db, staff.tenantId, c.req.valid("param").id);
    if (!found) throw notFound("Case");
    const sla = await evaluateStoreSla(db, staff.tenantId, found.events, clock.now(), logger);
    return c.json(toStaffCaseView(found.state, found.events, staff, sla), 200);
  });

  app.openapi(openRoute, async (c) => {
    const { db, clock } = c.get("services");
    const staff = c.get("staff");
    const body = c.req.valid("json");
    const outcome = await runCaseCommand(db, {
      tenantId: staff.tenantId,
      caseId: newId("cas"),
      fresh: true,
      command: { ...body, type: "open_case" } as never,
      actor: staffActor(staff),
      now: nowIso(clock),
    });
    const done = unwrapOutcome(outcome);
    return c.json(toStaffCaseView(done.state, done.events, staff), 201);
  });

  app.openapi(commandRoute, async (c) => {
    const { db, clock } = c.get("services");
    const staff = c.get("staff");
    const { id } = c.req.valid("param");
    const command = c.req.valid("json");
    if (command.type === "open_case") {
      throw new Problem(400, ProblemType.validation_failed, "Open cases with POST /v1/staff/cases", {
        errors: [
          { path: "type", message: "open_case is not a command on an existing case", code: "invalid_value" },
        ],
      });
    }
    const ifMatch = c.req.valid("header")["if-match"];
    const outcome = await runCaseCommand(db, {
      tenantId: staff.tenantId,
      caseId: id,
      command: command as never,
      actor: staffActor(staff),
      now: nowIso(clock),
      ...(ifMatch ? { expectedVersion: versionFromIfMatch(ifMatch)! } : {}),
    });
    const done = unwrapOutcome(outcome);
    c.header("ETag", `"${done.state.version}"`);
    return c.json(toStaffCaseView(done.state, done.events, staff), 200);
  });
}
