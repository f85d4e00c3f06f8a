import { describe, expect, it } from "vitest";
import { compilePolicy } from "../compile.js";
import { line, order } from "../fixtures/eligibility.js";
import { ReturnPolicySchema } from "../policy.js";
import { overrideMatches } from "./overrides.js";

function matches(match: Record<string, string[]>, lineInput: Parameters<typeof line>[1]): boolean {
  const compiled = compilePolicy(ReturnPolicySchema.parse({ overrides: [{ match, windowDays: 1 }] }));
  return overrideMatches(compiled.overrides[0]!, order([line("A", lineInput)]).lines[0]!);
}

describe("override matching", () => {
  it("matches product types, tags and collections without case, SKUs exactly", () => {
    expect(matches({ productTypes: ["SHOES"] }, { productType: "Shoes" })).toBe(true);
    expect(matches({ productTypes: ["Shoes"] }, {})).toBe(false);
    expect(matches({ tags: ["Sale"] }, { tags: ["new", "sale"] })).toBe(true);
    expect(matches({ tags: ["sale"] }, { tags: ["new"] })).toBe(false);
    expect(matches({ collections: ["summer"] }, { collections: ["Summer"] })).toBe(true);
    expect(matches({ collections: ["summer"] }, {})).toBe(false);
    expect(matches({ skus: ["AB-1"] }, { sku: "AB-1" })).toBe(true);
    expect(matches({ skus: ["AB-1"] }, { sku: "ab-1" })).toBe(false);
    expect(matches({ skus: ["AB-1"] }, { sku: undefined })).toBe(false);
  });

  it("needs every given field to match and any value within a field", () => {
    const shoesOnSale = { productTypes: ["Shoes"], tags: ["sale", "clearance"] };
    expect(matches(shoesOnSale, { productType: "Shoes", tags: ["clearance"] })).toBe(true);
    expect(matches(shoesOnSale, { productType: "Shoes", tags: [] })).toBe(false);
    expect(matches(shoesOnSale, { productType: "Bags", tags: ["sale"] })).toBe(false);
    // An empty list does not constrain (another field must be given for the override to be valid).
    expect(matches({ tags: [], skus: ["SKU-A"] }, {})).toBe(true);
  });
});
