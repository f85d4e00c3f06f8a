import { z } from "zod";
import { formatMoney, type Money } from "../money/money.js";
import type { EvidenceKind, ReturnReason, ReturnResolution } from "./policy.js";
import type {
  EligibilityReason,
  EligibilityReasonCode,
  EligibilityReasonParams,
  ExclusionCode,
  FeeKind,
  FeeWaiver,
  LegalRegion,
  StatutoryExclusion,
} from "./reasons.js";

/** The locales eligibility texts come in (the words follow the shared glossary). */
export const ExplainLocale = { en: "en", "zh-Hans": "zh-Hans", "zh-Hant": "zh-Hant" } as const;
/** Zod enum of {@link ExplainLocale}. */
export const ExplainLocaleSchema = z.enum(ExplainLocale);
/** A locale eligibility texts come in. */
export type ExplainLocale = z.infer<typeof ExplainLocaleSchema>;

/** Options of {@link explainReason}. */
export interface ExplainOptions {
  /** IANA time zone to show instants in (default `UTC`); the zone's name is printed with them. */
  readonly timeZone?: string;
}

type Labels<K extends string> = Readonly<Record<ExplainLocale, Readonly<Record<K, string>>>>;

const REASON_LABELS: Labels<ReturnReason> = {
  en: {
    defective: "Defective or poor quality",
    damaged_in_transit: "Damaged in transit",
    wrong_item: "Wrong item sent",
    not_as_described: "Not as described",
    missing_part: "Missing part",
    late_delivery: "Arrived too late",
    size: "Size or fit",
    changed_mind: "Changed my mind",
    other: "Other",
  },
  "zh-Hans": {
    defective: "质量问题",
    damaged_in_transit: "运输途中损坏",
    wrong_item: "发错商品",
    not_as_described: "与描述不符",
    missing_part: "缺少配件",
    late_delivery: "送达太晚",
    size: "尺码不合适",
    changed_mind: "不想要了",
    other: "其他",
  },
  "zh-Hant": {
    defective: "品質問題",
    damaged_in_transit: "運送途中損壞",
    wrong_item: "寄錯商品",
    not_as_described: "與描述不符",
    missing_part: "缺少配件",
    late_delivery: "送達太晚",
    size: "尺寸不合適",
    changed_mind: "不想要了",
    other: "其他",
  },
};

const RESOLUTION_LABELS: Labels<ReturnResolution> = {
  en: {
    refund: "refund",
    store_credit: "store credit",
    exchange: "exchange",
    repair: "repair",
    keep_item: "returnless refund (keep the item)",
    reship: "re-ship",
  },
  "zh-Hans": {
    refund: "退款",
    store_credit: "店铺余额",
    exchange: "换货",
    repair: "维修",
    keep_item: "仅退款",
    reship: "补发",
  },
  "zh-Hant": {
    refund: "退款",
    store_credit: "購物金",
    exchange: "換貨",
    repair: "維修",
    keep_item: "僅退款",
    reship: "補寄",
  },
};

const STATUTORY_LABELS: Labels<StatutoryExclusion> = {
  en: {
    customized: "customised goods",
    perishable: "perishable goods",
    hygiene: "hygiene goods once unsealed",
    periodical: "newspapers and periodicals",
    digital_opened: "digital content once downloaded or opened",
  },
  "zh-Hans": {
    customized: "定制商品",
    perishable: "生鲜 / 易腐商品",
    hygiene: "拆封后影响卫生的商品",
    periodical: "报纸、期刊",
    digital_opened: "已下载或拆封的数字商品",
  },
  "zh-Hant": {
    customized: "訂製商品",
    perishable: "生鮮 / 易腐商品",
    hygiene: "拆封後影響衛生的商品",
    periodical: "報紙、期刊",
    digital_opened: "已下載或拆封的數位商品",
  },
};

