import type { OrderLine } from "../../order/snapshot.js";
import type { CompiledOverride, CompiledPolicy } from "../compile.js";
import type { LineWork } from "./context.js";

function anyIn(set: ReadonlySet<string>, values: readonly string[]): boolean {
  for (const value of values) if (set.has(value.toLowerCase())) return true;
  return false;
}

/**
 * Whether an override applies to a line: every match field it gives must hit (product types, tags
 * and collections ignore case; SKUs are exact).
 */
export function overrideMatches(override: CompiledOverride, line: OrderLine): boolean {
  if (override.skus !== null && (line.sku === undefined || !override.skus.has(line.sku))) return false;
  if (
    override.productTypes !== null &&
    (line.productType === undefined || !override.productTypes.has(line.productType.toLowerCase()))
  ) {
    return false;
  }
  if (override.tags !== null && !anyIn(override.tags, line.tags)) return false;
  if (override.collections !== null && !anyIn(override.collections, line.collections)) return false;
  return true;
}

/**
 * Overrides rule: applies the policy's per product type / tag / collection / SKU overrides to the
 * line's window, resolutions and exclusion, in list order (a later matching override wins a field).
 */
export function applyOverrides(compiled: CompiledPolicy, work: LineWork): void {
  for (const override of compiled.overrides) {
    if (!overrideMatches(override, work.line)) continue;
    if (override.windowDays !== undefined) work.windowDays = override.windowDays;
    if (override.resolutions !== undefined) work.overrideResolutions = override.resolutions;
    if (override.excluded !== undefined) {
      work.excludedBy = override.excluded ? { index: override.index, label: override.label } : null;
    }
  }
}
