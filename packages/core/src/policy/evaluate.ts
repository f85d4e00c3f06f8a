import { z } from "zod";
import type { ValidationIssue } from "../errors.js";
import type { Money } from "../money/money.js";
import { InstantSchema, type OrderLine, type OrderSnapshot, OrderSnapshotSchema } from "../order/snapshot.js";
import { toIssues, type Validated } from "../validation.js";
import { type CompiledPolicy, compilePolicy } from "./compile.js";
import type { EligibilityDecision, LegalFloorDecision, LineDecision } from "./decision.js";
import { legalFloorFor } from "./legal-floors.js";
import { ReturnPolicySchema } from "./policy.js";
import { type EligibilityReason, type EligibilityStatus, reason, reasonEffects } from "./reasons.js";
import {
  type ReturnCustomerContext,
  type ReturnRequest,
  type ReturnRequestLine,
  ReturnRequestSchema,
} from "./request.js";
import { abuseReason } from "./rules/abuse.js";
import { percentOf } from "./rules/amounts.js";
import { applyAutoApprove, orderAutoApproveReasons } from "./rules/auto-approve.js";
import { DAY_MS, type FloorContext, type LineWork, type OrderContext } from "./rules/context.js";
import { applyExclusions } from "./rules/exclusions.js";
import { applyRestockingFee, applyReturnShippingFee } from "./rules/fees.js";
import { isoString, parseInstant } from "./rules/instants.js";
import { applyLegalFloorCoverage, reportLegalFloor } from "./rules/legal-floor.js";
import { applyOverrides } from "./rules/overrides.js";
import { applyPerishables } from "./rules/perishables.js";
import { applyQuantity, takenUnitsOf } from "./rules/quantity.js";
import { applyReasonAndEvidence } from "./rules/reason-evidence.js";
import { applyResolutions } from "./rules/resolutions.js";
import { applyWindow, windowStartOf } from "./rules/window.js";

/** "Now" at the boundary: an ISO 8601 instant or epoch milliseconds. */
export const NowSchema = z.union([InstantSchema, z.number().int().min(0).max(8.64e15)]);

function findLine(order: OrderSnapshot, lineId: string): OrderLine | undefined {
  for (const line of order.lines) if (line.id === lineId) return line;
  return undefined;
}

function newWork(request: ReturnRequestLine, line: OrderLine, policy: CompiledPolicy["policy"]): LineWork {
  return {
    request,
    line,
    reasons: [],
    windowDays: policy.window.days,
    overrideResolutions: undefined,
    excludedBy: null,
    perishable: policy.perishables.enabled && line.flags.perishable,
    floorCovers: false,
    withinFloor: false,
    floorOverrides: [],
    deadlineMs: 0,
    merchantFault: false,
    reasonRefused: false,
    evidenceRequired: "none",
    refundableUnits: 0,
    quantity: 0,
    paid: 0,
    resolutions: [],
    returnless: false,
    restocking: 0,
    returnShipping: 0,
  };
}

function isIneligible(reasons: readonly EligibilityReason[]): boolean {
  for (const r of reasons) if (reasonEffects[r.code] === "ineligible") return true;
  return false;
}

function needsReview(reasons: readonly EligibilityReason[]): boolean {
  for (const r of reasons) if (reasonEffects[r.code] === "review") return true;
  return false;
}

/**
 * Decides a return request for already-validated inputs — the fast path (the bench's subject) for
 * callers that parsed the policy once with `parsePolicy`/`compilePolicy` and hold a parsed order
 * snapshot and request. A request line whose `lineId` is not in the order comes back ineligible
 * with `unknown_line` (`evaluate` reports it as a validation issue instead).
 *
 * Deadlines are exact instants: the window's start + N × 24 h (perishables: + N hours), not the end
 * of a local calendar day, and a request at the deadline itself is still in time. The same holds
 * for the legal floors. Statutes count whole calendar days in the customer's time zone, starting the
 * day after delivery (BGB §§ 187–188 in Germany; SAMR's 2017 interim measures in China), so the
 * statutory period can end up to a day later than this; a merchant who wants to honour that to the
 * hour sets its own window to at least the floor's days + 1.
 *
 * Pure: the same inputs always give the same decision; `now` is an ISO instant or epoch ms.
 */
