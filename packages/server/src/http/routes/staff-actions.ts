import {
  type ActionCapabilities,
  type ActionFailure,
  type AfterSalesActions,
  type CaseCommandInput,
  type CaseState,
  decide,
} from "@aftersales/core";
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { StaffPrincipal } from "../../auth/api-keys.js";
import { applyCaseCommand, loadCase } from "../../cases/service.js";
import { nowIso } from "../../clock.js";
import { isPgError, UNIQUE_VIOLATION } from "../../storage/db.js";
import { requestHash, withIdempotency } from "../../storage/idempotency.js";
import { findTenantById } from "../../storage/tenants.js";
import { requireStaff } from "../auth.js";
import type { AppEnv } from "../env.js";
import { unwrapOutcome } from "../outcome.js";
import { notFound, Problem, ProblemType } from "../problem.js";
import {
  IdParam,
  IfMatchHeader,
  Instant,
  json,
  MoneyView,
  OptionalIdempotencyHeader,
  problems,
  StaffCaseView,
  versionFromIfMatch,
} from "../schemas.js";
import { toStaffCaseView } from "./staff-cases.js";

/** Every capability off: a store without a connected platform. */
export const NO_CAPABILITIES: ActionCapabilities = {
  platformReturns: false,
  refunds: false,
  refundsToOriginalPayment: false,
  storeCredit: false,
  coupons: false,
  orderNotes: false,
  restock: false,
  orderStatus: false,
};

/** The capability flags of a store's platform (all off without one). */
export function storeCapabilities(actions: AfterSalesActions | undefined): ActionCapabilities {
  return actions ? { ...actions.capabilities } : { ...NO_CAPABILITIES };
}

const Note = z.string().max(5000).optional();

/** Body of `POST /v1/staff/cases/{id}/actions`: one platform action for the case's order or customer. */
export const StaffActionRequest = z
  .discriminatedUnion("type", [
    z.object({
      type: z.literal("refund"),
      amount: MoneyView,
      lines: z
        .array(z.object({ lineId: z.string().min(1), quantity: z.number().int().min(0), amount: MoneyView }))
        .optional(),
      shipping: MoneyView.optional(),
      restock: z.boolean().optional(),
      returnId: z.string().min(1).optional(),
      note: Note,
      notifyCustomer: z.boolean().optional(),
    }),
    z.object({
      type: z.literal("store_credit"),
      amount: MoneyView,
      expiresAt: Instant.optional(),
      note: Note,
    }),
    z.object({
      type: z.literal("coupon"),
      amount: MoneyView.optional(),
      percent: z.number().gt(0).lte(100).optional(),
      expiresAt: Instant.optional(),
      usageLimit: z.number().int().positive().optional(),
      title: z.string().min(1).max(255).optional(),
    }),
    z.object({
      type: z.literal("order_note"),
      body: z.string().trim().min(1).max(10_000),
      customerVisible: z.boolean().default(false),
    }),
  ])
  .openapi("StaffAction");
type StaffAction = z.infer<typeof StaffActionRequest>;

/** Capability flags and who is asking: what the console offers. */
export const CapabilitiesView = z
  .object({
    platformReturns: z.boolean(),
    refunds: z.boolean(),
    refundsToOriginalPayment: z.boolean(),
    storeCredit: z.boolean(),
    coupons: z.boolean(),
    orderNotes: z.boolean(),
    restock: z.boolean(),
    orderStatus: z.boolean(),
  })
  .openapi("Capabilities");

/** `GET /v1/staff/me`. */
export const StaffMeView = z
  .object({
    staffId: z.string(),
    role: z.enum(["agent", "manager", "admin"]),
    store: z.object({ slug: z.string(), name: z.string(), timeZone: z.string(), locale: z.string() }),
    platform: z.string().nullable(),
    capabilities: CapabilitiesView,
  })
  .openapi("StaffMe");

