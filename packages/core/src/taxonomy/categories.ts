import { z } from "zod";
import type { ResolutionOptionKind } from "../case/events.js";
import { type Priority, PrioritySchema } from "../case/state.js";

/** The complaint categories of DESIGN §2. `other` is what the classifier says when nothing matches. */
export const ComplaintCategory = {
  product_quality: "product_quality",
  delivery_delay: "delivery_delay",
  delivery_damage: "delivery_damage",
  wrong_or_missing_item: "wrong_or_missing_item",
  return_refund_process: "return_refund_process",
  service_attitude: "service_attitude",
  billing_payment: "billing_payment",
  pricing_promotion: "pricing_promotion",
  privacy_data: "privacy_data",
  other: "other",
} as const;
/** Zod enum of {@link ComplaintCategory}. */
export const ComplaintCategorySchema = z.enum(ComplaintCategory);
/** One complaint category id. */
export type ComplaintCategory = z.infer<typeof ComplaintCategorySchema>;

/** The team a complaint is routed to by default. */
export const Team = {
  customer_service: "customer_service",
  technical_support: "technical_support",
  logistics: "logistics",
  quality: "quality",
  finance: "finance",
  privacy: "privacy",
} as const;
/** Zod enum of {@link Team}. */
export const TeamSchema = z.enum(Team);
/** A team that works complaints. */
export type Team = z.infer<typeof TeamSchema>;

/** The locales the taxonomy speaks: English, Simplified Chinese, Traditional Chinese. */
export const TaxonomyLocale = {
  en: "en",
  "zh-Hans": "zh-Hans",
  "zh-Hant": "zh-Hant",
} as const;
/** Zod enum of {@link TaxonomyLocale}. */
export const TaxonomyLocaleSchema = z.enum(TaxonomyLocale);
/** A locale the taxonomy has labels and lexicons for. */
export type TaxonomyLocale = z.infer<typeof TaxonomyLocaleSchema>;

/**
 * The remedies a category may suggest to staff: the settlement options of a case
 * ({@link ResolutionOptionKind}) that make sense for a complaint.
 */
export const ComplaintRemedy = {
  apology: "apology",
  coupon: "coupon",
  points: "points",
  store_credit: "store_credit",
  partial_refund: "partial_refund",
  reship: "reship",
  replacement: "replacement",
  refund: "refund",
} as const satisfies Partial<Record<ResolutionOptionKind, ResolutionOptionKind>>;
/** Zod enum of {@link ComplaintRemedy}. */
export const ComplaintRemedySchema = z.enum(ComplaintRemedy);
/** A remedy staff may offer for a complaint; every remedy is also a {@link ResolutionOptionKind}. */
export type ComplaintRemedy = z.infer<typeof ComplaintRemedySchema>;

/** What the taxonomy says about one category: routing, urgency, SLA key, remedies and labels. */
export const CategoryDefinitionSchema = z.object({
  /** The category id. */
  id: ComplaintCategorySchema,
  /** The team a new complaint of this category is assigned to. */
  team: TeamSchema,
  /** The priority a new complaint gets before escalation signals raise it. */
  priority: PrioritySchema,
  /** The key an SLA policy uses to override targets for this category (e.g. `complaint.privacy_data`). */
  slaKey: z.string().min(1),
  /** Remedies to suggest to staff, most usual first. */
  remedies: z.array(ComplaintRemedySchema).min(1),
  /** Names shown to shoppers and staff. */
  labels: z.object({ en: z.string().min(1), "zh-Hans": z.string().min(1), "zh-Hant": z.string().min(1) }),
});
/** What the taxonomy says about one category. */
export type CategoryDefinition = z.infer<typeof CategoryDefinitionSchema>;

/** The whole taxonomy: one definition per category. Merchants may override it (validate with the schema). */
export const ComplaintTaxonomySchema = z
  .record(ComplaintCategorySchema, CategoryDefinitionSchema)
  .refine((t) => Object.entries(t).every(([id, def]) => def.id === id), {
    message: "each definition's id must equal its key",
  });
/** The whole taxonomy: one definition per category. */
export type ComplaintTaxonomy = Readonly<Record<ComplaintCategory, CategoryDefinition>>;

