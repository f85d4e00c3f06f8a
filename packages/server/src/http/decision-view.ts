import type { EligibilityDecision, ExplainLocale } from "@aftersales/core";
import type { z } from "@hono/zod-openapi";
import { reasonView } from "../policy/store-policy.js";
import type { EligibilityView } from "./schemas.js";

/** The customer API's view of a policy decision, reasons explained in `locale`. */
export function toEligibilityView(
  decision: EligibilityDecision,
  locale: ExplainLocale,
  timeZone: string,
): z.infer<typeof EligibilityView> {
  return {
    policyVersion: decision.policyVersion,
    status: decision.status,
    lines: decision.lines.map((l) => ({
      lineId: l.lineId,
      status: l.status,
      ...(l.deadline ? { deadline: l.deadline } : {}),
      resolutions: [...l.resolutions],
      fees: l.fees,
      refundable: l.refundable,
      ...(l.storeCreditBonus ? { storeCreditBonus: l.storeCreditBonus } : {}),
      evidenceRequired: l.evidenceRequired,
      reasons: l.reasons.map((r) => reasonView(r, locale, timeZone)),
    })),
    totals: { refundable: decision.totals.refundable, fees: decision.totals.fees },
  };
}
