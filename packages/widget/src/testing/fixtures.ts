import type { CaseStatus, CaseView, LocalizedText, Money, OrderView, StoreConfig } from "../api/types.js";

const eur = (amount: number): Money => ({ amount, currency: "EUR" });

/** Labels of core's return reasons, as the server sends them in the store's config. */
const reasonLabels = {
  size: { en: "Size or fit", "zh-Hans": "尺码不合适", "zh-Hant": "尺寸不合適" },
  changed_mind: { en: "Changed my mind", "zh-Hans": "不想要了", "zh-Hant": "不想要了" },
  defective: { en: "Defective or poor quality", "zh-Hans": "质量问题", "zh-Hant": "品質問題" },
};

/**
 * The server's explanation of each eligibility reason in the fixtures, per locale (core's
 * `explainReason`, instants in the store's time zone). The mock API answers in the locale asked
 * for, and in the store's language (`en`) when none is.
 */
export const reasonMessages: Record<string, Required<LocalizedText>> = {
  auto_approve_disabled: {
    en: "Our team reviews every return request.",
    "zh-Hans": "所有退货申请均由我们人工审核。",
    "zh-Hant": "所有退貨申請均由我們人工審核。",
  },
  gift_card: {
    en: "Gift cards cannot be returned.",
    "zh-Hans": "礼品卡不支持退货。",
    "zh-Hant": "禮品卡恕不退貨。",
  },
  window_expired: {
    en: "The return window ended on 2026-11-01 23:59 Europe/Berlin.",
    "zh-Hans": "退货期限已于 2026-11-01 23:59 Europe/Berlin 截止。",
    "zh-Hant": "退貨期限已於 2026-11-01 23:59 Europe/Berlin 截止。",
  },
  excluded_by_policy: {
    en: "This product cannot be returned under the store's policy (seasonal items).",
    "zh-Hans": "根据店铺政策，该商品不支持退货（季节性商品）。",
    "zh-Hant": "根據店鋪政策，該商品恕不退貨（季節性商品）。",
  },
};

/** The demo store: Berlin, weekday hours, four return reasons, the full complaint taxonomy. */
export const storeConfig: StoreConfig = {
  store: {
    slug: "demo",
    name: "Demo Store",
    timeZone: "Europe/Berlin",
    locale: "en",
    hoursDescription: {
      en: "Mon–Fri 09:00–18:00",
      "zh-Hans": "周一至周五 09:00–18:00",
      "zh-Hant": "週一至週五 09:00–18:00",
    },
  },
  returnReasons: [
    { code: "size", labels: reasonLabels.size },
    { code: "changed_mind", labels: reasonLabels.changed_mind },
    { code: "defective", merchantFault: true, evidence: "photo", labels: reasonLabels.defective },
    { code: "wrong_colour", labels: { en: "Wrong colour", "zh-Hans": "颜色不对", "zh-Hant": "顏色不對" } },
  ],
  resolutions: ["refund", "store_credit", "exchange", "repair", "keep_item"],
  complaintCategories: [
    {
      id: "product_quality",
      labels: { en: "Product quality", "zh-Hans": "商品质量", "zh-Hant": "商品品質" },
    },
    {
      id: "delivery_damage",
      labels: { en: "Delivery damage", "zh-Hans": "运输破损", "zh-Hant": "運送破損" },
    },
    {
      id: "service_attitude",
      labels: { en: "Service attitude", "zh-Hans": "服务态度", "zh-Hant": "服務態度" },
    },
  ],
  contactChannels: ["email", "phone"],
  attachments: {
    maxBytes: 1_048_576,
    maxPerCase: 3,
    types: ["image/jpeg", "image/png", "image/webp", "image/heic"],
  },
};

/** Order #1001: one returnable line, one needing review, one gift card, one past its window. */
export const order: OrderView = {
  id: "ord_1",
  number: "#1001",
  placedAt: "2026-11-02T10:15:00Z",
  deliveredAt: "2026-11-05T14:00:00Z",
  currency: "EUR",
  customer: { email: "a***@example.de", country: "DE" },
  lines: [
    {
      id: "L1",
      title: "Linen shirt",
      variantTitle: "M / Blue",
      quantity: 2,
      refundableQuantity: 2,
      unitPrice: eur(4990),
      paid: eur(9980),
      eligibility: {
        status: "auto_approve",
        deadline: "2026-12-05T22:59:00Z",
        reasons: [],
        resolutions: ["refund", "store_credit", "exchange"],
      },
    },
    {
      id: "L2",
      title: "Ceramic mug",
      quantity: 1,
      refundableQuantity: 1,
      unitPrice: eur(1800),
      paid: eur(1800),
      eligibility: {
        status: "needs_review",
        deadline: "2026-12-05T22:59:00Z",
        reasons: [
          { code: "auto_approve_disabled", params: {}, message: reasonMessages.auto_approve_disabled!.en },
        ],
        resolutions: ["refund", "keep_item"],
      },
    },
    {
      id: "L3",
      title: "Gift card",
      quantity: 1,
      refundableQuantity: 1,
      unitPrice: eur(2500),
      paid: eur(2500),
      eligibility: {
        status: "ineligible",
        reasons: [{ code: "gift_card", params: {}, message: reasonMessages.gift_card!.en }],
        resolutions: [],
      },
    },
    {
      id: "L4",
      title: "Wool scarf",
      quantity: 1,
      refundableQuantity: 1,
      unitPrice: eur(3500),
      paid: eur(3500),
      eligibility: {
        status: "ineligible",
        reasons: [
          {
            code: "window_expired",
            params: { deadline: "2026-11-01T22:59:00Z" },
            message: reasonMessages.window_expired!.en,
          },
          {
            code: "excluded_by_policy",
            params: { label: "seasonal items" },
            message: reasonMessages.excluded_by_policy!.en,
          },
        ],
        resolutions: [],
      },
    },
  ],
  cases: [],
};

