import type { EvidenceKind } from "../policy.js";
import { reason } from "../reasons.js";
import type { ReturnRequestLine } from "../request.js";
import type { LineWork, OrderContext } from "./context.js";

/** Whether the request line carries the evidence of `kind` (a note counts as a description). */
export function evidenceSatisfied(kind: EvidenceKind, request: ReturnRequestLine): boolean {
  const evidence = request.evidence;
  switch (kind) {
    case "none":
      return true;
    case "photo":
      return evidence !== undefined && evidence.photos > 0;
    case "photo_or_video":
      return evidence !== undefined && evidence.photos + evidence.videos > 0;
    case "description":
      return Boolean(evidence?.description || request.note);
    default: {
      const unreachable: never = kind;
      return unreachable;
    }
  }
}

/**
 * Reason and evidence rule. The reason must be in the policy's table (`reason_not_accepted`
 * otherwise) unless a legal floor is in force: a statutory return needs no reason. The table says
 * whether it is the merchant's fault (fees waived) and what evidence it needs; perishables need
 * the perishable evidence instead. Missing evidence sends the line to review with
 * `evidence_required {kind}` — the customer can still add it.
 */
export function applyReasonAndEvidence(ctx: OrderContext, work: LineWork): void {
  const policy = ctx.compiled.policy;
  const given = work.request.reason;
  if (given === undefined) {
    work.evidenceRequired = work.perishable ? policy.perishables.evidence : "none";
    return;
  }
  const rule = policy.reasons[given];
  if (rule === undefined) {
    if (work.withinFloor) work.floorOverrides.push("reason");
    else {
      work.reasons.push(reason("reason_not_accepted", { reason: given }));
      work.reasonRefused = true;
    }
  }
  work.merchantFault = rule?.merchantFault ?? false;
  const kind = work.perishable ? policy.perishables.evidence : (rule?.evidence ?? "none");
  work.evidenceRequired = kind;
  if (!work.reasonRefused && !evidenceSatisfied(kind, work.request)) {
    work.reasons.push(reason("evidence_required", { kind }));
  }
}
