import {
  type CaseActor,
  type CaseCommandInput,
  type CaseCommandType,
  type CaseEvent,
  type CaseState,
  InstantSchema,
  isAllowedInStatus,
  isOpenCaseStatus,
  MoneySchema,
  type OrderSnapshot,
  OrderSnapshotSchema,
  type OrderSource,
  RefundMethodSchema,
  type Rejection,
} from "@aftersales/core";
import { z } from "zod";
import {
  applyCaseCommand,
  type CommandOutcome,
  loadCase,
  type SlaEvaluator,
  storeSla,
} from "../cases/service.js";
import { type Clock, newId, nowIso, systemClock } from "../clock.js";
import { type Db, isPgError, type Queryable, UNIQUE_VIOLATION } from "../storage/db.js";

const Id = z.string().min(1);

/** One line of a return opened on the platform, in our words (reason codes of the store's policy). */
export const PlatformReturnLineSchema = z.object({
  /** The order line id as the order source names it. */
  lineId: Id,
  quantity: z.number().int().positive(),
  /** Our reason code (`size_too_small`, `defective`, `other` …). */
  reason: Id,
  note: z.string().max(10_000).optional(),
});
/** One line of a platform return. */
export type PlatformReturnLine = z.infer<typeof PlatformReturnLineSchema>;

const ReturnRef = {
  platform: Id,
  returnId: Id,
  /** The platform's human name of the return (`#1001-R1`), for notes. */
  name: z.string().min(1).optional(),
};

/**
 * What a commerce platform tells us happened, in platform-neutral words. Adapters map their
 * webhooks to these; {@link applyPlatformFacts} turns them into case commands.
 */
export const PlatformFactSchema = z.discriminatedUnion("type", [
  z.object({
    /** A return was opened on the platform (by the shopper there, or by staff in its admin). */
    type: z.literal("return_opened"),
    ...ReturnRef,
    orderId: Id,
    lines: z.array(PlatformReturnLineSchema).min(1),
    /** The shopper asked for other goods in exchange (the case becomes an exchange). */
    exchange: z.boolean().default(false),
    /** The order as the platform sent it; without it the order source is asked. */
    order: OrderSnapshotSchema.optional(),
  }),
  z.object({ type: z.literal("return_approved"), ...ReturnRef }),
  z.object({
    type: z.literal("return_declined"),
    ...ReturnRef,
    /** Our decline reason code (`final_sale`, `window_expired`, `other`). */
    reasonCode: Id,
    message: z.string().min(1).max(10_000).optional(),
  }),
  z.object({ type: z.literal("return_closed"), ...ReturnRef }),
  z.object({ type: z.literal("return_cancelled"), ...ReturnRef }),
  z.object({ type: z.literal("return_reopened"), ...ReturnRef }),
  z.object({
    /** The return's lines or fees changed on the platform (no command of ours changes them). */
    type: z.literal("return_updated"),
    ...ReturnRef,
    summary: z.string().min(1).max(2000).optional(),
  }),
  z.object({
    /** Money went back to the shopper on the platform (through us or in its admin). */
    type: z.literal("refund_created"),
    platform: Id,
    refundId: Id,
    orderId: Id,
    /** The platform return the refund settles, when the platform says so. */
    returnId: Id.optional(),
    amount: MoneySchema.refine((money) => money.amount > 0, "a refund is more than zero"),
    method: RefundMethodSchema.default("original_payment"),
  }),
  z.object({
    /** The order was fulfilled or delivered (or its fulfilments changed). */
    type: z.literal("order_fulfilled"),
    platform: Id,
    orderId: Id,
    fulfilledAt: InstantSchema.optional(),
    deliveredAt: InstantSchema.optional(),
  }),
  z.object({
    /**
     * The order reached a status staff should know about (cancelled, refunded in full) on a
     * platform without returns of its own: `message` becomes an internal note on each open case
     * of the order, once per case.
     */
    type: z.literal("order_status_changed"),
    platform: Id,
    orderId: Id,
    status: Id,
    message: z.string().min(1).max(2000),
  }),
]);
/** A platform fact as adapters write it (defaults not applied yet). */
export type PlatformFactInput = z.input<typeof PlatformFactSchema>;
/** A validated platform fact. */
export type PlatformFact = z.infer<typeof PlatformFactSchema>;

