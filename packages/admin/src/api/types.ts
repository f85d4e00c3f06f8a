import type { CaseState, Money } from "@aftersales/core";

/**
 * The shapes the console reads from the staff API. Those the server already publishes mirror its
 * zod schemas (`packages/server/src/http/schemas.ts`); those marked "requested" are the shapes this
 * console asked the server for (see docs/admin.md, "What the console needs from the server") and
 * are rendered as documented until the endpoint exists.
 */

/** A field error of a problem+json answer. */
export interface FieldError {
  readonly path: string;
  readonly message: string;
  readonly code: string;
}

/** An SLA target's state as the server's SLA engine reports it. */
export interface TargetState {
  readonly state: "active" | "paused" | "met" | "breached" | "cancelled" | string;
  readonly dueAt: string | null;
  readonly atRiskAt?: string | null;
}

/** A row of `GET /v1/staff/cases` (server `CaseSummary`). */
export interface CaseSummary {
  readonly id: string;
  readonly kind: string;
  readonly status: string;
  readonly itemProgress: string | null;
  readonly category: string | null;
  readonly priority: string;
  readonly channel: string;
  readonly assigneeId: string | null;
  readonly orderNumber: string | null;
  /** Requested: the order's platform id, so the row can link to the platform's order page. */
  readonly orderId?: string | null;
  readonly customerEmail: string | null;
  readonly subject: string | null;
  readonly openedAt: string;
  readonly updatedAt: string;
  readonly firstResponseDueAt: string | null;
  readonly resolutionDueAt: string | null;
  readonly slaState: string | null;
  readonly version: number;
  /** Requested: every target's state, so the badge names the right one. */
  readonly slaTargets?: Readonly<Record<string, TargetState>>;
}

/** A page of cases. */
export interface CasePage {
  readonly items: readonly CaseSummary[];
  readonly nextCursor: string | null;
}

/** An event as staff see it (server `CaseEvent`). */
export interface EventView {
  readonly seq: number;
  readonly type: string;
  readonly at: string;
  readonly actor: { readonly type: string; readonly id?: string };
  readonly visibility: "customer" | "internal";
  readonly data: Readonly<Record<string, unknown>>;
}

/** The folded case as the server returns it (core `CaseState`). */
export type CaseStateView = CaseState;

/** `GET /v1/staff/cases/{id}` (server `StaffCase`). */
export interface StaffCase {
  readonly case: CaseStateView;
  readonly version: number;
  readonly events: readonly EventView[];
  readonly allowedCommands: readonly string[];
  /** Requested: the SLA evaluation at read time, per target, and the customer promise. */
  readonly sla?: {
    readonly targets: Readonly<Record<string, TargetState>>;
    readonly promise?: { readonly target: string; readonly dueAt: string } | null;
  } | null;
}

/**
 * What the store's platform can do (server `Capabilities`, core `ActionCapabilities`): the console
 * offers a platform action only when its flag is on.
 */
export interface Capabilities {
  readonly platformReturns: boolean;
  readonly refunds: boolean;
  readonly refundsToOriginalPayment: boolean;
  readonly storeCredit: boolean;
  readonly coupons: boolean;
  readonly orderNotes: boolean;
  readonly restock: boolean;
  readonly orderStatus: boolean;
}

/** `GET /v1/staff/me` (server `StaffMe`). */
export interface StaffMe {
  readonly staffId: string;
  readonly role: "agent" | "manager" | "admin";
  readonly store: {
    readonly slug: string;
    readonly name: string;
    readonly timeZone: string;
    readonly locale?: string;
  };
  /** The store's platform (`shopify`, `woocommerce`, `demo`), null without one. */
  readonly platform?: string | null;
  readonly capabilities?: Capabilities;
}

/** Body of `POST /v1/staff/cases/{id}/actions` (server `StaffAction`): money or a note on the platform. */
export type StaffActionRequest =
  | {
      readonly type: "refund";
      readonly amount: Money;
      readonly note?: string;
      readonly notifyCustomer?: boolean;
    }
  | { readonly type: "store_credit"; readonly amount: Money; readonly note?: string }
  | { readonly type: "coupon"; readonly amount?: Money; readonly percent?: number; readonly title?: string }
  | { readonly type: "order_note"; readonly body: string; readonly customerVisible?: boolean };

/** A staff member of the store (`GET /v1/staff/members`, server `StaffMember`). */
export interface StaffMember {
  readonly staffId: string;
  /** The display name, else the name of the member's key. */
  readonly name: string;
  readonly role: "agent" | "manager" | "admin";
  /** Where the member gets SLA alerts; absent when none is set. */
  readonly email?: string;
}