const actionRoute = createRoute({
  method: "post",
  path: "/v1/staff/cases/{id}/actions",
  tags: ["staff"],
  security: [{ apiKey: [] }],
  summary: "Refund, give store credit or a coupon, or write an order note on the platform, and record it",
  description:
    "Calls the store's platform (core AfterSalesActions) and records the result as a case event " +
    "(refund_issued with platformRefundId, store_credit_issued, coupon_issued with the code, note_added). " +
    "The platform's idempotency key is the Idempotency-Key header (scoped to the case) or, without one, " +
    "the case id and version. 422 action_unsupported when the platform cannot do it, 422 platform_refused " +
    "(with code) when it refuses, 502 platform_error when it fails or throttles (retryable).",
  request: {
    params: IdParam,
    headers: IfMatchHeader.extend(OptionalIdempotencyHeader.shape),
    body: { required: true, content: { "application/json": { schema: StaffActionRequest } } },
  },
  responses: {
    200: json(StaffCaseView, "The case with the recorded result"),
    ...problems(400, 401, 403, 404, 409, 413, 415, 422, 502),
  },
});

const meRoute = createRoute({
  method: "get",
  path: "/v1/staff/me",
  tags: ["staff"],
  security: [{ apiKey: [] }],
  summary: "Who the key belongs to, its store, and what the store's platform can do",
  responses: { 200: json(StaffMeView, "The staff member"), ...problems(401) },
});

/** The problem for a failed platform action. */
export function actionProblem(failure: ActionFailure): Problem {
  const extra = { code: failure.code, retryable: failure.retryable };
  switch (failure.code) {
    case "unsupported":
      return new Problem(422, ProblemType.action_unsupported, "The store's platform cannot do this", {
        detail: failure.message,
        extra,
      });
    case "platform_error":
    case "rate_limited":
    case "unauthorized":
      return new Problem(502, ProblemType.platform_error, "The platform did not complete the action", {
        detail: failure.message,
        extra,
        ...(failure.code === "rate_limited" ? { headers: { "Retry-After": "30" } } : {}),
      });
    case "invalid_request":
      return new Problem(422, ProblemType.platform_refused, "The platform refused the request", {
        detail: failure.message,
        errors: (failure.issues ?? []).map((i) => ({ path: i.path, message: i.message, code: i.code })),
        extra,
      });
    default:
      return new Problem(422, ProblemType.platform_refused, "The platform refused the action", {
        detail: failure.message,
        extra,
      });
  }
}

/** The case command that records an action (with placeholders for what only the platform knows). */
function recordCommand(action: StaffAction, capabilities: ActionCapabilities): CaseCommandInput {
  switch (action.type) {
    case "refund":
      return {
        type: "record_refund",
        amount: action.amount,
        method: capabilities.refundsToOriginalPayment ? "original_payment" : "manual",
      } as CaseCommandInput;
    case "store_credit":
      return { type: "record_store_credit", amount: action.amount } as CaseCommandInput;
    case "coupon":
      return {
        type: "record_coupon",
        code: "pending",
        ...(action.amount ? { amount: action.amount } : {}),
        ...(action.percent === undefined ? {} : { percent: action.percent }),
      } as CaseCommandInput;
    case "order_note":
      return {
        type: "add_note",
        body: orderNoteText(action.body, action.customerVisible),
      } as CaseCommandInput;
    default: {
      const never: never = action;
      throw new Error(`unhandled action ${JSON.stringify(never)}`);
    }
  }
}

function orderNoteText(body: string, customerVisible: boolean): string {
  return `Order note on the platform (${customerVisible ? "visible to the customer" : "internal"}): ${body}`;
}

function refused(code: ActionFailure["code"], message: string): ActionFailure {
  return { ok: false, code, message, retryable: false };
}

/**
 * Calls the platform and returns the command that records its result, or the failure. The
 * idempotency key makes a repeat (a retry after a lost answer) return the platform's first result.
 */
