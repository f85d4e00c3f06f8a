import type { Tenant } from "../storage/tenants.js";
import type { Services } from "./services.js";

/** What a store offers: return reasons, resolutions and complaint categories for the widget. */
export interface StoreCatalogue {
  readonly returnReasons: { code: string; merchantFault: boolean; evidence: string }[];
  readonly resolutions: string[];
  readonly complaintCategories: { id: string; labels: Record<string, string> }[];
}

/**
 * The store's catalogue. Integration point: return reasons and resolutions come from the store's
 * published policy (core `policy`), categories from core's complaint taxonomy.
 */
export async function storeCatalogue(_services: Services, _tenant: Tenant): Promise<StoreCatalogue> {
  return { returnReasons: [], resolutions: [], complaintCategories: [] };
}

/** Suggested complaint categories for a text. Integration point: core's `taxonomy.classify`. */
export function classifyText(_text: string, _locale?: string) {
  return { suggestions: [] as { category: string; confidence: number }[], escalation: false };
}