/** Why a fact changed nothing. Values, not errors: the webhook was still handled. */
export const PlatformFactIgnored = {
  /** The fact is not a valid {@link PlatformFact} (see `issues`). */
  invalid_fact: "invalid_fact",
  /** No case follows this platform return. */
  no_linked_case: "no_linked_case",
  /** A case already follows this return (our own return echoed back, or a repeat). */
  already_linked: "already_linked",
  /** Core refused the command (`rejection` says why: status, actor, already approved …). */
  rejected: "rejected",
  /** This platform refund is already recorded on a case. */
  already_recorded: "already_recorded",
  /** No case of the order can take the refund (none open in a status that records refunds). */
  no_case_for_refund: "no_case_for_refund",
  /** Several cases of the order could take the refund; staff pick one. */
  ambiguous_case: "ambiguous_case",
  /** The order could not be read from the order source (`retryable` says whether to try again). */
  order_unavailable: "order_unavailable",
  /** Nothing we store depends on this fact. */
  nothing_stored: "nothing_stored",
  /** The order has no open case to tell. */
  no_open_case: "no_open_case",
  /** The case already has this note. */
  already_noted: "already_noted",
  /** Another writer changed the case at the same moment twice in a row. */
  version_conflict: "version_conflict",
} as const;
/** Zod enum of {@link PlatformFactIgnored}. */
export const PlatformFactIgnoredSchema = z.enum(PlatformFactIgnored);
/** Why a fact changed nothing. */
export type PlatformFactIgnored = z.infer<typeof PlatformFactIgnoredSchema>;

/** What one fact did: a command applied to a case, a case linked to the return, or nothing and why. */
export type PlatformFactResult =
  | {
      readonly outcome: "applied";
      readonly fact: PlatformFact["type"];
      readonly caseId: string;
      readonly command: CaseCommandType;
      /** The events the command appended. */
      readonly events: readonly CaseEvent[];
    }
  | {
      readonly outcome: "linked";
      readonly fact: PlatformFact["type"];
      readonly caseId: string;
      readonly message: string;
    }
  | {
      readonly outcome: "ignored";
      readonly fact: PlatformFact["type"] | "unknown";
      readonly reason: PlatformFactIgnored;
      readonly message: string;
      readonly caseId?: string;
      readonly command?: CaseCommandType;
      readonly rejection?: Rejection;
      /** True when the same fact may succeed later (the order source was down). */
      readonly retryable?: boolean;
    };

/** What {@link applyPlatformFacts} needs besides the database. */
export interface PlatformFactOptions {
  /** Where the time comes from (default: the machine's clock). */
  readonly clock?: Clock;
  /** Reads the order of a return opened on the platform when the fact does not carry it. */
  readonly orders?: OrderSource;
  /** The SLA evaluation written to the projection (default: the store's SLA policy). */
  readonly sla?: SlaEvaluator;
}

/** The resource name of platform returns in `case_platform_links`. */
const RETURN = "return";

/**
 * Records that a case follows a platform return. Call it right after creating the return on the
 * platform from a case, so the webhook that echoes it does not open a second case. True when the
 * link is new; false when the return already had a case (the first link stays).
 */
