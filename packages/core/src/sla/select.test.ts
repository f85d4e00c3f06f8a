import { describe, expect, it } from "vitest";
import { validate } from "../validation.js";
import { ruleMatches, ruleSpecificity, type SlaCaseFacts, selectSlaTargets } from "./select.js";
import { defaultSlaPolicy, SlaPolicySchema } from "./sla-policy.js";

const facts = (over: Partial<SlaCaseFacts> = {}): SlaCaseFacts => ({
  kind: "inquiry",
  category: null,
  priority: "normal",
  channel: "email",
  country: null,
  perishable: false,
  ...over,
});

describe("ruleMatches", () => {
  it("requires every listed dimension; a case without a category or country fails those dimensions", () => {
    expect(ruleMatches({ categories: ["privacy_data"] }, facts())).toBe(false);
    expect(ruleMatches({ categories: ["privacy_data"] }, facts({ category: "privacy_data" }))).toBe(true);
    expect(ruleMatches({ regions: ["CN"] }, facts())).toBe(false);
    expect(ruleMatches({ regions: ["CN", "HK"] }, facts({ country: "HK" }))).toBe(true);
    expect(ruleMatches({ kinds: ["return"], perishable: true }, facts({ kind: "return" }))).toBe(false);
    expect(ruleMatches({ kinds: ["return"], perishable: false }, facts({ kind: "return" }))).toBe(true);
    expect(ruleMatches({}, facts())).toBe(true);
  });

  it("counts listed dimensions as specificity", () => {
    expect(ruleSpecificity({ when: {} })).toBe(0);
    expect(ruleSpecificity({ when: { kinds: ["complaint"], perishable: false, regions: ["DE"] } })).toBe(3);
  });
});

describe("selectSlaTargets with the default policy", () => {
  it("applies defaults: 80% at risk, awaiting-customer pauses, in-transit for return processing", () => {
    const s = selectSlaTargets(
      defaultSlaPolicy,
      facts({ kind: "return", perishable: true, channel: "chat" }),
    );
    expect(Object.fromEntries(Object.entries(s).map(([t, v]) => [t, v.ruleId]))).toEqual({
      first_response: "chat",
      next_response: "chat",
      follow_up: "default",
      return_processing: "return_perishable",
    });
    expect(s.return_processing).toMatchObject({
      duration: { amount: 24, unit: "hours" },
      clock: "24/7",
      atRiskPercent: 80,
      pausedBy: ["awaiting_customer", "in_transit"],
      goalPercent: 85,
      stop: "response",
    });
    expect(s.follow_up?.goalPercent).toBeNull();
  });

  it("measures complaints by acknowledgement and assignment within 24 hours, resolution in 5 business days", () => {
    const s = selectSlaTargets(defaultSlaPolicy, facts({ kind: "complaint", channel: "chat" }));
    expect(s.first_response).toMatchObject({ ruleId: "complaint", stop: "acknowledged_and_assigned" });
    expect(s.resolution).toMatchObject({ duration: { amount: 5, unit: "business_days" }, goalPercent: 90 });
  });
});

describe("SlaPolicySchema", () => {
  it("rejects duplicate rule ids and a stop on targets other than first response, naming the paths", () => {
    const result = validate(SlaPolicySchema, {
      id: "p",
      version: 1,
      rules: [
        { id: "a", targets: {} },
        {
          id: "a",
          targets: {
            resolution: { duration: { amount: 1, unit: "hours" }, clock: "24/7", stop: "response" },
          },
        },
      ],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.path)).toEqual(["rules.1.id", "rules.1.targets.resolution.stop"]);
  });

  it("rejects thresholds and durations out of range", () => {
    const result = validate(SlaPolicySchema, {
      id: "p",
      version: 1,
      rules: [
        {
          id: "a",
          targets: {
            first_response: { duration: { amount: 0, unit: "days" }, clock: "", atRiskPercent: 100 },
          },
        },
      ],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.path).sort()).toEqual([
      "rules.0.targets.first_response.atRiskPercent",
      "rules.0.targets.first_response.clock",
      "rules.0.targets.first_response.duration.amount",
      "rules.0.targets.first_response.duration.unit",
    ]);
  });
});