export function evaluateParsed(
  compiled: CompiledPolicy,
  order: OrderSnapshot,
  request: ReturnRequest,
  now: string | number,
): EligibilityDecision {
  const policy = compiled.policy;
  const currency = order.currency;
  const nowMs = typeof now === "number" ? now : parseInstant(now);
  const transit = policy.window.transitAllowanceDays;
  const windowStart = windowStartOf(order, policy.window.basis, transit);
  const deliveryStart =
    policy.window.basis === "delivery" ? windowStart : windowStartOf(order, "delivery", transit);
  const legalFloor = policy.legalFloors.enabled ? legalFloorFor(order) : null;
  const floor: FloorContext | null =
    legalFloor === null
      ? null
      : { floor: legalFloor, start: deliveryStart, deadlineMs: deliveryStart.ms + legalFloor.days * DAY_MS };
  const ctx: OrderContext = {
    compiled,
    order,
    nowMs,
    windowStart,
    deliveryStart,
    floor,
    customer: request.customer,
    takenUnits: takenUnitsOf(order),
    iso: rememberIso(),
  };

  const works: (LineWork | null)[] = [];
  const eligible: LineWork[] = [];
  for (const requested of request.lines) {
    const line = findLine(order, requested.lineId);
    if (line === undefined) {
      works.push(null);
      continue;
    }
    const work = newWork(requested, line, policy);
    applyOverrides(compiled, work);
    applyLegalFloorCoverage(ctx, work);
    applyWindow(ctx, work);
    applyPerishables(ctx, work);
    applyReasonAndEvidence(ctx, work);
    applyExclusions(ctx, work);
    applyQuantity(ctx, work);
    applyResolutions(ctx, work);
    applyRestockingFee(ctx, work);
    reportLegalFloor(ctx, work);
    works.push(work);
    if (!isIneligible(work.reasons)) eligible.push(work);
  }
  applyReturnShippingFee(ctx, eligible);

  const abuse = abuseReason(ctx);
  const orderReasons = orderAutoApproveReasons(ctx);
  const bonusPercent = policy.resolutions.storeCredit.bonusPercent;
  let totalRefundable = 0;
  let totalFees = 0;
  let totalBonus = 0;
  let anyEligible = false;
  let anyReview = false;
  const lines: LineDecision[] = [];
  for (let i = 0; i < works.length; i++) {
    const work = works[i]!;
    const requested = request.lines[i]!;
    if (work === null) {
      lines.push(unknownLine(requested, currency));
      continue;
    }
    let status: EligibilityStatus = "ineligible";
    let restocking = 0;
    let returnShipping = 0;
    let refundable = 0;
    let bonus: Money | undefined;
    if (!isIneligible(work.reasons)) {
      if (abuse !== null) work.reasons.push(abuse);
      applyAutoApprove(ctx, work, orderReasons);
      status = needsReview(work.reasons) ? "needs_review" : "auto_approve";
      restocking = work.restocking;
      returnShipping = work.returnShipping;
      refundable = Math.max(0, work.paid - restocking - returnShipping);
      if (
        bonusPercent > 0 &&
        work.resolutions.includes("store_credit") &&
        (requested.resolution === undefined || requested.resolution === "store_credit")
      ) {
        bonus = { amount: percentOf(refundable, bonusPercent, currency), currency };
        totalBonus += bonus.amount;
      }
      totalRefundable += refundable;
      totalFees += restocking + returnShipping;
      anyEligible = true;
      if (status === "needs_review") anyReview = true;
    }
    const decision: LineDecision = {
      lineId: requested.lineId,
      status,
      reason: requested.reason ?? null,
      requestedQuantity: requested.quantity,
      quantity: work.quantity,
      resolution: requested.resolution ?? null,
      deadline: ctx.iso(work.deadlineMs),
      resolutions: work.resolutions,
      returnless: work.returnless,
      merchantFault: work.merchantFault,
      evidenceRequired: work.evidenceRequired,
      paid: { amount: work.paid, currency },
      fees: {
        restocking: { amount: restocking, currency },
        returnShipping: { amount: returnShipping, currency },
      },
      refundable: { amount: refundable, currency },
      reasons: work.reasons,
    };
    if (bonus !== undefined) decision.storeCreditBonus = bonus;
    lines.push(decision);
  }

  const decision: EligibilityDecision = {
    policyVersion: compiled.version,
    orderId: order.id,
    currency,
    evaluatedAt: isoString(nowMs),
    status: !anyEligible ? "ineligible" : anyReview ? "needs_review" : "auto_approve",
    window: { basis: windowStart.basis, start: ctx.iso(windowStart.ms) },
    legalFloor: floor === null ? null : floorDecision(floor, ctx.iso),
    lines,
    totals: {
      refundable: { amount: totalRefundable, currency },
      fees: { amount: totalFees, currency },
      storeCreditBonus: { amount: totalBonus, currency },
    },
  };
  if (policy.label !== undefined) decision.policyLabel = policy.label;
  return decision;
}