export async function linkPlatformReturn(
  db: Queryable,
  link: { tenantId: string; platform: string; returnId: string; caseId: string; now: string },
): Promise<boolean> {
  const { rowCount } = await db.query(
    `INSERT INTO case_platform_links (tenant_id, platform, resource, external_id, case_id, created_at)
     VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
    [link.tenantId, link.platform, RETURN, link.returnId, link.caseId, link.now],
  );
  return rowCount === 1;
}

/** The case that follows a platform return, if any. */
export async function findCaseForPlatformReturn(
  db: Queryable,
  tenantId: string,
  platform: string,
  returnId: string,
): Promise<string | null> {
  const { rows } = await db.query<{ case_id: string }>(
    `SELECT case_id FROM case_platform_links
     WHERE tenant_id = $1 AND platform = $2 AND resource = $3 AND external_id = $4`,
    [tenantId, platform, RETURN, returnId],
  );
  return rows[0]?.case_id ?? null;
}

/**
 * Applies what a commerce platform reports (returns opened or changed in its admin, refunds,
 * fulfilments) to the tenant's cases, in order, through core's commands — the same write path as
 * staff commands (`applyCaseCommand`: optimistic concurrency, projection, SLA, outbox for email
 * and webhooks). Commands are issued by the `platform` actor; what core refuses is reported, not
 * forced. Every fact is safe to apply twice: returns are linked to one case
 * (`case_platform_links`), refunds are recorded once per platform refund id. Throws only for bugs
 * and database failures.
 */
export async function applyPlatformFacts(
  db: Db,
  tenantId: string,
  facts: readonly PlatformFactInput[],
  options: PlatformFactOptions = {},
): Promise<PlatformFactResult[]> {
  const results: PlatformFactResult[] = [];
  for (const input of facts) {
    const parsed = PlatformFactSchema.safeParse(input);
    if (!parsed.success) {
      results.push({
        outcome: "ignored",
        fact: typeof input?.type === "string" ? input.type : "unknown",
        reason: "invalid_fact",
        message: parsed.error.issues.map((i) => `${i.path.join(".") || "fact"}: ${i.message}`).join("; "),
      });
      continue;
    }
    results.push(...(await applyFact(db, tenantId, parsed.data, options)));
  }
  return results;
}

const platformActor = (platform: string): CaseActor => ({ type: "platform", id: platform });
const SYSTEM: CaseActor = { type: "system" };

async function applyFact(
  db: Db,
  tenantId: string,
  fact: PlatformFact,
  options: PlatformFactOptions,
): Promise<PlatformFactResult[]> {
  switch (fact.type) {
    case "return_opened":
      return [await openReturn(db, tenantId, fact, options)];
    case "return_approved":
      return onLinkedCase(db, tenantId, fact, options, { type: "approve_return" } as CaseCommandInput);
    case "return_declined":
      return onLinkedCase(db, tenantId, fact, options, {
        type: "decline_return",
        reasonCode: fact.reasonCode,
        ...(fact.message ? { message: fact.message } : {}),
      } as CaseCommandInput);
    case "return_closed":
      return onLinkedCase(db, tenantId, fact, options, { type: "close" } as CaseCommandInput);
    case "return_cancelled":
      return onLinkedCase(db, tenantId, fact, options, {
        type: "cancel",
        reason: `Cancelled on ${fact.platform}`,
      } as CaseCommandInput);
    case "return_reopened":
      return onLinkedCase(db, tenantId, fact, options, { type: "reopen" } as CaseCommandInput);
    case "return_updated":
      return onLinkedCase(db, tenantId, fact, options, null);
    case "refund_created":
      return [await recordPlatformRefund(db, tenantId, fact, options)];
    case "order_fulfilled":
      // Cases keep only the order's id and number; delivery and fulfilment dates are read from
      // the order source whenever eligibility is evaluated, so the next check already sees them.
      return [
        {
          outcome: "ignored",
          fact: fact.type,
          reason: "nothing_stored",
          message: "Cases do not store order dates; the order source is read at each eligibility check",
        },
      ];
    case "order_status_changed":
      return noteOnOpenCases(db, tenantId, fact, options);
    default: {
      const never: never = fact;
      throw new Error(`unhandled platform fact ${JSON.stringify(never)}`);
    }
  }
}

/**
 * An order status change → the fact's message as an internal note on every open case of the
 * order that does not have that note yet (a later update of the same order repeats the status).
 */
async function noteOnOpenCases(
  db: Db,
  tenantId: string,
  fact: Extract<PlatformFact, { type: "order_status_changed" }>,
  options: PlatformFactOptions,
): Promise<PlatformFactResult[]> {
  const open = (await casesOfOrder(db, tenantId, fact.orderId)).filter((row) =>
    isOpenCaseStatus(row.status as CaseState["status"]),
  );
  if (open.length === 0) {
    return [
      {
        outcome: "ignored",
        fact: fact.type,
        reason: "no_open_case",
        message: `Order ${fact.orderId} is ${fact.status} on ${fact.platform}; no open case to tell`,
      },
    ];
  }
  const results: PlatformFactResult[] = [];
  for (const row of open) {
    const { rows } = await db.query(
      `SELECT 1 FROM case_events WHERE tenant_id = $1 AND case_id = $2 AND type = 'note_added'
       AND data->>'body' = $3 LIMIT 1`,
      [tenantId, row.id, fact.message],
    );
    if (rows.length > 0) {
      results.push({
        outcome: "ignored",
        fact: fact.type,
        reason: "already_noted",
        caseId: row.id,
        message: `Case ${row.id} already has the note that order ${fact.orderId} is ${fact.status}`,
      });
      continue;
    }
    const note = await runWithRetry(db, {
      tenantId,
      caseId: row.id,
      command: { type: "add_note", body: fact.message } as CaseCommandInput,
      actor: SYSTEM,
      options,
    });
    results.push(resultOf(fact.type, row.id, "add_note", note));
  }
  return results;
}

/** The order's cases (any status), oldest first. */
async function casesOfOrder(
  db: Queryable,
  tenantId: string,
  orderId: string,
): Promise<{ id: string; kind: string; status: string }[]> {
  const { rows } = await db.query<{ id: string; kind: string; status: string }>(
    "SELECT id, kind, status FROM cases WHERE tenant_id = $1 AND order_id = $2 ORDER BY opened_at, id",
    [tenantId, orderId],
  );
  return rows;
}

function describeReturn(fact: { platform: string; returnId: string; name?: string | undefined }): string {
  return `return ${fact.name ?? fact.returnId} on ${fact.platform}`;
}

/**
 * A return opened on the platform: a case follows it. Already linked → nothing (our own return
 * echoed back). An open return or exchange case of the same order that asks for the same lines and
 * follows no platform return yet is linked instead of opening a second case (the shopper asked us,
 * then staff or the app made the platform return). Otherwise a return case is opened for the
 * platform channel, with the order read from the fact or the order source.
 */
async function openReturn(
  db: Db,
  tenantId: string,
  fact: Extract<PlatformFact, { type: "return_opened" }>,
  options: PlatformFactOptions,
): Promise<PlatformFactResult> {
  const now = nowIso(options.clock ?? systemClock);
  const linked = await findCaseForPlatformReturn(db, tenantId, fact.platform, fact.returnId);
  if (linked) {
    return {
      outcome: "ignored",
      fact: fact.type,
      reason: "already_linked",
      caseId: linked,
      message: `Case ${linked} already follows ${describeReturn(fact)}`,
    };
  }
  const adoptable = await adoptableCase(db, tenantId, fact);
  if (adoptable) {
    const fresh = await linkPlatformReturn(db, {
      tenantId,
      platform: fact.platform,
      returnId: fact.returnId,
      caseId: adoptable,
      now,
    });
    const caseId = fresh
      ? adoptable
      : ((await findCaseForPlatformReturn(db, tenantId, fact.platform, fact.returnId)) ?? adoptable);
    return {
      outcome: "linked",
      fact: fact.type,
      caseId,
      message: `Case ${caseId} asks for the same lines and now follows ${describeReturn(fact)}`,
    };
  }

  let order: OrderSnapshot | undefined = fact.order;
  if (!order) {
    const lookup = options.orders
      ? await options.orders.getOrder(fact.orderId)
      : { ok: false as const, reason: "unavailable" as const, message: "No order source" };
    if (!lookup.ok) {
      return {
        outcome: "ignored",
        fact: fact.type,
        reason: "order_unavailable",
        message: `Order ${fact.orderId}: ${lookup.reason}${lookup.message ? ` (${lookup.message})` : ""}`,
        ...(lookup.retryable ? { retryable: true } : {}),
      };
    }
    order = lookup.order;
  }

  const byId = new Map(order.lines.map((line) => [line.id, line]));
  const resolution = fact.exchange ? "exchange" : "refund";
  const customerName = [order.customer.firstName, order.customer.lastName].filter(Boolean).join(" ");
  const command = {
    type: "open_case",
    kind: fact.exchange ? "exchange" : "return",
    channel: "platform",
    order: { id: order.id, number: order.number },
    customer: {
      id: order.customer.id,
      email: order.customer.email,
      ...(customerName ? { name: customerName } : {}),
      ...(order.customer.country ? { country: order.customer.country } : {}),
    },
    subject: fact.name
      ? `Return ${fact.name} opened on ${fact.platform}`
      : `Return opened on ${fact.platform}`,
    description: `Opened on ${fact.platform} as ${describeReturn(fact)}.`,
    lines: fact.lines.map((line) => ({
      lineId: line.lineId,
      quantity: line.quantity,
      reason: line.reason,
      resolution,
      ...(line.note ? { note: line.note } : {}),
    })),
    perishable: fact.lines.some((line) => byId.get(line.lineId)?.flags.perishable === true),
    tags: [`platform:${fact.platform}`],
  } as CaseCommandInput;

  const caseId = newId("cas");
  try {
    const outcome = await db.transaction(async (tx) => {
      const done = await applyCaseCommand(
        tx,
        { tenantId, caseId, fresh: true, command, actor: platformActor(fact.platform), now },
        options.sla ?? storeSla,
      );
      // The link is written with the case: a concurrent delivery about the same return fails on
      // the link's key and its whole case is undone.
      if (done.ok) {
        await tx.query(
          `INSERT INTO case_platform_links (tenant_id, platform, resource, external_id, case_id, created_at)
           VALUES ($1, $2, $3, $4, $5, $6)`,
          [tenantId, fact.platform, RETURN, fact.returnId, caseId, now],
        );
      }
      return done;
    });
    return resultOf(fact.type, caseId, "open_case", outcome);
  } catch (error) {
    if (!isPgError(error, UNIQUE_VIOLATION)) throw error;
    const winner = await findCaseForPlatformReturn(db, tenantId, fact.platform, fact.returnId);
    return {
      outcome: "ignored",
      fact: fact.type,
      reason: "already_linked",
      ...(winner ? { caseId: winner } : {}),
      message: `Another delivery opened the case for ${describeReturn(fact)} at the same moment`,
    };
  }
}

/** An open return/exchange case of the order, following no platform return, that asks for these lines. */
async function adoptableCase(
  db: Db,
  tenantId: string,
  fact: Extract<PlatformFact, { type: "return_opened" }>,
): Promise<string | null> {
  for (const row of await casesOfOrder(db, tenantId, fact.orderId)) {
    if (row.kind !== "return" && row.kind !== "exchange") continue;
    if (!isOpenCaseStatus(row.status as CaseState["status"])) continue;
    const { rows } = await db.query(
      "SELECT 1 FROM case_platform_links WHERE tenant_id = $1 AND platform = $2 AND resource = $3 AND case_id = $4",
      [tenantId, fact.platform, RETURN, row.id],
    );
    if (rows.length > 0) continue;
    const found = await loadCase(db, tenantId, row.id);
    if (!found) continue;
    const requested = new Map(found.state.lines.map((line) => [line.lineId, line.quantity]));
    const covered = fact.lines.every((line) => (requested.get(line.lineId) ?? 0) >= line.quantity);
    if (covered) return row.id;
  }
  return null;
}

/**
 * Runs `command` on the case that follows the fact's return. When core refuses it because the
 * platform may not issue it (only the shopper or staff cancel, only staff reopen), the fact is
 * still worth knowing: an internal note tells staff what happened on the platform. `null` as
 * command: only the note (a change no command of ours expresses).
 */
async function onLinkedCase(
  db: Db,
  tenantId: string,
  fact: Extract<PlatformFact, { returnId: string }>,
  options: PlatformFactOptions,
  command: CaseCommandInput | null,
): Promise<PlatformFactResult[]> {
  const caseId = await findCaseForPlatformReturn(db, tenantId, fact.platform, fact.returnId);
  if (!caseId) {
    return [
      {
        outcome: "ignored",
        fact: fact.type,
        reason: "no_linked_case",
        message: `No case follows ${describeReturn(fact)}`,
      },
    ];
  }
  const results: PlatformFactResult[] = [];
  if (command) {
    const outcome = await runWithRetry(db, {
      tenantId,
      caseId,
      command,
      actor: platformActor(fact.platform),
      options,
    });
    const result = resultOf(fact.type, caseId, command.type as CaseCommandType, outcome);
    results.push(result);
    const forbidden = !outcome.ok && outcome.kind === "rejected" && outcome.rejection.code === "forbidden";
    if (!forbidden) return results;
  }
  const what = noteText(fact);
  const note = await runWithRetry(db, {
    tenantId,
    caseId,
    command: { type: "add_note", body: what } as CaseCommandInput,
    actor: SYSTEM,
    options,
  });
  results.push(resultOf(fact.type, caseId, "add_note", note));
  return results;
}

function noteText(fact: Extract<PlatformFact, { returnId: string }>): string {
  const subject = describeReturn(fact);
  switch (fact.type) {
    case "return_cancelled":
      return `The ${subject} was cancelled there. Cancel this case too if the shopper withdrew.`;
    case "return_reopened":
      return `The ${subject} was reopened there. Reopen this case if work continues.`;
    case "return_closed":
      return `The ${subject} was closed there.`;
    case "return_updated":
      return `The ${subject} was changed there${fact.summary ? `: ${fact.summary}` : "."}`;
    default:
      return `The ${subject} changed there (${fact.type}).`;
  }
}

/**
 * A refund made on the platform, recorded once on the case it belongs to: the case following the
 * refund's return, else the one case of the order that can record a refund now. Checked under a
 * transaction-scoped advisory lock on the refund id, so two deliveries of the same refund
 * (`refunds/create` retried, or arriving next to an order update) cannot both record it.
 */
async function recordPlatformRefund(
  db: Db,
  tenantId: string,
  fact: Extract<PlatformFact, { type: "refund_created" }>,
  options: PlatformFactOptions,
): Promise<PlatformFactResult> {
  const command = {
    type: "record_refund",
    amount: fact.amount,
    method: fact.method,
    platformRefundId: fact.refundId,
  } as CaseCommandInput;
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction(async (tx): Promise<PlatformFactResult> => {
        await tx.query("SELECT pg_advisory_xact_lock(hashtext($1))", [
          `refund:${tenantId}:${fact.platform}:${fact.refundId}`,
        ]);
        const recorded = await caseWithRefund(tx, tenantId, fact.refundId);
        if (recorded) {
          return {
            outcome: "ignored",
            fact: fact.type,
            reason: "already_recorded",
            caseId: recorded,
            message: `Refund ${fact.refundId} is already recorded on case ${recorded}`,
          };
        }
        const target = await refundTarget(tx, tenantId, fact);
        if ("reason" in target) return target;
        const now = nowIso(options.clock ?? systemClock);
        const outcome = await applyCaseCommand(
          tx,
          { tenantId, caseId: target.caseId, command, actor: platformActor(fact.platform), now },
          options.sla ?? storeSla,
        );
        return resultOf(fact.type, target.caseId, "record_refund", outcome);
      });
    } catch (error) {
      // Another writer appended to the case first: decide again over the newer case.
      if (!isPgError(error, UNIQUE_VIOLATION) || attempt >= 3) throw error;
    }
  }
}

async function caseWithRefund(db: Queryable, tenantId: string, refundId: string): Promise<string | null> {
  const { rows } = await db.query<{ case_id: string }>(
    `SELECT case_id FROM case_events
     WHERE tenant_id = $1 AND type = 'refund_issued' AND data->>'platformRefundId' = $2 LIMIT 1`,
    [tenantId, refundId],
  );
  return rows[0]?.case_id ?? null;
}

async function refundTarget(
  db: Queryable,
  tenantId: string,
  fact: Extract<PlatformFact, { type: "refund_created" }>,
): Promise<{ caseId: string } | Extract<PlatformFactResult, { outcome: "ignored" }>> {
  if (fact.returnId) {
    const linked = await findCaseForPlatformReturn(db, tenantId, fact.platform, fact.returnId);
    if (linked) return { caseId: linked };
  }
  const cases = await casesOfOrder(db, tenantId, fact.orderId);
  const open = cases.filter((row) => isAllowedInStatus(row.status as CaseState["status"], "record_refund"));
  const only = open[0];
  if (only && open.length === 1) return { caseId: only.id };
  if (open.length > 1) {
    return {
      outcome: "ignored",
      fact: fact.type,
      reason: "ambiguous_case",
      message: `Refund ${fact.refundId}: cases ${open.map((c) => c.id).join(", ")} of order ${fact.orderId} could each take it`,
    };
  }
  return {
    outcome: "ignored",
    fact: fact.type,
    reason: "no_case_for_refund",
    message:
      cases.length === 0
        ? `Refund ${fact.refundId}: order ${fact.orderId} has no case`
        : `Refund ${fact.refundId}: no case of order ${fact.orderId} records refunds now (${cases
            .map((c) => `${c.id} ${c.status}`)
            .join(", ")})`,
  };
}

async function runWithRetry(
  db: Db,
  request: {
    tenantId: string;
    caseId: string;
    command: CaseCommandInput;
    actor: CaseActor;
    options: PlatformFactOptions;
  },
): Promise<CommandOutcome> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction((tx) =>
        applyCaseCommand(
          tx,
          {
            tenantId: request.tenantId,
            caseId: request.caseId,
            command: request.command,
            actor: request.actor,
            now: nowIso(request.options.clock ?? systemClock),
          },
          request.options.sla ?? storeSla,
        ),
      );
    } catch (error) {
      // Lost the race on the case's next `seq`: decide once more over the newer state.
      if (!isPgError(error, UNIQUE_VIOLATION)) throw error;
      if (attempt >= 3) return { ok: false, kind: "version_conflict", currentVersion: 0 };
    }
  }
}

function resultOf(
  fact: PlatformFact["type"],
  caseId: string,
  command: CaseCommandType,
  outcome: CommandOutcome,
): PlatformFactResult {
  if (outcome.ok) return { outcome: "applied", fact, caseId, command, events: outcome.appended };
  switch (outcome.kind) {
    case "rejected":
      return {
        outcome: "ignored",
        fact,
        reason: "rejected",
        caseId,
        command,
        rejection: outcome.rejection,
        message: outcome.rejection.message,
      };
    case "not_found":
      return {
        outcome: "ignored",
        fact,
        reason: "no_linked_case",
        caseId,
        command,
        message: `Case ${caseId} no longer exists`,
      };
    case "version_conflict":
      return {
        outcome: "ignored",
        fact,
        reason: "version_conflict",
        caseId,
        command,
        retryable: true,
        message: `Case ${caseId} kept changing while ${command} was applied`,
      };
    default: {
      const never: never = outcome;
      throw new Error(`unhandled outcome ${JSON.stringify(never)}`);
    }
  }
}
