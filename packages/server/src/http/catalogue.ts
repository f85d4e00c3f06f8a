import {
  classify,
  complaintCategories,
  DEFAULT_CALENDAR_ID,
  defaultComplaintTaxonomy,
  describeHours,
  type ReturnReason,
  returnReasonLabel,
  type TaxonomyLocale,
} from "@aftersales/core";
import { loadStorePolicy } from "../policy/store-policy.js";
import { loadSlaSetup } from "../sla/setup.js";
import type { Tenant } from "../storage/tenants.js";
import type { Services } from "./services.js";

const locales = ["en", "zh-Hans", "zh-Hant"] as const;

/** What a store offers the widget: return reasons, resolutions, complaint categories, opening hours. */
export interface StoreCatalogue {
  readonly returnReasons: {
    code: string;
    merchantFault: boolean;
    evidence: string;
    labels: Record<string, string>;
  }[];
  readonly resolutions: string[];
  readonly complaintCategories: { id: string; labels: Record<string, string> }[];
  readonly hoursDescription: Record<string, string>;
}

/**
 * The store's catalogue: reasons and resolutions from its published return policy (core's default
 * policy until it publishes one), categories from core's complaint taxonomy, opening hours from its
 * `default` calendar described by core.
 */
export async function storeCatalogue(services: Services, tenant: Tenant): Promise<StoreCatalogue> {
  const [policy, sla] = await Promise.all([
    loadStorePolicy(services.db, tenant.id),
    loadSlaSetup(services.db, tenant.id),
  ]);
  const reasons = Object.entries(policy.compiled.policy.reasons) as [
    ReturnReason,
    { merchantFault: boolean; evidence: string },
  ][];
  const calendar = sla.calendars[DEFAULT_CALENDAR_ID];
  return {
    returnReasons: reasons.map(([code, rule]) => ({
      code,
      merchantFault: rule.merchantFault,
      evidence: rule.evidence,
      labels: Object.fromEntries(locales.map((l) => [l, returnReasonLabel(code, l)])),
    })),
    resolutions: [...policy.compiled.resolutions],
    complaintCategories: complaintCategories.map((id) => ({
      id,
      labels: { ...defaultComplaintTaxonomy[id].labels },
    })),
    hoursDescription: calendar ? Object.fromEntries(locales.map((l) => [l, describeHours(calendar, l)])) : {},
  };
}

/** Suggested complaint categories for a text (core's explainable classifier). */
export function classifyText(text: string, locale?: TaxonomyLocale) {
  const result = classify(text, locale);
  return {
    suggestions: result.categories.map((s) => ({
      category: s.category,
      confidence: Math.round(s.confidence * 100) / 100,
      matched: s.matched.map((m) => m.term),
    })),
    escalation: result.escalation.flagged,
  };
}