async function perform(
  actions: AfterSalesActions,
  state: CaseState,
  action: StaffAction,
  idempotencyKey: string,
): Promise<{ ok: true; command: CaseCommandInput } | ActionFailure> {
  const orderId = state.order?.id;
  switch (action.type) {
    case "refund": {
      if (!orderId) return refused("not_found", "The case has no order to refund");
      const result = await actions.refund({
        orderId,
        amount: action.amount,
        lines: action.lines ?? [],
        ...(action.shipping ? { shipping: action.shipping } : {}),
        restock: action.restock ?? false,
        ...(action.returnId ? { returnId: action.returnId } : {}),
        ...(action.note ? { note: action.note } : {}),
        notifyCustomer: action.notifyCustomer ?? false,
        idempotencyKey,
      });
      if (!result.ok) return result;
      return {
        ok: true,
        command: {
          type: "record_refund",
          amount: result.amount,
          method: actions.capabilities.refundsToOriginalPayment ? "original_payment" : "manual",
          platformRefundId: result.refundId,
        } as CaseCommandInput,
      };
    }
    case "store_credit": {
      const customerId = state.customer.id;
      if (!customerId) return refused("not_found", "Store credit needs a registered customer");
      const result = await actions.issueStoreCredit({
        customerId,
        amount: action.amount,
        ...(action.expiresAt ? { expiresAt: action.expiresAt } : {}),
        ...(action.note ? { note: action.note } : {}),
        idempotencyKey,
      });
      if (!result.ok) return result;
      return {
        ok: true,
        command: { type: "record_store_credit", amount: result.amount } as CaseCommandInput,
      };
    }
    case "coupon": {
      const result = await actions.issueCoupon({
        ...(action.amount ? { amount: action.amount } : {}),
        ...(action.percent === undefined ? {} : { percent: action.percent }),
        customerEmail: state.customer.email,
        ...(action.expiresAt ? { expiresAt: action.expiresAt } : {}),
        ...(action.usageLimit ? { usageLimit: action.usageLimit } : {}),
        title: action.title ?? `After-sales case ${state.id}`,
        idempotencyKey,
      });
      if (!result.ok) return result;
      return {
        ok: true,
        command: {
          type: "record_coupon",
          code: result.code,
          ...(action.amount ? { amount: action.amount } : {}),
          ...(action.percent === undefined ? {} : { percent: action.percent }),
        } as CaseCommandInput,
      };
    }
    case "order_note": {
      if (!orderId) return refused("not_found", "The case has no order to write a note on");
      const result = await actions.addOrderNote({
        orderId,
        body: action.body,
        customerVisible: action.customerVisible,
        idempotencyKey,
      });
      if (!result.ok) return result;
      return { ok: true, command: recordCommand(action, actions.capabilities) };
    }
    default: {
      const never: never = action;
      throw new Error(`unhandled action ${JSON.stringify(never)}`);
    }
  }
}

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

async function storeActions(c: Context<AppEnv>, staff: StaffPrincipal) {
  const { db, actions } = c.get("services");
  if (!actions) return undefined;
  const tenant = await findTenantById(db, staff.tenantId);
  if (!tenant) throw notFound("Store");
  return actions(tenant);
}