/**
 * What the order allows before the customer has chosen anything (the order view): every line with
 * its refundable units and no reason, so only the reason-independent rules decide — window and
 * deadline, exclusions, perishables' window, quantity, resolutions, legal floors, history.
 */
export function previewEligibility(
  compiled: CompiledPolicy,
  order: OrderSnapshot,
  now: string | number,
  customer: ReturnCustomerContext = {},
): EligibilityDecision {
  const lines = order.lines.map((line) => ({
    lineId: line.id,
    quantity: Math.max(1, line.refundableQuantity),
  }));
  return evaluateParsed(compiled, order, { lines, customer }, now);
}

function floorDecision(floor: FloorContext, iso: (ms: number) => string): LegalFloorDecision {
  return {
    region: floor.floor.region,
    days: floor.floor.days,
    source: floor.floor.source,
    basis: floor.start.basis,
    start: iso(floor.start.ms),
    deadline: iso(floor.deadlineMs),
  };
}

/** An ISO formatter that remembers its last two answers (most lines share one or two deadlines). */
function rememberIso(): (ms: number) => string {
  let ms1 = Number.NaN;
  let iso1 = "";
  let ms2 = Number.NaN;
  let iso2 = "";
  return (ms) => {
    if (ms === ms1) return iso1;
    if (ms === ms2) return iso2;
    ms2 = ms1;
    iso2 = iso1;
    ms1 = ms;
    iso1 = isoString(ms);
    return iso1;
  };
}

function unknownLine(requested: ReturnRequestLine, currency: string): LineDecision {
  const nothing = { amount: 0, currency };
  return {
    lineId: requested.lineId,
    status: "ineligible",
    reason: requested.reason ?? null,
    requestedQuantity: requested.quantity,
    quantity: 0,
    resolution: requested.resolution ?? null,
    deadline: null,
    resolutions: [],
    returnless: false,
    merchantFault: false,
    evidenceRequired: "none",
    paid: nothing,
    fees: { restocking: nothing, returnShipping: nothing },
    refundable: nothing,
    reasons: [reason("unknown_line", { lineId: requested.lineId })],
  };
}

function prefixed(prefix: string, issues: readonly ValidationIssue[]): ValidationIssue[] {
  return issues.map((issue) => ({ ...issue, path: issue.path === "" ? prefix : `${prefix}.${issue.path}` }));
}

/**
 * Decides a return request: for each requested line `auto_approve | needs_review | ineligible`,
 * the deadline, the resolutions offered, fees, the refundable amount and the machine reasons,
 * plus order totals and the policy version (DESIGN §2). Validates every input first (JSON in):
 * bad input gives `{ ok: false, issues }` with each bad path prefixed by `policy.`, `order.`,
 * `request.` or `now`, and a request line that is not in the order is an issue too. An ineligible
 * line is a result, never an error. To evaluate many requests against one policy, compile it once
 * and use {@link evaluateParsed}.
 */
export function evaluate(
  policy: unknown,
  order: unknown,
  request: unknown,
  now: unknown,
): Validated<EligibilityDecision> {
  const issues: ValidationIssue[] = [];
  const p = ReturnPolicySchema.safeParse(policy);
  if (!p.success) issues.push(...prefixed("policy", toIssues(p.error)));
  const o = OrderSnapshotSchema.safeParse(order);
  if (!o.success) issues.push(...prefixed("order", toIssues(o.error)));
  const r = ReturnRequestSchema.safeParse(request);
  if (!r.success) issues.push(...prefixed("request", toIssues(r.error)));
  const n = NowSchema.safeParse(now);
  if (!n.success) issues.push(...prefixed("now", toIssues(n.error)));
  if (o.success && r.success) {
    r.data.lines.forEach((line, i) => {
      if (findLine(o.data, line.lineId) === undefined) {
        issues.push({
          path: `request.lines.${i}.lineId`,
          message: `order ${o.data.number} has no line ${line.lineId}`,
          code: "unknown_line",
        });
      }
    });
  }
  if (!p.success || !o.success || !r.success || !n.success || issues.length > 0) return { ok: false, issues };
  return { ok: true, value: evaluateParsed(compilePolicy(p.data), o.data, r.data, n.data) };
}