const EXCLUSION_LABELS: Labels<ExclusionCode> = {
  en: {
    final_sale: "final-sale items",
    gift_card: "gift cards",
    customized: "customised items",
    digital: "digital products",
    hygiene: "hygiene products",
    periodical: "newspapers and periodicals",
    excluded_by_policy: "this product",
  },
  "zh-Hans": {
    final_sale: "特价商品",
    gift_card: "礼品卡",
    customized: "定制商品",
    digital: "数字商品",
    hygiene: "卫生用品",
    periodical: "报纸、期刊",
    excluded_by_policy: "该商品",
  },
  "zh-Hant": {
    final_sale: "特價商品",
    gift_card: "禮品卡",
    customized: "訂製商品",
    digital: "數位商品",
    hygiene: "衛生用品",
    periodical: "報紙、期刊",
    excluded_by_policy: "該商品",
  },
};

const EVIDENCE_REQUEST: Labels<EvidenceKind> = {
  en: {
    none: "No evidence is needed.",
    photo: "Please add a photo of the problem (photo evidence).",
    photo_or_video: "Please add a photo or a video of the problem.",
    description: "Please describe the problem.",
  },
  "zh-Hans": {
    none: "无需提供凭证。",
    photo: "请上传凭证照片。",
    photo_or_video: "请上传凭证照片或视频。",
    description: "请描述您遇到的问题。",
  },
  "zh-Hant": {
    none: "無需提供憑證。",
    photo: "請上傳憑證照片。",
    photo_or_video: "請上傳憑證照片或影片。",
    description: "請描述您遇到的問題。",
  },
};

const FEE_LABELS: Labels<FeeKind> = {
  en: { restocking: "restocking fee", return_shipping: "return shipping fee" },
  "zh-Hans": { restocking: "重新入库费", return_shipping: "退货运费" },
  "zh-Hant": { restocking: "重新入庫費", return_shipping: "退貨運費" },
};

const WAIVER_LABELS: Labels<FeeWaiver> = {
  en: {
    merchant_fault: "the problem is the store's responsibility",
    legal_floor: "your statutory right applies",
    returnless: "the item is not sent back",
  },
  "zh-Hans": { merchant_fault: "问题由商家负责", legal_floor: "适用法定权利", returnless: "无需寄回商品" },
  "zh-Hant": { merchant_fault: "問題由商家負責", legal_floor: "適用法定權利", returnless: "無需寄回商品" },
};

const REGION_LABELS: Labels<LegalRegion> = {
  en: { EU: "EU", EEA: "EEA", UK: "UK", CN: "mainland China" },
  "zh-Hans": { EU: "欧盟", EEA: "欧洲经济区", UK: "英国", CN: "中国大陆" },
  "zh-Hant": { EU: "歐盟", EEA: "歐洲經濟區", UK: "英國", CN: "中國大陸" },
};

/** The customer-facing name of a return reason ("Size or fit", "尺码不合适", "尺寸不合適"). */
export function returnReasonLabel(code: ReturnReason, locale: ExplainLocale): string {
  return REASON_LABELS[locale][code];
}

/** The customer-facing name of a resolution ("store credit", "店铺余额", "購物金"). */
export function resolutionLabel(code: ReturnResolution, locale: ExplainLocale): string {
  return RESOLUTION_LABELS[locale][code];
}

/** `2026-05-10 14:00 UTC` in the given zone: unambiguous in every locale. */
function formatInstant(iso: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(new Date(iso));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")} ${get("hour")}:${get("minute")} ${timeZone}`;
}

interface Tools {
  readonly locale: ExplainLocale;
  instant(iso: string): string;
  money(value: Money): string;
  list(items: readonly string[]): string;
}

type Texts = { readonly [K in EligibilityReasonCode]: (p: EligibilityReasonParams<K>, t: Tools) => string };