/**
 * The default complaint taxonomy. Teams and priorities are starting points a merchant edits;
 * delivery damage, wrong/missing items, stuck refunds, billing and privacy start at `high`
 * because the shopper is out of pocket or exposed until someone acts.
 */
export const defaultComplaintTaxonomy: ComplaintTaxonomy = {
  product_quality: {
    id: "product_quality",
    team: "quality",
    priority: "normal",
    slaKey: "complaint.product_quality",
    remedies: ["apology", "replacement", "partial_refund", "refund"],
    labels: { en: "Product quality", "zh-Hans": "商品质量", "zh-Hant": "商品品質" },
  },
  delivery_delay: {
    id: "delivery_delay",
    team: "logistics",
    priority: "normal",
    slaKey: "complaint.delivery_delay",
    remedies: ["apology", "coupon", "points", "refund"],
    labels: { en: "Delivery delay", "zh-Hans": "物流延误", "zh-Hant": "物流延誤" },
  },
  delivery_damage: {
    id: "delivery_damage",
    team: "logistics",
    priority: "high",
    slaKey: "complaint.delivery_damage",
    remedies: ["apology", "reship", "replacement", "partial_refund", "refund"],
    labels: { en: "Damaged in delivery", "zh-Hans": "运输破损", "zh-Hant": "運送破損" },
  },
  wrong_or_missing_item: {
    id: "wrong_or_missing_item",
    team: "logistics",
    priority: "high",
    slaKey: "complaint.wrong_or_missing_item",
    remedies: ["apology", "reship", "replacement", "refund"],
    labels: { en: "Wrong or missing item", "zh-Hans": "错发漏发", "zh-Hant": "錯寄漏寄" },
  },
  return_refund_process: {
    id: "return_refund_process",
    team: "customer_service",
    priority: "high",
    slaKey: "complaint.return_refund_process",
    remedies: ["apology", "refund", "store_credit", "coupon"],
    labels: { en: "Return or refund process", "zh-Hans": "退货退款流程", "zh-Hant": "退貨退款流程" },
  },
  service_attitude: {
    id: "service_attitude",
    team: "customer_service",
    priority: "normal",
    slaKey: "complaint.service_attitude",
    remedies: ["apology", "coupon", "points"],
    labels: { en: "Service attitude", "zh-Hans": "服务态度", "zh-Hant": "服務態度" },
  },
  billing_payment: {
    id: "billing_payment",
    team: "finance",
    priority: "high",
    slaKey: "complaint.billing_payment",
    remedies: ["apology", "refund", "partial_refund"],
    labels: { en: "Billing or payment", "zh-Hans": "账单支付", "zh-Hant": "帳單付款" },
  },
  pricing_promotion: {
    id: "pricing_promotion",
    team: "customer_service",
    priority: "normal",
    slaKey: "complaint.pricing_promotion",
    remedies: ["apology", "coupon", "points", "store_credit", "partial_refund"],
    labels: { en: "Pricing or promotion", "zh-Hans": "价格促销", "zh-Hant": "價格促銷" },
  },
  privacy_data: {
    id: "privacy_data",
    team: "privacy",
    priority: "high",
    slaKey: "complaint.privacy_data",
    remedies: ["apology"],
    labels: { en: "Privacy or personal data", "zh-Hans": "隐私与个人信息", "zh-Hant": "隱私與個人資料" },
  },
  other: {
    id: "other",
    team: "customer_service",
    priority: "low",
    slaKey: "complaint.other",
    remedies: ["apology", "coupon"],
    labels: { en: "Other", "zh-Hans": "其他", "zh-Hant": "其他" },
  },
};

/** The categories in display order (the order of {@link ComplaintCategory}). */
export const complaintCategories: readonly ComplaintCategory[] = Object.values(ComplaintCategory);

/** The priorities from least to most urgent, for comparing and raising priorities. */
export const priorityOrder: readonly Priority[] = ["low", "normal", "high", "urgent"];

/** The more urgent of two priorities. */
export function higherPriority(a: Priority, b: Priority): Priority {
  return priorityOrder.indexOf(a) >= priorityOrder.indexOf(b) ? a : b;
}
