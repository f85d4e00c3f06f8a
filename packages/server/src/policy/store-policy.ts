import {
  type CompiledPolicy,
  compilePolicy,
  defaultReturnPolicy,
  type EligibilityDecision,
  type EligibilityReason,
  type ExplainLocale,
  evaluateParsed,
  explainReason,
  type OrderSnapshot,
  parsePolicy,
  previewEligibility,
  type ReturnCustomerContext,
  type ReturnRequestInput,
  ReturnRequestSchema,
  toIssues,
} from "@aftersales/core";
import type { Queryable } from "../storage/db.js";
import { currentPolicy } from "../storage/settings.js";

/** A tenant's return policy ready for evaluation, and the stored version it came from (0: core's default). */
export interface StorePolicy {
  readonly compiled: CompiledPolicy;
  readonly storedVersion: number;
}

const cache = new Map<string, StorePolicy>();
let defaultPolicy: CompiledPolicy | undefined;

/**
 * The store's published policy (compiled once per version and kept in memory), or core's default
 * policy when the store has published none.
 */
export async function loadStorePolicy(db: Queryable, tenantId: string): Promise<StorePolicy> {
  const { rows } = await db.query<{ v: number | null }>(
    "SELECT max(version)::int AS v FROM policies WHERE tenant_id = $1",
    [tenantId],
  );
  return storePolicyFor(db, tenantId, rows[0]?.v ?? null);
}

/** The store's policy at a known published version (null: none published), from memory when seen. */
export async function storePolicyFor(
  db: Queryable,
  tenantId: string,
  version: number | null,
): Promise<StorePolicy> {
  if (version === null) {
    defaultPolicy ??= compilePolicy(defaultReturnPolicy());
    return { compiled: defaultPolicy, storedVersion: 0 };
  }
  const key = `${tenantId}:${version}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const current = await currentPolicy(db, tenantId);
  if (!current) return storePolicyFor(db, tenantId, null);
  const parsed = parsePolicy(current.body);
  // Publishing validates, so a stored policy that no longer parses is a schema change in core:
  // fall back to the default rather than refusing every customer.
  const compiled = parsed.ok ? parsed.value : compilePolicy(defaultReturnPolicy());
  const entry = { compiled, storedVersion: current.version };
  // A newer version published meanwhile is cached under its own number by the next caller.
  if (cache.size > 1000) cache.clear();
  cache.set(key, entry);
  return entry;
}

/** The customer's return history as the policy counts it (returns opened on the store, by email). */
export async function customerHistory(
  db: Queryable,
  input: { tenantId: string; email: string; policy: CompiledPolicy; now: number },
): Promise<ReturnCustomerContext> {
  const { abuse, autoApprove } = input.policy.policy;
  const since = new Date(input.now - abuse.periodDays * 24 * 3600_000).toISOString();
  // The policy only compares the count with its limits, so counting past the larger limit is
  // wasted work (and grows with a customer's history).
  const cap = Math.max(abuse.maxReturns, autoApprove.maxRecentReturns ?? 0) + 1;
  const { rows } = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM (
       SELECT 1 FROM cases
       WHERE tenant_id = $1 AND customer_email = $2 AND kind IN ('return', 'exchange') AND opened_at >= $3
         AND status NOT IN ('cancelled', 'declined')
       LIMIT $4
     ) recent`,
    [input.tenantId, input.email.toLowerCase(), since, cap],
  );
  const n = rows[0]?.n ?? 0;
  return { recentReturnCount: n, returnsInPeriod: n };
}

/** Every line of the order as the policy allows it now (no reason chosen yet). */
export function previewOrder(
  policy: StorePolicy,
  order: OrderSnapshot,
  now: number,
  customer: ReturnCustomerContext,
) {
  return previewEligibility(policy.compiled, order, now, customer);
}

/** Decides a request (already shaped as core's return request); bad input gives the issues. */
export function decideRequest(
  policy: StorePolicy,
  order: OrderSnapshot,
  request: ReturnRequestInput,
  now: number,
): { ok: true; decision: EligibilityDecision } | { ok: false; issues: ReturnType<typeof toIssues> } {
  const parsed = ReturnRequestSchema.safeParse(request);
  if (!parsed.success) return { ok: false, issues: toIssues(parsed.error) };
  return { ok: true, decision: evaluateParsed(policy.compiled, order, parsed.data, now) };
}

/** A reason with its localised message, as the customer API shows it. */
export function reasonView(reason: EligibilityReason, locale: ExplainLocale, timeZone: string) {
  return {
    code: reason.code,
    params: reason.params as Record<string, unknown>,
    message: explainReason(reason, locale, { timeZone }),
  };
}
