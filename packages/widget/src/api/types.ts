/**
 * The customer API v1 shapes the widget reads and sends (`docs/api/customer-v1.md`). Written by
 * hand rather than imported from the server so the widget ships no schema library; the mock API
 * in `testing/` and the contract document are the two places to keep in step.
 */

/** An amount of money in integer minor units (cents, fen) of an ISO-4217 currency. */
export interface Money {
  amount: number;
  currency: string;
}

/** A locale the widget has texts for. */
export type WidgetLocale = "en" | "zh-Hans" | "zh-Hant";

/** Text in each of the widget's locales, as the server sends store-defined labels. */
export type LocalizedText = Partial<Record<WidgetLocale, string>>;

/** A machine reason with parameters, plus the server's localised text as a fallback. */
export interface Reason {
  code: string;
  params?: Record<string, string | number>;
  message?: string;
}

/** How an order line may be returned: the policy's per-line verdict. */
export type EligibilityStatus = "auto_approve" | "needs_review" | "ineligible";

/** `GET /v1/stores/{store}/config`: what a store offers, public. */
export interface StoreConfig {
  store: {
    slug: string;
    name: string;
    timeZone: string;
    locale: string;
    hoursDescription?: LocalizedText;
  };
  returnReasons: { code: string; merchantFault?: boolean; evidence?: string; labels?: LocalizedText }[];
  resolutions: string[];
  complaintCategories: { id: string; labels: LocalizedText }[];
  contactChannels: string[];
  attachments: { maxBytes: number; maxPerCase: number; types: string[] };
}

/** One order line as the shopper sees it, with its eligibility. */
export interface OrderLineView {
  id: string;
  title: string;
  variantTitle?: string;
  sku?: string;
  imageUrl?: string;
  quantity: number;
  refundableQuantity: number;
  unitPrice: Money;
  paid: Money;
  eligibility: {
    status: EligibilityStatus;
    deadline?: string;
    reasons: Reason[];
    resolutions: string[];
  };
}

/** A case already opened on the order (summary). */
export interface CaseSummary {
  id: string;
  kind: CaseKind;
  status: CaseStatus;
  openedAt: string;
}

/** `GET /v1/me/order`: the verified order. */
export interface OrderView {
  id: string;
  number: string;
  placedAt: string;
  deliveredAt?: string;
  currency: string;
  customer: { email: string; country?: string };
  lines: OrderLineView[];
  cases: CaseSummary[];
}

/** `POST /v1/stores/{store}/sessions` → a short-lived token scoped to one order. */
export interface Session {
  token: string;
  expiresAt: string;
  order: OrderView;
}

/** What the shopper asks for on one line. */
export interface RequestedLine {
  lineId: string;
  quantity: number;
  reason?: string;
  resolution?: string;
  note?: string;
}

/** `POST /v1/me/eligibility` → the policy decision for a requested return. */
export interface Decision {
  policyVersion: string;
  lines: {
    lineId: string;
    status: EligibilityStatus;
    deadline?: string;
    resolutions: string[];
    fees: { restocking: Money; returnShipping: Money };
    refundable: Money;
    storeCreditBonus?: Money;
    evidenceRequired: string;
    reasons: Reason[];
  }[];
  totals: { refundable: Money; fees: Money };
}

/** `POST /v1/stores/{store}/classify` → category suggestions for a complaint text. */
export interface Classification {
  suggestions: { category: string; confidence: number }[];
  escalation: boolean;
}

/** `POST /v1/attachments` → the stored file. */
export interface Attachment {
  id: string;
  contentType: string;
  bytes: number;
}

/** Kinds of case a shopper can open. */
export type CaseKind = "return" | "exchange" | "complaint" | "inquiry";

/** Case statuses (DESIGN §2). */
export type CaseStatus =
  | "submitted"
  | "acknowledged"
  | "investigating"
  | "awaiting_customer"
  | "proposed"
  | "in_progress"
  | "resolved"
  | "closed"
  | "declined"
  | "cancelled"
  | "reopened";

/** `POST /v1/cases` body. */
export interface NewCase {
  kind: CaseKind;
  lines?: RequestedLine[];
  category?: string;
  subject?: string;
  description: string;
  attachments?: string[];
  contactChannel?: string;
  locale?: string;
}

/** One customer-visible event on the case timeline. */
export interface TimelineEvent {
  seq: number;
  type: string;
  at: string;
  actor: "customer" | "staff" | "system" | "platform";
  data?: Record<string, unknown>;
}

/** Which service promise the shopper is shown, and when it falls due. */
export interface ServicePromise {
  target: "first_response" | "next_response" | "resolution" | "return_processing" | "follow_up";
  dueAt: string;
  state: "active" | "paused";
}

/** A solution offered to the shopper. */
export interface ResolutionOption {
  id: string;
  kind: string;
  amount?: Money;
  label?: string;
}

/** Actions the shopper may take on a case now. */
export type CaseAction = "post_message" | "choose_option" | "cancel" | "rate";

/** `GET /v1/cases/{id}`: the case as the shopper sees it. */
export interface CaseView {
  id: string;
  kind: CaseKind;
  status: CaseStatus;
  itemProgress?: string;
  openedAt: string;
  order?: { number: string };
  promise?: ServicePromise;
  timeline: TimelineEvent[];
  options?: ResolutionOption[];
  returnInstructions?: string;
  rating?: { score: number; comment?: string };
  allowedActions: CaseAction[];
}

/** A problem+json error body, or a failure the client met before any answer (`network`). */
export interface Problem {
  /** Stable code: a server `type` such as `order_not_verified`, or `network` / `invalid_response`. */
  type: string;
  status: number;
  title?: string;
  detail?: string;
  errors?: { path: string; message: string; code?: string }[];
  /** Seconds from `Retry-After`, when the server sent one. */
  retryAfter?: number;
  /** The decision that came with a 422 `ineligible`. */
  decision?: Decision;
}

/** The outcome of one API call: expected failures are values, not exceptions. */
export type ApiResult<T> = { ok: true; value: T; replayed: boolean } | { ok: false; problem: Problem };