/** Body of `PATCH /v1/staff/members/{id}` (admin): `null` clears a field, an absent one stays. */
export interface StaffMemberChange {
  readonly email?: string | null;
  readonly displayName?: string | null;
}

/** `GET`/`PATCH /v1/staff/store-settings` (server `StoreSettings`). */
export interface StoreSettings {
  readonly timeZone: string;
  readonly locale: string;
  /** The managers' (escalation) mailbox for SLA alerts: at-risk cases without an assignee address, breaches. */
  readonly staffEmail: readonly string[];
}

/** A stored settings document (calendars, SLA policies). */
export interface SettingsDoc<T = unknown> {
  readonly id: string;
  readonly version: number;
  readonly body: T;
  readonly updatedAt: string;
}

/** A published return policy version. */
export interface PolicyVersion {
  readonly version: number;
  readonly body: unknown;
  readonly publishedAt: string;
  readonly publishedBy: string | null;
}

/** An eligibility reason: a code, its parameters and (when the server explains it) the words. */
export interface ReasonView {
  readonly code: string;
  readonly params?: Readonly<Record<string, unknown>>;
  readonly message?: string;
}

/** One line of an eligibility decision (core `LineDecision`). */
export interface LineDecisionView {
  readonly lineId: string;
  readonly status: "auto_approve" | "needs_review" | "ineligible";
  readonly reason?: string | null;
  readonly requestedQuantity?: number;
  readonly quantity?: number;
  readonly resolution?: string | null;
  readonly deadline: string | null;
  readonly resolutions: readonly string[];
  readonly returnless?: boolean;
  readonly merchantFault?: boolean;
  readonly evidenceRequired: string;
  readonly paid?: Money;
  readonly fees: { readonly restocking: Money; readonly returnShipping: Money };
  readonly refundable: Money;
  readonly storeCreditBonus?: Money;
  readonly reasons: readonly ReasonView[];
}

/**
 * An eligibility decision: core's `EligibilityDecision` as recorded on a case, or the server's
 * `EligibilityDecision` view (simulator), which leaves out the optional fields and explains reasons.
 */
export interface DecisionView {
  readonly policyVersion: string;
  readonly policyLabel?: string;
  readonly orderId?: string;
  readonly currency?: string;
  readonly evaluatedAt?: string;
  readonly status: "auto_approve" | "needs_review" | "ineligible";
  readonly window?: { readonly basis: string; readonly start: string };
  readonly legalFloor?: {
    readonly region: string;
    readonly days: number;
    readonly source: string;
    readonly deadline: string;
  } | null;
  readonly lines: readonly LineDecisionView[];
  readonly totals: { readonly refundable: Money; readonly fees: Money; readonly storeCreditBonus?: Money };
}

/** Requested: `GET /v1/staff/orders/{id}` — the order as staff see it (no masking). */
export interface StaffOrder {
  readonly id: string;
  readonly number: string;
  readonly placedAt: string;
  readonly deliveredAt?: string;
  readonly currency: string;
  readonly customer: { readonly email: string; readonly name?: string; readonly country?: string };
  readonly lines: readonly {
    readonly id: string;
    readonly title: string;
    readonly variantTitle?: string;
    readonly sku?: string;
    readonly quantity: number;
    readonly refundableQuantity: number;
    readonly unitPrice: Money;
    readonly paid: Money;
  }[];
  readonly cases?: readonly { readonly id: string; readonly kind: string; readonly status: string }[];
}

/** Body of `POST /v1/staff/policies/simulate` (server `PolicySimulation`). */
export interface SimulateRequest {
  /** A draft policy; the published one when absent. */
  readonly policy?: unknown;
  /** The order's platform id. */
  readonly orderId: string;
  readonly lines: readonly { lineId: string; quantity: number; reason?: string; resolution?: string }[];
  readonly now?: string;
  /** Language of the reasons' words. */
  readonly locale?: "en" | "zh-Hans" | "zh-Hant";
}

/** Body of `POST /v1/staff/sla/preview`: the draft policy and calendars being edited, unsaved. */
export interface SlaPreviewRequest {
  readonly openedAt: string;
  readonly case: { kind: string; priority: string; channel: string; category?: string };
  /** A draft SLA policy; the store's saved one when absent. */
  readonly policy?: unknown;
  /** Draft calendars by id; each replaces the store's calendar of that id. */
  readonly calendars?: Readonly<Record<string, unknown>>;
}

