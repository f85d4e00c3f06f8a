import { describe, expect, it } from "vitest";
import { ResolutionOptionKindSchema } from "../case/events.js";
import {
  ComplaintCategory,
  ComplaintTaxonomySchema,
  complaintCategories,
  defaultComplaintTaxonomy,
  higherPriority,
} from "./categories.js";

describe("complaint taxonomy", () => {
  it("defines every category of DESIGN §2 once, in display order", () => {
    expect(complaintCategories).toEqual([
      "product_quality",
      "delivery_delay",
      "delivery_damage",
      "wrong_or_missing_item",
      "return_refund_process",
      "service_attitude",
      "billing_payment",
      "pricing_promotion",
      "privacy_data",
      "other",
    ]);
    expect(Object.keys(defaultComplaintTaxonomy)).toEqual(Object.values(ComplaintCategory));
  });

  it("passes its own schema, so merchants can validate an edited copy the same way", () => {
    expect(ComplaintTaxonomySchema.safeParse(defaultComplaintTaxonomy).success).toBe(true);
  });

  it("rejects a taxonomy whose definition id differs from its key", () => {
    const broken = {
      ...defaultComplaintTaxonomy,
      other: { ...defaultComplaintTaxonomy.other, id: "privacy_data" },
    };
    const result = ComplaintTaxonomySchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("each definition's id must equal its key");
  });

  it("routes, prioritises and labels the categories as documented", () => {
    const summary = Object.values(defaultComplaintTaxonomy).map((d) => [d.id, d.team, d.priority, d.slaKey]);
    expect(summary).toEqual([
      ["product_quality", "quality", "normal", "complaint.product_quality"],
      ["delivery_delay", "logistics", "normal", "complaint.delivery_delay"],
      ["delivery_damage", "logistics", "high", "complaint.delivery_damage"],
      ["wrong_or_missing_item", "logistics", "high", "complaint.wrong_or_missing_item"],
      ["return_refund_process", "customer_service", "high", "complaint.return_refund_process"],
      ["service_attitude", "customer_service", "normal", "complaint.service_attitude"],
      ["billing_payment", "finance", "high", "complaint.billing_payment"],
      ["pricing_promotion", "customer_service", "normal", "complaint.pricing_promotion"],
      ["privacy_data", "privacy", "high", "complaint.privacy_data"],
      ["other", "customer_service", "low", "complaint.other"],
    ]);
    expect(defaultComplaintTaxonomy.delivery_damage.labels).toEqual({
      en: "Damaged in delivery",
      "zh-Hans": "运输破损",
      "zh-Hant": "運送破損",
    });
    expect(defaultComplaintTaxonomy.product_quality.labels).toEqual({
      en: "Product quality",
      "zh-Hans": "商品质量",
      "zh-Hant": "商品品質",
    });
  });

  it("suggests only remedies that a case can offer as a resolution option", () => {
    for (const definition of Object.values(defaultComplaintTaxonomy)) {
      for (const remedy of definition.remedies) {
        expect(ResolutionOptionKindSchema.safeParse(remedy).success).toBe(true);
      }
    }
    expect(defaultComplaintTaxonomy.delivery_damage.remedies).toEqual([
      "apology",
      "reship",
      "replacement",
      "partial_refund",
      "refund",
    ]);
  });

  it("raises a priority but never lowers it", () => {
    expect(higherPriority("normal", "urgent")).toBe("urgent");
    expect(higherPriority("high", "low")).toBe("high");
    expect(higherPriority("low", "low")).toBe("low");
  });
});
