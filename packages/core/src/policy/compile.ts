import { type Validated, validate } from "../validation.js";
import {
  ReturnResolution as Resolutions,
  type ReturnPolicy,
  ReturnPolicySchema,
  type ReturnReason,
  type ReturnResolution,
} from "./policy.js";
import { policyVersion } from "./version.js";

/** An override with its match lists turned into sets (lower-cased where matching ignores case). */
export interface CompiledOverride {
  readonly index: number;
  readonly label: string | undefined;
  readonly productTypes: ReadonlySet<string> | null;
  readonly tags: ReadonlySet<string> | null;
  readonly collections: ReadonlySet<string> | null;
  readonly skus: ReadonlySet<string> | null;
  readonly windowDays: number | undefined;
  readonly resolutions: readonly ReturnResolution[] | undefined;
  readonly excluded: boolean | undefined;
}

/**
 * A validated policy made ready for fast evaluation: its version hash is computed once, lookup
 * tables are built once. Make one per policy (`parsePolicy` or `compilePolicy`) and evaluate many
 * requests against it. Treat it as read-only.
 */
export interface CompiledPolicy {
  /** The parsed policy (defaults applied). */
  readonly policy: ReturnPolicy;
  /** The stable hash of the canonical policy (see `policyVersion`). */
  readonly version: string;
  readonly overrides: readonly CompiledOverride[];
  /** The resolutions the policy offers in general, in a fixed order. */
  readonly resolutions: readonly ReturnResolution[];
  readonly perishableReasons: ReadonlySet<ReturnReason>;
  /** `null`: any accepted reason may be auto-approved. */
  readonly autoApproveReasons: ReadonlySet<ReturnReason> | null;
}

function setOf(list: readonly string[] | undefined, lowerCase: boolean): ReadonlySet<string> | null {
  if (list === undefined || list.length === 0) return null;
  return new Set(lowerCase ? list.map((s) => s.toLowerCase()) : list);
}

/** Prepares an already-parsed policy for evaluation (computes its version and lookup tables). */
export function compilePolicy(policy: ReturnPolicy): CompiledPolicy {
  const r = policy.resolutions;
  const enabled: Record<ReturnResolution, boolean> = {
    refund: r.refund.enabled,
    store_credit: r.storeCredit.enabled,
    exchange: r.exchange.enabled,
    repair: r.repair.enabled,
    keep_item: r.keepItem.enabled,
    reship: r.reship.enabled,
  };
  return {
    policy,
    version: policyVersion(policy),
    overrides: policy.overrides.map((o, index) => ({
      index,
      label: o.label,
      productTypes: setOf(o.match.productTypes, true),
      tags: setOf(o.match.tags, true),
      collections: setOf(o.match.collections, true),
      skus: setOf(o.match.skus, false),
      windowDays: o.windowDays,
      resolutions: o.resolutions,
      excluded: o.excluded,
    })),
    resolutions: Object.values(Resolutions).filter((k) => enabled[k]),
    perishableReasons: new Set(policy.perishables.reasons),
    autoApproveReasons: policy.autoApprove.reasons === null ? null : new Set(policy.autoApprove.reasons),
  };
}

/**
 * Validates a policy (JSON in) and prepares it for evaluation. An invalid policy yields every bad
 * path at once, e.g. `window.days`, `reasons.size.merchantFault`, `overrides.2.match`.
 */
export function parsePolicy(input: unknown): Validated<CompiledPolicy> {
  const parsed = validate(ReturnPolicySchema, input);
  return parsed.ok ? { ok: true, value: compilePolicy(parsed.value) } : parsed;
}