/** One target of an SLA preview (server `SlaTargetPreview`). */
export interface SlaTargetPreview {
  /** null when no rule of the policy sets this target for such a case. */
  readonly dueAt: string | null;
  readonly ruleId?: string;
  /** `24/7` or the calendar id. */
  readonly clock?: string;
  /** The calendar's zone (absent on the 24/7 clock). */
  readonly timeZone?: string;
  readonly atRiskAt?: string;
  readonly targetMinutes?: number;
  /** What starts this clock on a real case (`case_opened`, `customer_message`, `item_received`, `resolved`). */
  readonly startsOn?: string;
}

/** Answer of `POST /v1/staff/sla/preview` (server `SlaPreview`). */
export interface SlaPreview {
  readonly openedAt?: string;
  readonly policy?: { readonly id: string; readonly version: number; readonly draft: boolean };
  /** The store's time zone. */
  readonly timeZone?: string;
  readonly targets: Readonly<Record<string, SlaTargetPreview>>;
}

/** Figures of a duration (core `DurationStats`). */
export interface DurationStats {
  readonly count: number;
  readonly medianMinutes: number | null;
  readonly p90Minutes: number | null;
  readonly meanMinutes: number | null;
}

/** A row of SLA attainment (core `SlaAttainmentRow`). */
export interface SlaAttainmentRow {
  readonly target: string;
  readonly ruleId: string | null;
  readonly goalPercent: number | null;
  readonly met: number;
  readonly breached: number;
  readonly total: number;
  readonly attainmentPercent: number | null;
  readonly meetsGoal: boolean | null;
}

/** One day of the dashboard series (core `DailyPoint`). */
export interface DailyPoint {
  readonly date: string;
  readonly opened: number;
  readonly complaintsOpened: number;
  readonly returnsOpened: number;
  readonly firstResponses: number;
  readonly firstResponseMedianMinutes: number | null;
  readonly resolved: number;
  readonly resolutionMedianMinutes: number | null;
  readonly ratings: number;
  readonly csatAverage: number | null;
  readonly openAtEndOfDay: number;
}

/** `GET /v1/staff/analytics?from&to&timeZone`: core's `Dashboard` (`buildDashboard`) as JSON. */
export interface DashboardView {
  readonly range: { readonly from: string; readonly to: string; readonly timeZone: string };
  readonly asOf: string;
  readonly opened: number;
  readonly responseTimes: { readonly firstResponse: DurationStats; readonly resolution: DurationStats };
  readonly sla: {
    readonly byRule: readonly SlaAttainmentRow[];
    readonly byTarget: readonly SlaAttainmentRow[];
  } | null;
  readonly backlog: {
    readonly asOf: string;
    readonly total: number;
    readonly byStatus: readonly { readonly status: string; readonly count: number }[];
    readonly byAge: readonly {
      readonly label: string;
      readonly fromHours: number;
      readonly toHours: number | null;
      readonly count: number;
    }[];
  };
  readonly csat: {
    readonly ratings: number;
    readonly average: number | null;
    readonly satisfied: number;
    readonly satisfiedPercent: number | null;
    readonly distribution: readonly number[];
    readonly goalPercent: number;
    readonly meetsGoal: boolean | null;
  };
  readonly returns: {
    readonly cases: number;
    readonly units: number;
    readonly byProduct: readonly {
      readonly productId: string | null;
      readonly sku: string | null;
      readonly title: string | null;
      readonly cases: number;
      readonly units: number;
      readonly unitsSold: number | null;
      readonly returnRatePercent: number | null;
      readonly reasons: readonly { readonly reason: string; readonly units: number }[];
    }[];
    readonly byReason: readonly {
      readonly reason: string;
      readonly units: number;
      readonly cases: number;
      readonly percent: number;
    }[];
  };
  readonly complaints: {
    readonly byCategory: readonly {
      readonly category: string;
      readonly complaints: number;
      readonly percent: number;
    }[];
    readonly byProduct: readonly {
      readonly productId: string | null;
      readonly sku: string | null;
      readonly title: string | null;
      readonly complaints: number;
      readonly percent: number;
    }[];
  };
  readonly spikes: readonly {
    readonly dimension: "category" | "product";
    readonly key: string;
    readonly label: string;
    readonly date: string;
    readonly count: number;
    readonly baselineMean: number;
    readonly pValue: number;
  }[];
  readonly agents: readonly {
    readonly agentId: string;
    readonly handled: number;
    readonly responses: number;
    readonly firstResponses: number;
    readonly firstResponseMedianMinutes: number | null;
    readonly resolutionMedianMinutes: number | null;
    readonly ratings: number;
    readonly csatAverage: number | null;
    readonly csatSatisfiedPercent: number | null;
  }[];
  readonly daily: readonly DailyPoint[];
}