const statutoryRight = (region: LegalRegion, locale: ExplainLocale): string => {
  if (region === "CN")
    return { en: "the 7-day no-reason return", "zh-Hans": "七天无理由退货", "zh-Hant": "七天無理由退貨" }[
      locale
    ];
  return {
    en: `the statutory right of withdrawal (${REGION_LABELS.en[region]})`,
    "zh-Hans": `${REGION_LABELS["zh-Hans"][region]}法定无理由撤销权`,
    "zh-Hant": `${REGION_LABELS["zh-Hant"][region]}法定無理由撤銷權`,
  }[locale];
};

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

const EN: Texts = {
  unknown_line: (p) => `This order has no item ${p.lineId}.`,
  window_expired: (p, t) => `The return window ended on ${t.instant(p.deadline)}.`,
  final_sale: () => "Final-sale items cannot be returned.",
  gift_card: () => "Gift cards cannot be returned.",
  customized: () => "Customised items cannot be returned.",
  digital: () => "Digital products cannot be returned.",
  hygiene: () => "For hygiene reasons this item cannot be returned.",
  periodical: () => "Newspapers and periodicals cannot be returned.",
  excluded_by_policy: (p) =>
    `This product cannot be returned under the store's policy${p.label === undefined ? "" : ` (${p.label})`}.`,
  excluded_item_fault_claim: (p, t) =>
    capitalize(
      `${EXCLUSION_LABELS.en[p.exclusion]} cannot normally be returned, but because of "${returnReasonLabel(p.reason, t.locale)}" our team will review your claim.`,
    ),
  perishable_rules: (p) =>
    `Perishable goods: problems must be reported within ${p.windowHours} hours of delivery.`,
  perishable_reason_not_accepted: (p, t) =>
    `Perishable goods are taken back only for quality or damage problems (${t.list(p.accepted.map((r) => returnReasonLabel(r, t.locale)))}).`,
  reason_not_accepted: (p, t) =>
    `"${returnReasonLabel(p.reason, t.locale)}" is not an accepted return reason.`,
  evidence_required: (p) => EVIDENCE_REQUEST.en[p.kind],
  nothing_refundable: () => "Every unit of this item has already been refunded or returned.",
  quantity_exceeds_refundable: (p) =>
    `You asked to return ${p.requested}, but only ${p.refundable} can still be returned.`,
  resolution_not_offered: (p, t) =>
    `A ${resolutionLabel(p.requested, t.locale)} is not available for this item; available: ${t.list(p.offered.map((r) => resolutionLabel(r, t.locale)))}.`,
  no_resolution_available: () => "No resolution is available for this item with this reason.",
  legal_floor_applied: (p, t) =>
    `Under ${statutoryRight(p.region, t.locale)} you can return this item until ${t.instant(p.deadline)} (${p.days} days from delivery), whatever the store's stricter rules say.`,
  legal_floor_excluded: (p, t) =>
    capitalize(`${statutoryRight(p.region, t.locale)} does not cover ${STATUTORY_LABELS.en[p.exclusion]}.`),
  fee_waived: (p) => `No ${FEE_LABELS.en[p.fee]}: ${WAIVER_LABELS.en[p.cause]}.`,
  abuse_limit_reached: (p) =>
    `${p.returns} returns in the last ${p.periodDays} days: our team will review this request.`,
  auto_approve_disabled: () => "Our team reviews every return request.",
  order_value_above_auto_approve: (p, t) =>
    p.limit === null
      ? `Orders in ${p.orderTotal.currency} are reviewed by our team.`
      : `Orders over ${t.money(p.limit)} are reviewed by our team.`,
  reason_requires_review: (p, t) =>
    `Returns for "${returnReasonLabel(p.reason, t.locale)}" are reviewed by our team.`,
  recent_returns_above_auto_approve: (p) => `${p.count} recent returns: our team will review this request.`,
  customer_history_unknown: () => "Our team will review this request.",
};

