import { describe, expect, it } from "vitest";
import { parsePolicy } from "./compile.js";
import { DEFAULT_RETURN_POLICY } from "./defaults.js";
import { defaultReturnPolicy, ReturnPolicySchema } from "./policy.js";

describe("ReturnPolicySchema", () => {
  it("turns {} into the default policy, which is DEFAULT_RETURN_POLICY", () => {
    const policy = defaultReturnPolicy();
    expect(ReturnPolicySchema.parse(DEFAULT_RETURN_POLICY)).toEqual(policy);
    expect(policy.window).toEqual({ days: 30, basis: "delivery", transitAllowanceDays: 5 });
    expect(policy.perishables.windowHours).toBe(48);
    expect(policy.reasons.defective).toEqual({ merchantFault: true, evidence: "photo" });
    expect(policy.fees).toEqual({ restockingPercent: 0, returnShipping: {} });
    expect(policy.legalFloors.enabled).toBe(true);
    expect(policy.autoApprove.maxRecentReturns).toBeUndefined();
  });

  it("returns fresh objects, so changing one parsed policy cannot change the defaults", () => {
    const a = defaultReturnPolicy();
    a.perishables.reasons.push("size");
    a.reasons.size = { merchantFault: true, evidence: "photo" };
    const b = defaultReturnPolicy();
    expect(b.perishables.reasons).not.toContain("size");
    expect(b.reasons.size).toEqual({ merchantFault: false, evidence: "none" });
  });

  it("lists every bad path of an invalid policy at once", () => {
    const result = parsePolicy({
      schemaVersion: 2,
      window: { days: -1, bsis: "delivery" },
      overrides: [{ match: {} }, { match: { tags: ["x"] }, windowDays: 1.5, resolutions: ["teleport"] }],
      reasons: { size: { merchantFault: "no" }, whim: { merchantFault: false } },
      fees: { restockingPercent: 12.34567, returnShipping: { eur: 100, USD: -1 } },
      resolutions: { storeCredit: { bonusPercent: 101 } },
      autoApprove: { maxRecentReturns: -1 },
      abuse: { maxReturns: 0 },
      legalFloors: { enabled: "yes" },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.path)).toEqual([
      "schemaVersion",
      "window.days",
      "window",
      "overrides.0.match",
      "overrides.0",
      "overrides.1.windowDays",
      "overrides.1.resolutions.0",
      "reasons.size.merchantFault",
      "reasons",
      "fees.restockingPercent",
      "fees.returnShipping.eur",
      "fees.returnShipping.USD",
      "resolutions.storeCredit.bonusPercent",
      "autoApprove.maxRecentReturns",
      "abuse.maxReturns",
      "legalFloors.enabled",
    ]);
    expect(result.issues.find((i) => i.path === "window")?.message).toMatch(/bsis/);
    expect(result.issues.find((i) => i.path === "fees.restockingPercent")?.message).toBe(
      "at most four decimals",
    );
  });

  it("accepts a full merchant policy and compiles it once", () => {
    const result = parsePolicy({
      label: "Spring 2026",
      window: { days: 60, basis: "fulfilment", transitAllowanceDays: 3 },
      overrides: [{ label: "Swimwear", match: { collections: ["Swim"] }, excluded: true }],
      fees: { restockingPercent: 12.5, returnShipping: { EUR: 495, JPY: 800, KWD: 1500 } },
      resolutions: {
        storeCredit: { bonusPercent: 7.25 },
        keepItem: { enabled: true, maxUnitValue: { EUR: 500 } },
      },
      autoApprove: { maxOrderValue: { EUR: 20_000 }, reasons: null, maxRecentReturns: 2 },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.policy.label).toBe("Spring 2026");
    expect(result.value.version).toMatch(/^[0-9a-f]{16}$/);
    expect(result.value.overrides[0]).toMatchObject({
      index: 0,
      label: "Swimwear",
      excluded: true,
      tags: null,
    });
    expect([...result.value.overrides[0]!.collections!]).toEqual(["swim"]);
    expect(result.value.autoApproveReasons).toBeNull();
    expect(result.value.resolutions).toEqual(["refund", "store_credit", "exchange", "keep_item", "reship"]);
  });
});
