import { describe, expect, it } from "vitest";
import { explainReason, resolutionLabel, returnReasonLabel } from "./explain.js";
import {
  type EligibilityReason,
  type EligibilityReasonCode,
  type EligibilityReasonParams,
  EligibilityReasonSchema,
  reasonEffects,
} from "./reasons.js";

const deadline = "2026-03-18T12:30:00.000Z";
const eur = (amount: number) => ({ amount, currency: "EUR" });

// One example per code; the type makes a new code without an example a compile error.
const examples: { [K in EligibilityReasonCode]: EligibilityReasonParams<K> } = {
  unknown_line: { lineId: "L9" },
  window_expired: { deadline },
  final_sale: {},
  gift_card: {},
  customized: {},
  digital: {},
  hygiene: {},
  periodical: {},
  excluded_by_policy: { override: 0, label: "Swimwear" },
  excluded_item_fault_claim: { exclusion: "final_sale", reason: "defective" },
  perishable_rules: { windowHours: 48 },
  perishable_reason_not_accepted: { reason: "size", accepted: ["defective", "damaged_in_transit"] },
  reason_not_accepted: { reason: "changed_mind" },
  evidence_required: { kind: "photo" },
  nothing_refundable: { requested: 1 },
  quantity_exceeds_refundable: { requested: 3, refundable: 2 },
  resolution_not_offered: { requested: "refund", offered: ["store_credit", "exchange"] },
  no_resolution_available: {},
  legal_floor_applied: { region: "EU", days: 14, deadline, overrides: ["window"] },
  legal_floor_excluded: { region: "CN", exclusion: "perishable" },
  fee_waived: { fee: "return_shipping", cause: "merchant_fault" },
  abuse_limit_reached: { returns: 5, maxReturns: 5, periodDays: 90 },
  auto_approve_disabled: {},
  order_value_above_auto_approve: { orderTotal: eur(60_000), limit: eur(50_000) },
  reason_requires_review: { reason: "other" },
  recent_returns_above_auto_approve: { count: 4, limit: 3 },
  customer_history_unknown: {},
};
const all = Object.entries(examples).map(([code, params]) => ({ code, params }) as EligibilityReason);

describe("explainReason", () => {
  it("has a text for every code in every locale, with every parameter filled in", () => {
    expect(all.map((r) => r.code).sort()).toEqual(Object.keys(reasonEffects).sort());
    for (const reason of all) {
      expect(EligibilityReasonSchema.parse(reason)).toEqual(reason);
      for (const locale of ["en", "zh-Hans", "zh-Hant"] as const) {
        const text = explainReason(reason, locale);
        expect(text.length, `${reason.code} ${locale}`).toBeGreaterThan(5);
        expect(text, `${reason.code} ${locale}`).not.toMatch(/undefined|NaN|\[object|\$\{/);
      }
    }
  });

  it("explains the return window and the legal floor in the glossary's words", () => {
    const expired = { code: "window_expired", params: { deadline } } as const;
    expect(explainReason(expired, "en")).toBe("The return window ended on 2026-03-18 12:30 UTC.");
    expect(explainReason(expired, "zh-Hans")).toBe("退货期限已于 2026-03-18 12:30 UTC 截止。");
    expect(explainReason(expired, "zh-Hant", { timeZone: "Asia/Taipei" })).toBe(
      "退貨期限已於 2026-03-18 20:30 Asia/Taipei 截止。",
    );
    const cn: EligibilityReason = {
      code: "legal_floor_applied",
      params: { region: "CN", days: 7, deadline, overrides: ["window"] },
    };
    expect(explainReason(cn, "zh-Hans", { timeZone: "Asia/Shanghai" })).toBe(
      "依据七天无理由退货，您可在 2026-03-18 20:30 Asia/Shanghai 前退货（签收后 7 天），不受店铺更严格规定的限制。",
    );
    const eu: EligibilityReason = {
      code: "legal_floor_applied",
      params: { region: "EU", days: 14, deadline, overrides: ["window"] },
    };
    expect(explainReason(eu, "en")).toBe(
      "Under the statutory right of withdrawal (EU) you can return this item until 2026-03-18 12:30 UTC (14 days from delivery), whatever the store's stricter rules say.",
    );
    expect(explainReason({ code: "final_sale", params: {} }, "zh-Hans")).toBe("特价商品不退不换。");
    expect(explainReason({ code: "final_sale", params: {} }, "zh-Hant")).toBe("特價商品恕不退換。");
  });

  it("names evidence, exclusions, fees and money the way a shopper reads them", () => {
    expect(explainReason({ code: "evidence_required", params: { kind: "photo" } }, "zh-Hans")).toBe(
      "请上传凭证照片。",
    );
    expect(explainReason({ code: "evidence_required", params: { kind: "photo" } }, "zh-Hant")).toBe(
      "請上傳憑證照片。",
    );
    expect(
      explainReason(
        { code: "legal_floor_excluded", params: { region: "CN", exclusion: "perishable" } },
        "zh-Hans",
      ),
    ).toBe("生鲜 / 易腐商品不适用七天无理由退货。");
    expect(
      explainReason(
        { code: "legal_floor_excluded", params: { region: "UK", exclusion: "customized" } },
        "en",
      ),
    ).toBe("The statutory right of withdrawal (UK) does not cover customised goods.");
    expect(
      explainReason(
        { code: "excluded_item_fault_claim", params: { exclusion: "gift_card", reason: "defective" } },
        "en",
      ),
    ).toBe(
      'Gift cards cannot normally be returned, but because of "Defective or poor quality" our team will review your claim.',
    );
    expect(
      explainReason(
        { code: "order_value_above_auto_approve", params: { orderTotal: eur(60_000), limit: eur(50_000) } },
        "en",
      ),
    ).toBe("Orders over €500.00 are reviewed by our team.");
    expect(
      explainReason(
        { code: "order_value_above_auto_approve", params: { orderTotal: eur(1), limit: null } },
        "zh-Hant",
      ),
    ).toBe("EUR 訂單需人工審核。");
    expect(
      explainReason(
        {
          code: "resolution_not_offered",
          params: { requested: "refund", offered: ["store_credit", "keep_item"] },
        },
        "zh-Hant",
      ),
    ).toBe("該商品不提供退款；可選：購物金、僅退款。");
    expect(explainReason({ code: "excluded_by_policy", params: { override: 2 } }, "en")).toBe(
      "This product cannot be returned under the store's policy.",
    );
  });
});

describe("labels", () => {
  it("names reasons and resolutions in three locales", () => {
    expect(returnReasonLabel("size", "en")).toBe("Size or fit");
    expect(returnReasonLabel("size", "zh-Hans")).toBe("尺码不合适");
    expect(returnReasonLabel("damaged_in_transit", "zh-Hant")).toBe("運送途中損壞");
    expect(resolutionLabel("store_credit", "zh-Hans")).toBe("店铺余额");
    expect(resolutionLabel("store_credit", "zh-Hant")).toBe("購物金");
    expect(resolutionLabel("keep_item", "zh-Hans")).toBe("仅退款");
    expect(resolutionLabel("exchange", "en")).toBe("exchange");
  });
});
