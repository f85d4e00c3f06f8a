import type { CaseActor, CaseCommandInput, CaseEvent } from "@aftersales/core";
import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { TokenClaims } from "../../auth/tokens.js";
import {
  applyCaseCommand,
  type CaseCommandRequest,
  type CaseSnapshot,
  loadCase,
  runCaseCommand,
} from "../../cases/service.js";
import { newId, nowIso } from "../../clock.js";
import { evaluateCaseSla } from "../../sla/setup.js";
import {
  claimAttachments,
  countCaseAttachments,
  MAX_ATTACHMENTS_PER_CASE,
} from "../../storage/attachments.js";
import { isPgError, type Queryable, UNIQUE_VIOLATION } from "../../storage/db.js";
import {
  type IdempotentOutcome,
  replayAfterConflict,
  requestHash,
  withIdempotency,
} from "../../storage/idempotency.js";
import { cachedStoreContext } from "../../store-context.js";
import { customerOwner, requireCustomer } from "../auth.js";
import { customerCaseView } from "../case-view.js";
import { checkEligibilityForCase } from "../eligibility.js";
import type { AppEnv } from "../env.js";
import { rejectionProblem, unwrapOutcome } from "../outcome.js";
import { notFound, Problem, ProblemType } from "../problem.js";
import {
  CancelRequest,
  CaseView,
  ChoiceRequest,
  CreateCaseRequest,
  IdempotencyHeader,
  IdParam,
  json,
  MessageRequest,
  OptionalIdempotencyHeader,
  problems,
  RatingRequest,
} from "../schemas.js";

const tags = ["customer"];
const bearer = [{ customerToken: [] }];

const createCaseRoute = createRoute({
  method: "post",
  path: "/v1/cases",
  tags,
  security: bearer,
  summary: "Open a case on the session's order (Idempotency-Key required)",
  request: {
    headers: IdempotencyHeader,
    body: { required: true, content: { "application/json": { schema: CreateCaseRequest } } },
  },
  responses: {
    201: json(CaseView, "The new case"),
    ...problems(400, 401, 409, 413, 415, 422),
  },
});

const getCaseRoute = createRoute({
  method: "get",
  path: "/v1/cases/{id}",
  tags,
  security: bearer,
  summary: "Read a case with its visible timeline (order token, or `?t=` case link token)",
  request: { params: IdParam },
  responses: { 200: json(CaseView, "The case"), ...problems(401, 404) },
});

function commandRoute(
  path: string,
  summary: string,
  schema: typeof MessageRequest | typeof ChoiceRequest | typeof CancelRequest | typeof RatingRequest,
  required: boolean,
  status: 200 | 201,
) {
  return createRoute({
    method: "post",
    path,
    tags,
    security: bearer,
    summary,
    request: {
      params: IdParam,
      headers: OptionalIdempotencyHeader,
      body: { required, content: { "application/json": { schema } } },
    },
    responses: {
      [status]: json(CaseView, "The case after the change"),
      ...problems(400, 401, 404, 409, 413, 415),
    },
  });
}

const messageRoute = commandRoute(
  "/v1/cases/{id}/messages",
  "Post a message to the store",
  MessageRequest,
  true,
  201,
);
const choiceRoute = commandRoute(
  "/v1/cases/{id}/choice",
  "Choose one of the offered options",
  ChoiceRequest,
  true,
  200,
);
const cancelRoute = commandRoute("/v1/cases/{id}/cancel", "Withdraw the case", CancelRequest, false, 200);
const ratingRoute = commandRoute(
  "/v1/cases/{id}/rating",
  "Rate how the case was handled",
  RatingRequest,
  true,
  200,
);

/**
 * Ties the shopper's uploaded attachments to a case inside the write's transaction: at most
 * {@link MAX_ATTACHMENTS_PER_CASE} per case, only their own pending uploads. Throws (rolling the
 * write back) otherwise.
 */
async function attachEvidence(
  tx: Queryable,
  claims: TokenClaims,
  caseId: string,
  ids: readonly string[],
): Promise<void> {
  if (ids.length === 0) return;
  const existing = await countCaseAttachments(tx, claims.tenantId, caseId);
  if (existing + ids.length > MAX_ATTACHMENTS_PER_CASE) {
    throw new Problem(
      400,
      ProblemType.too_many_attachments,
      `At most ${MAX_ATTACHMENTS_PER_CASE} attachments per case`,
    );
  }
  const unclaimed = await claimAttachments(tx, {
    tenantId: claims.tenantId,
    owner: customerOwner(claims),
    caseId,
    ids,
  });
  if (unclaimed.length > 0) {
    throw new Problem(400, ProblemType.validation_failed, "Some attachments cannot be used", {
      errors: unclaimed.map((id) => ({
        path: `attachments.${ids.indexOf(id)}`,
        message: "unknown attachment, or already on another case",
        code: "invalid_attachment",
      })),
    });
  }
}