/** Order #1002: nothing in it can be returned. */
export const closedOrder: OrderView = {
  ...order,
  id: "ord_2",
  number: "#1002",
  lines: order.lines.filter((l) => l.eligibility.status === "ineligible"),
};

/** A case in a given status, with what that status shows the shopper. */
export function caseIn(status: CaseStatus, id = "case_1"): CaseView {
  const base: CaseView = {
    id,
    kind: "return",
    status,
    openedAt: "2026-11-20T08:00:00Z",
    order: { number: "#1001" },
    timeline: [{ seq: 1, type: "case_opened", at: "2026-11-20T08:00:00Z", actor: "customer" }],
    allowedActions: ["post_message", "cancel"],
  };
  const more: Partial<Record<CaseStatus, Partial<CaseView>>> = {
    submitted: { promise: { target: "first_response", dueAt: "2026-11-24T09:30:00Z", state: "active" } },
    acknowledged: {
      promise: { target: "resolution", dueAt: "2026-11-27T16:00:00Z", state: "active" },
      timeline: [
        ...base.timeline,
        { seq: 2, type: "acknowledged", at: "2026-11-20T09:00:00Z", actor: "staff" },
      ],
    },
    investigating: {
      promise: { target: "resolution", dueAt: "2026-11-27T16:00:00Z", state: "active" },
      timeline: [
        ...base.timeline,
        { seq: 2, type: "investigation_started", at: "2026-11-20T09:00:00Z", actor: "staff" },
        {
          seq: 3,
          type: "message_posted",
          at: "2026-11-20T09:05:00Z",
          actor: "staff",
          data: { body: "We are checking." },
        },
        {
          seq: 4,
          type: "message_posted",
          at: "2026-11-20T10:00:00Z",
          actor: "customer",
          data: { body: "Thanks!" },
        },
      ],
    },
    awaiting_customer: {
      promise: { target: "resolution", dueAt: "2026-11-27T16:00:00Z", state: "paused" },
      timeline: [
        ...base.timeline,
        {
          seq: 2,
          type: "information_requested",
          at: "2026-11-20T09:00:00Z",
          actor: "staff",
          data: { body: "Could you send a photo of the label?" },
        },
      ],
    },
    proposed: {
      allowedActions: ["post_message", "choose_option", "cancel"],
      options: [
        { id: "opt1", kind: "refund", amount: { amount: 4990, currency: "EUR" } },
        {
          id: "opt2",
          kind: "store_credit",
          amount: { amount: 5490, currency: "EUR" },
          label: "Store credit with a 10% bonus",
        },
      ],
      timeline: [
        ...base.timeline,
        { seq: 2, type: "options_proposed", at: "2026-11-21T09:00:00Z", actor: "staff" },
      ],
    },
    in_progress: {
      itemProgress: "awaiting_shipment",
      promise: { target: "return_processing", dueAt: "2026-11-30T17:00:00Z", state: "active" },
      returnInstructions:
        "Pack the shirt in its original bag and drop it at any DHL point with label 00340434.",
      timeline: [
        ...base.timeline,
        {
          seq: 2,
          type: "return_approved",
          at: "2026-11-21T09:00:00Z",
          actor: "staff",
          data: { returnless: false },
        },
      ],
    },
    resolved: {
      allowedActions: ["post_message", "rate"],
      timeline: [
        ...base.timeline,
        {
          seq: 2,
          type: "refund_issued",
          at: "2026-11-25T09:00:00Z",
          actor: "system",
          data: { amount: { amount: 4990, currency: "EUR" } },
        },
        {
          seq: 3,
          type: "resolved",
          at: "2026-11-25T09:01:00Z",
          actor: "staff",
          data: { resolution: "refunded" },
        },
      ],
    },
    closed: {
      allowedActions: [],
      rating: { score: 5 },
      timeline: [
        ...base.timeline,
        { seq: 2, type: "resolved", at: "2026-11-25T09:01:00Z", actor: "staff" },
        { seq: 3, type: "rated", at: "2026-11-25T12:00:00Z", actor: "customer", data: { score: 5 } },
        { seq: 4, type: "closed", at: "2026-11-26T09:00:00Z", actor: "system" },
      ],
    },
    declined: {
      allowedActions: [],
      timeline: [
        ...base.timeline,
        {
          seq: 2,
          type: "declined",
          at: "2026-11-21T09:00:00Z",
          actor: "staff",
          data: { reasonCode: "window_expired" },
        },
      ],
    },
    cancelled: {
      allowedActions: [],
      timeline: [
        ...base.timeline,
        { seq: 2, type: "cancelled", at: "2026-11-21T09:00:00Z", actor: "customer" },
      ],
    },
    reopened: {
      promise: { target: "next_response", dueAt: "2026-11-30T09:00:00Z", state: "active" },
      timeline: [
        ...base.timeline,
        { seq: 2, type: "reopened", at: "2026-11-28T09:00:00Z", actor: "customer" },
      ],
    },
  };
  return { ...base, ...more[status] };
}

/** Every case status, for tests that walk them all. */
export const allStatuses: CaseStatus[] = [
  "submitted",
  "acknowledged",
  "investigating",
  "awaiting_customer",
  "proposed",
  "in_progress",
  "resolved",
  "closed",
  "declined",
  "cancelled",
  "reopened",
];