const ZH_HANS: Texts = {
  unknown_line: (p) => `该订单中没有商品 ${p.lineId}。`,
  window_expired: (p, t) => `退货期限已于 ${t.instant(p.deadline)} 截止。`,
  final_sale: () => "特价商品不退不换。",
  gift_card: () => "礼品卡不支持退货。",
  customized: () => "定制商品不支持退货。",
  digital: () => "数字商品不支持退货。",
  hygiene: () => "出于卫生原因，该商品不支持退货。",
  periodical: () => "报纸、期刊不支持退货。",
  excluded_by_policy: (p) =>
    `根据店铺政策，该商品不支持退货${p.label === undefined ? "" : `（${p.label}）`}。`,
  excluded_item_fault_claim: (p, t) =>
    `${EXCLUSION_LABELS["zh-Hans"][p.exclusion]}通常不支持退货，但因“${returnReasonLabel(p.reason, t.locale)}”，我们将审核您的申请。`,
  perishable_rules: (p) => `生鲜 / 易腐商品：请在签收后 ${p.windowHours} 小时内反馈问题。`,
  perishable_reason_not_accepted: (p, t) =>
    `生鲜 / 易腐商品仅受理质量或破损问题（${t.list(p.accepted.map((r) => returnReasonLabel(r, t.locale)))}）。`,
  reason_not_accepted: (p, t) => `不受理退货原因“${returnReasonLabel(p.reason, t.locale)}”。`,
  evidence_required: (p) => EVIDENCE_REQUEST["zh-Hans"][p.kind],
  nothing_refundable: () => "该商品已全部退款或退货。",
  quantity_exceeds_refundable: (p) => `您申请退货 ${p.requested} 件，但仅剩 ${p.refundable} 件可退。`,
  resolution_not_offered: (p, t) =>
    `该商品不支持${resolutionLabel(p.requested, t.locale)}；可选：${t.list(p.offered.map((r) => resolutionLabel(r, t.locale)))}。`,
  no_resolution_available: () => "该商品在此退货原因下没有可用的处理方案。",
  legal_floor_applied: (p, t) =>
    `依据${statutoryRight(p.region, t.locale)}，您可在 ${t.instant(p.deadline)} 前退货（签收后 ${p.days} 天），不受店铺更严格规定的限制。`,
  legal_floor_excluded: (p, t) =>
    `${STATUTORY_LABELS["zh-Hans"][p.exclusion]}不适用${statutoryRight(p.region, t.locale)}。`,
  fee_waived: (p) => `免收${FEE_LABELS["zh-Hans"][p.fee]}：${WAIVER_LABELS["zh-Hans"][p.cause]}。`,
  abuse_limit_reached: (p) => `近 ${p.periodDays} 天内已退货 ${p.returns} 次，我们将人工审核此申请。`,
  auto_approve_disabled: () => "所有退货申请均由我们人工审核。",
  order_value_above_auto_approve: (p, t) =>
    p.limit === null
      ? `${p.orderTotal.currency} 订单需人工审核。`
      : `金额超过 ${t.money(p.limit)} 的订单需人工审核。`,
  reason_requires_review: (p, t) => `以“${returnReasonLabel(p.reason, t.locale)}”为由的退货需人工审核。`,
  recent_returns_above_auto_approve: (p) => `近期已退货 ${p.count} 次，我们将人工审核此申请。`,
  customer_history_unknown: () => "我们将人工审核此申请。",
};