/** Platform actions on a case, and `GET /v1/staff/me` with the capability flags. */
export function registerStaffActionRoutes(app: OpenAPIHono<AppEnv>): void {
  app.use("/v1/staff/me", requireStaff("agent"));

  app.openapi(meRoute, async (c) => {
    const { db, actions } = c.get("services");
    const staff = c.get("staff");
    const tenant = await findTenantById(db, staff.tenantId);
    if (!tenant) throw notFound("Store");
    const platform = actions?.(tenant);
    return c.json(
      {
        staffId: staff.staffId,
        role: staff.role,
        store: {
          slug: tenant.slug,
          name: tenant.name,
          timeZone: tenant.settings.timeZone,
          locale: tenant.settings.locale,
        },
        platform: platform?.platform ?? null,
        capabilities: storeCapabilities(platform),
      },
      200,
    );
  });

  app.openapi(actionRoute, async (c) => {
    const { db, clock } = c.get("services");
    const staff = c.get("staff");
    const { id } = c.req.valid("param");
    const action = c.req.valid("json");
    const headers = c.req.valid("header");
    const key = headers["idempotency-key"];
    if (key !== undefined && !IDEMPOTENCY_KEY.test(key)) {
      throw new Problem(400, ProblemType.validation_failed, "The Idempotency-Key is not valid", {
        errors: [
          { path: "idempotency-key", message: "1–255 visible ASCII characters", code: "invalid_string" },
        ],
      });
    }
    const record = key && {
      tenantId: staff.tenantId,
      scope: `staff-action:${id}`,
      key,
      requestHash: requestHash("POST", c.req.path, action),
      now: nowIso(clock),
    };
    if (record) {
      // A repeat of an answered request replays it without touching the platform again.
      const { rows } = await db.query<{
        request_hash: string;
        response_status: number;
        response_body: string;
      }>(
        `SELECT request_hash, response_status, response_body FROM idempotency_keys
         WHERE tenant_id = $1 AND scope = $2 AND key = $3`,
        [record.tenantId, record.scope, record.key],
      );
      const row = rows[0];
      if (row) return replay(row.request_hash === record.requestHash ? row : null) as never;
    }

    const found = await loadCase(db, staff.tenantId, id);
    if (!found) throw notFound("Case");
    const { state } = found;
    const expected = versionFromIfMatch(headers["if-match"]);
    if (expected !== undefined && expected !== state.version) {
      unwrapOutcome({ ok: false, kind: "version_conflict", currentVersion: state.version });
    }
    const actions = await storeActions(c, staff);
    const capabilities = storeCapabilities(actions);
    const actor = { type: "staff" as const, id: staff.staffId };
    const now = nowIso(clock);
    // Ask core first whether the case takes the result, so no money moves for a refused command.
    const dryRun = decide(state, recordCommand(action, capabilities), { now, actor, caseId: id });
    if (!dryRun.ok) unwrapOutcome({ ok: false, kind: "rejected", rejection: dryRun.rejection });
    if (!actions) {
      throw actionProblem(refused("unsupported", "No commerce platform is connected to this store"));
    }

    const platformKey = key ? `case:${id}:key:${key}` : `case:${id}:v${state.version}:${action.type}`;
    const done = await perform(actions, state, action, platformKey);
    if (!done.ok) throw actionProblem(done);

    // The platform acted: record it even if the case moved meanwhile (recording commands are not
    // bound to a version), so the money movement is never lost from the case.
    const request = { tenantId: staff.tenantId, caseId: id, command: done.command, actor, now };
    const write = async (tx: Parameters<typeof applyCaseCommand>[0]) => {
      const outcome = unwrapOutcome(await applyCaseCommand(tx, request));
      return { status: 200, body: toStaffCaseView(outcome.state, outcome.events, staff) };
    };
    for (let attempt = 1; ; attempt++) {
      try {
        if (record) {
          const outcome = await withIdempotency(db, record, write);
          if (outcome.kind === "reused") return replay(null) as never;
          return replay(outcome.response, outcome.kind === "replayed") as never;
        }
        const answer = await db.transaction(write);
        return c.json(answer.body, 200);
      } catch (error) {
        if (!isPgError(error, UNIQUE_VIOLATION) || attempt >= 3) throw error;
      }
    }
  });
}

function replay(
  row: { response_status: number; response_body: string } | { status: number; bodyText: string } | null,
  replayed = true,
): Response {
  if (!row) {
    throw new Problem(
      409,
      ProblemType.idempotency_key_reused,
      "This Idempotency-Key was used with a different request",
    );
  }
  const status = "status" in row ? row.status : row.response_status;
  const bodyText = "bodyText" in row ? row.bodyText : row.response_body;
  return new Response(bodyText, {
    status,
    headers: { "content-type": "application/json", ...(replayed ? { "Idempotent-Replayed": "true" } : {}) },
  });
}