/**
 * Customers act without an id: the order token already scopes them to the cases of their order,
 * and guests have no customer id to give.
 */
const CUSTOMER: CaseActor = { type: "customer" };

/** The answer of an idempotent request: the stored text, byte for byte, or 409 for a reused key. */
function idempotentResponse(outcome: IdempotentOutcome): Response {
  if (outcome.kind === "reused") {
    throw new Problem(
      409,
      ProblemType.idempotency_key_reused,
      "This Idempotency-Key was used with a different request",
    );
  }
  const { status, bodyText } = outcome.response;
  return new Response(bodyText, {
    status,
    headers: {
      "content-type": status >= 400 ? "application/problem+json" : "application/json",
      ...(outcome.kind === "replayed" ? { "Idempotent-Replayed": "true" } : {}),
    },
  });
}

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

/**
 * Runs a shopper's command on a case. With an `Idempotency-Key` (optional here, as on every
 * mutating call) the answer is recorded with the change and replayed for a repeat.
 */
/**
 * The order a customer token binds a case to. An order session reaches only that order's cases; an
 * email link token names its case itself (and carries `-` as the order of a case opened without one),
 * so it is bound by `caseId` alone.
 */
function orderBinding(claims: TokenClaims): { orderId?: string } {
  return claims.scope === "case" ? {} : { orderId: claims.orderId };
}

async function runCustomerCommand(
  c: Context<AppEnv>,
  caseId: string,
  command: CaseCommandInput,
  status: 200 | 201,
  attachments: readonly string[] = [],
) {
  const { db, clock } = c.get("services");
  const claims = c.get("customer");
  if (claims.scope === "case" && claims.caseId !== caseId) throw notFound("Case");
  const request: CaseCommandRequest = {
    tenantId: claims.tenantId,
    caseId,
    command,
    actor: CUSTOMER,
    now: nowIso(clock),
    ...orderBinding(claims),
  };
  const key = c.req.header("idempotency-key");
  if (key === undefined) {
    const outcome = await runCaseCommand(db, request, {
      after: (tx) => attachEvidence(tx, claims, caseId, attachments),
    });
    const done = unwrapOutcome(outcome);
    return c.json(
      await customerCaseView(db, claims.tenantId, done.state, done.events, clock.now(), done.sla),
      status,
    );
  }
  if (!IDEMPOTENCY_KEY.test(key)) {
    throw new Problem(400, ProblemType.validation_failed, "The Idempotency-Key is not valid", {
      errors: [
        { path: "idempotency-key", message: "1–255 visible ASCII characters", code: "invalid_string" },
      ],
    });
  }
  const record = {
    tenantId: claims.tenantId,
    scope: customerOwner(claims),
    key,
    requestHash: requestHash("POST", c.req.path, { command, attachments }),
    now: request.now,
  };
  let outcome: IdempotentOutcome;
  try {
    outcome = await withIdempotency(db, record, async (tx) => {
      // A refusal throws, so nothing is recorded and the shopper may retry once the case allows it.
      const done = unwrapOutcome(await applyCaseCommand(tx, request));
      await attachEvidence(tx, claims, caseId, attachments);
      return {
        status,
        body: await customerCaseView(tx, claims.tenantId, done.state, done.events, clock.now(), done.sla),
      };
    });
  } catch (error) {
    // Another writer appended to the case first (not our key): the usual optimistic-concurrency answer.
    if (isPgError(error, UNIQUE_VIOLATION)) {
      const current = await loadCase(db, claims.tenantId, caseId);
      unwrapOutcome({ ok: false, kind: "version_conflict", currentVersion: current?.state.version ?? 0 });
    }
    throw error;
  }
  return idempotentResponse(outcome);
}

