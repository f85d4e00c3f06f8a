import { type CaseState, CaseStateSchema } from "./state.js";

const outcomes = new Set(["refunded", "exchanged", "repaired"]);

/**
 * Every rule a case state breaks, as English sentences (empty when the state is valid): the
 * schema, plus the cross-field rules the lifecycle guarantees (a proposed case has options, a
 * resolved case has a resolution, item progress only after a return was approved …).
 */
export function stateViolations(state: CaseState): string[] {
  const parsed = CaseStateSchema.safeParse(state);
  if (!parsed.success) return parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
  const problems: string[] = [];
  const rule = (holds: boolean, message: string) => {
    if (!holds) problems.push(message);
  };
  const s = parsed.data;
  const ended = s.status === "resolved" || s.status === "closed";
  rule(s.version === s.lastEventSeq, "version equals the last seq (no gaps)");
  rule(s.status !== "proposed" || s.proposedOptions.length > 0, "a proposed case has options");
  rule(
    s.chosenOptionId === null || s.proposedOptions.some((o) => o.id === s.chosenOptionId),
    "the chosen option was offered",
  );
  rule(ended === (s.resolvedAt !== null), "resolvedAt is set exactly while resolved or closed");
  rule(ended === (s.resolution !== null), "a resolution code is set exactly while resolved or closed");
  rule((s.status === "closed") === (s.closedAt !== null), "closedAt is set exactly while closed");
  rule((s.status === "declined") === (s.declinedAt !== null), "declinedAt is set exactly while declined");
  rule((s.status === "declined") === (s.declineReason !== null), "a declined case has a reason");
  rule((s.status === "cancelled") === (s.cancelledAt !== null), "cancelledAt is set exactly while cancelled");
  rule(s.rating === null || ended, "only a resolved or closed case carries a rating");
  rule(s.itemProgress === null || s.kind !== "inquiry", "an inquiry has no goods in progress");
  rule(
    s.itemProgress === null || (s.status !== "submitted" && s.status !== "acknowledged"),
    "goods move only after approval",
  );
  rule(s.itemProgress !== null || !s.returnless, "returnless only on an approved return");
  rule(
    !s.returnless || s.itemProgress === "returnless" || outcomes.has(s.itemProgress ?? ""),
    "a returnless return is never shipped, received or inspected",
  );
  rule(s.itemProgress !== null || s.approvedLines === null, "approved lines only on an approved return");
  rule(s.reopenCount > 0 || s.reopenedAt === null, "reopenedAt only after a reopen");
  rule(s.status !== "reopened" || s.reopenCount > 0, "a reopened case was reopened");
  return problems;
}

/** Whether a case state satisfies the schema and every lifecycle invariant. */
export function isValidState(state: CaseState): boolean {
  return stateViolations(state).length === 0;
}