const ZH_HANT: Texts = {
  unknown_line: (p) => `該訂單中沒有商品 ${p.lineId}。`,
  window_expired: (p, t) => `退貨期限已於 ${t.instant(p.deadline)} 截止。`,
  final_sale: () => "特價商品恕不退換。",
  gift_card: () => "禮品卡恕不退貨。",
  customized: () => "訂製商品恕不退貨。",
  digital: () => "數位商品恕不退貨。",
  hygiene: () => "基於衛生考量，該商品恕不退貨。",
  periodical: () => "報紙、期刊恕不退貨。",
  excluded_by_policy: (p) => `根據店鋪政策，該商品恕不退貨${p.label === undefined ? "" : `（${p.label}）`}。`,
  excluded_item_fault_claim: (p, t) =>
    `${EXCLUSION_LABELS["zh-Hant"][p.exclusion]}通常恕不退貨，但因「${returnReasonLabel(p.reason, t.locale)}」，我們將審核您的申請。`,
  perishable_rules: (p) => `生鮮 / 易腐商品：請於簽收後 ${p.windowHours} 小時內反映問題。`,
  perishable_reason_not_accepted: (p, t) =>
    `生鮮 / 易腐商品僅受理品質或破損問題（${t.list(p.accepted.map((r) => returnReasonLabel(r, t.locale)))}）。`,
  reason_not_accepted: (p, t) => `不受理退貨原因「${returnReasonLabel(p.reason, t.locale)}」。`,
  evidence_required: (p) => EVIDENCE_REQUEST["zh-Hant"][p.kind],
  nothing_refundable: () => "該商品已全部退款或退貨。",
  quantity_exceeds_refundable: (p) => `您申請退貨 ${p.requested} 件，但僅剩 ${p.refundable} 件可退。`,
  resolution_not_offered: (p, t) =>
    `該商品不提供${resolutionLabel(p.requested, t.locale)}；可選：${t.list(p.offered.map((r) => resolutionLabel(r, t.locale)))}。`,
  no_resolution_available: () => "該商品在此退貨原因下沒有可用的處理方案。",
  legal_floor_applied: (p, t) =>
    `依據${statutoryRight(p.region, t.locale)}，您可於 ${t.instant(p.deadline)} 前退貨（簽收後 ${p.days} 天），不受店鋪更嚴格規定的限制。`,
  legal_floor_excluded: (p, t) =>
    `${STATUTORY_LABELS["zh-Hant"][p.exclusion]}不適用${statutoryRight(p.region, t.locale)}。`,
  fee_waived: (p) => `免收${FEE_LABELS["zh-Hant"][p.fee]}：${WAIVER_LABELS["zh-Hant"][p.cause]}。`,
  abuse_limit_reached: (p) => `近 ${p.periodDays} 天內已退貨 ${p.returns} 次，我們將人工審核此申請。`,
  auto_approve_disabled: () => "所有退貨申請均由我們人工審核。",
  order_value_above_auto_approve: (p, t) =>
    p.limit === null
      ? `${p.orderTotal.currency} 訂單需人工審核。`
      : `金額超過 ${t.money(p.limit)} 的訂單需人工審核。`,
  reason_requires_review: (p, t) => `以「${returnReasonLabel(p.reason, t.locale)}」為由的退貨需人工審核。`,
  recent_returns_above_auto_approve: (p) => `近期已退貨 ${p.count} 次，我們將人工審核此申請。`,
  customer_history_unknown: () => "我們將人工審核此申請。",
};

const TEXTS: Readonly<Record<ExplainLocale, Texts>> = { en: EN, "zh-Hans": ZH_HANS, "zh-Hant": ZH_HANT };

/**
 * The human text of a machine reason for customers and staff, in English, Simplified or
 * Traditional Chinese, with its parameters filled in (instants as `YYYY-MM-DD HH:mm <zone>`,
 * money in the locale's format). The words follow the shared glossary (退货期限, 七天无理由退货 …).
 */
export function explainReason(
  reason: EligibilityReason,
  locale: ExplainLocale,
  options: ExplainOptions = {},
): string {
  const timeZone = options.timeZone ?? "UTC";
  const tools: Tools = {
    locale,
    instant: (iso) => formatInstant(iso, timeZone),
    money: (value) => formatMoney(value, locale),
    list: (items) => items.join(locale === "en" ? ", " : "、"),
  };
  const text = TEXTS[locale][reason.code] as (p: EligibilityReason["params"], t: Tools) => string;
  return text(reason.params, tools);
}