/** The shopper's case routes: open, read, message, choose, cancel, rate. */
export function registerCustomerCaseRoutes(app: OpenAPIHono<AppEnv>): void {
  app.use("/v1/cases", requireCustomer());
  app.use("/v1/cases/:id/*", requireCustomer({ allowLink: true }));
  app.on("GET", "/v1/cases/:id", requireCustomer({ allowLink: true }));

  app.openapi(createCaseRoute, async (c) => {
    const services = c.get("services");
    const { db, clock } = services;
    const claims = c.get("customer");
    const key = c.req.valid("header")["idempotency-key"];
    const body = c.req.valid("json");
    const store = await cachedStoreContext(db, claims.tenantId);
    if (!store) throw notFound("Store");
    const { tenant } = store;
    const now = nowIso(clock);
    // Read-only checks run before the transaction: PGlite has one connection, and a replay never
    // uses them anyway.
    const checked = await checkEligibilityForCase(services, tenant, claims, body, store.policy);
    const record = {
      tenantId: tenant.id,
      scope: customerOwner(claims),
      key,
      requestHash: requestHash("POST", "/v1/cases", body),
      now,
    };
    const open: CaseCommandRequest | null = checked.ok
      ? {
          tenantId: tenant.id,
          caseId: newId("cas"),
          fresh: true,
          now,
          actor: CUSTOMER,
          command: {
            type: "open_case",
            kind: body.kind,
            channel: "web",
            ...(body.category ? { category: body.category } : {}),
            order: { id: claims.orderId, number: claims.orderNumber },
            customer: checked.customer,
            ...(body.subject ? { subject: body.subject } : {}),
            description: body.description ?? "",
            ...(checked.lines.length > 0 ? { lines: [...checked.lines] } : {}),
            ...(body.attachments?.length ? { evidence: body.attachments } : {}),
            ...(checked.perishable ? { perishable: true } : {}),
            ...(checked.decision === undefined ? {} : { decision: checked.decision }),
            tags: body.locale ? [`locale:${body.locale}`] : [],
          },
        }
      : null;
    const sla = async (_tx: Queryable, _tenantId: string, events: readonly CaseEvent[], at: string) =>
      evaluateCaseSla(store.sla, events, at);
    const view = (tx: Queryable, snapshot: Omit<CaseSnapshot, "answerText">) =>
      customerCaseView(tx, tenant, snapshot.state, snapshot.events, clock.now(), snapshot.sla);

    let outcome: IdempotentOutcome | undefined;
    if (open && !body.attachments?.length) {
      // The common case: the events, projection, outbox row and recorded answer go in one
      // statement; a duplicate key fails it as a whole and the stored answer is replayed.
      try {
        const result = await applyCaseCommand(db, open, sla, async (snapshot) => ({
          scope: record.scope,
          key: record.key,
          requestHash: record.requestHash,
          status: 201,
          body: await view(db, snapshot),
        }));
        if (result.ok && result.answerText !== undefined) {
          outcome = { kind: "fresh", response: { status: 201, bodyText: result.answerText } };
        }
      } catch (error) {
        outcome = await replayAfterConflict(db, record, error);
      }
    }
    outcome ??= await withIdempotency(db, record, async (tx) => {
      if (!checked.ok) return { status: 422, body: checked.problem };
      const result = await applyCaseCommand(tx, open!, sla);
      if (!result.ok) {
        if (result.kind !== "rejected") throw new Error(`unexpected outcome opening a case: ${result.kind}`);
        const p = rejectionProblem(result.rejection);
        return {
          status: p.status,
          body: { type: p.type, title: p.title, status: p.status, detail: p.detail, errors: p.errors },
        };
      }
      // A refused attachment rolls the whole case back: the key stays free for a corrected request.
      await attachEvidence(tx, claims, open!.caseId, body.attachments ?? []);
      return { status: 201, body: await view(tx, result) };
    });
    return idempotentResponse(outcome) as never;
  });

  app.openapi(getCaseRoute, async (c) => {
    const { db, clock } = c.get("services");
    const claims = c.get("customer");
    const { id } = c.req.valid("param");
    if (claims.scope === "case" && claims.caseId !== id) throw notFound("Case");
    const found = await loadCase(db, claims.tenantId, id);
    const bound = orderBinding(claims).orderId;
    if (!found || (bound !== undefined && found.state.order?.id !== bound)) throw notFound("Case");
    return c.json(await customerCaseView(db, claims.tenantId, found.state, found.events, clock.now()), 200);
  });

  app.openapi(messageRoute, async (c) => {
    const { id } = c.req.valid("param");
    const body = c.req.valid("json") as { body: string; attachments?: string[] };
    return runCustomerCommand(
      c,
      id,
      {
        type: "post_message",
        body: body.body,
        ...(body.attachments?.length ? { attachments: body.attachments } : {}),
      },
      201,
      body.attachments ?? [],
    ) as never;
  });

  app.openapi(choiceRoute, async (c) => {
    const { id } = c.req.valid("param");
    const { optionId } = c.req.valid("json") as { optionId: string };
    return runCustomerCommand(c, id, { type: "choose_option", optionId }, 200) as never;
  });

  app.openapi(cancelRoute, async (c) => {
    const { id } = c.req.valid("param");
    const { reason } = c.req.valid("json") as { reason?: string };
    return runCustomerCommand(c, id, { type: "cancel", ...(reason ? { reason } : {}) }, 200) as never;
  });

  app.openapi(ratingRoute, async (c) => {
    const { id } = c.req.valid("param");
    const { score, comment } = c.req.valid("json") as { score: number; comment?: string };
    return runCustomerCommand(c, id, { type: "rate", score, ...(comment ? { comment } : {}) }, 200) as never;
  });
}
