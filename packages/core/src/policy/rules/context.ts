import type { OrderLine, OrderSnapshot } from "../../order/snapshot.js";
import type { CompiledPolicy } from "../compile.js";
import type { WindowStartBasis } from "../decision.js";
import type { LegalFloor } from "../legal-floors.js";
import type { EvidenceKind, ReturnResolution } from "../policy.js";
import type { EligibilityReason, FloorOverride } from "../reasons.js";
import type { ReturnCustomerContext, ReturnRequestLine } from "../request.js";

// The working state of one evaluation. The rules fill it in order; `evaluate.ts` turns it into the
// immutable decision. Nothing here outlives one call.

/** Milliseconds in a day; windows are exact multiples of 24 h (see `evaluate`). */
export const DAY_MS = 86_400_000;
/** Milliseconds in an hour. */
export const HOUR_MS = 3_600_000;

/** An instant a window is counted from, and what it was. */
export interface WindowStart {
  readonly basis: WindowStartBasis;
  readonly ms: number;
}

/** The legal floor of this order with its deadline, or nothing. */
export interface FloorContext {
  readonly floor: LegalFloor;
  readonly start: WindowStart;
  readonly deadlineMs: number;
}

/** What every line of one evaluation shares. */
export interface OrderContext {
  readonly compiled: CompiledPolicy;
  readonly order: OrderSnapshot;
  readonly nowMs: number;
  /** The merchant window's start (by the policy's basis). */
  readonly windowStart: WindowStart;
  /** The start of windows counted "from delivery" (perishables), whatever the policy's basis. */
  readonly deliveryStart: WindowStart;
  readonly floor: FloorContext | null;
  readonly customer: ReturnCustomerContext;
  /** Units per line id already refunded or inside a pending return. */
  readonly takenUnits: ReadonlyMap<string, number> | null;
  /** `toISOString` of an instant, remembered within this evaluation (lines share deadlines). */
  readonly iso: (ms: number) => string;
}

/** The working state of one requested line. */
export interface LineWork {
  readonly request: ReturnRequestLine;
  readonly line: OrderLine;
  readonly reasons: EligibilityReason[];
  /** The override fields that apply to the line (later overrides already won). */
  windowDays: number;
  overrideResolutions: readonly ReturnResolution[] | undefined;
  excludedBy: { index: number; label: string | undefined } | null;
  perishable: boolean;
  /** The legal floor covers this kind of goods. */
  floorCovers: boolean;
  /** The floor covers the line and its deadline has not passed: statutory rights are in force. */
  withinFloor: boolean;
  readonly floorOverrides: FloorOverride[];
  deadlineMs: number;
  merchantFault: boolean;
  /** The reason itself is refused (by the policy or the perishable rules): no evidence is asked for. */
  reasonRefused: boolean;
  evidenceRequired: EvidenceKind;
  refundableUnits: number;
  quantity: number;
  /** What the customer paid for `quantity` units, in minor units of the order currency. */
  paid: number;
  resolutions: ReturnResolution[];
  returnless: boolean;
  restocking: number;
  returnShipping: number;
}
