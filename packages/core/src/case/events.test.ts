import { describe, expect, it } from "vitest";
import { CaseEventSchema, CaseEventType, EventVisibility } from "./events.js";

const opened = {
  caseId: "c1",
  seq: 1,
  type: "case_opened",
  at: "2026-11-23T09:00:00.000Z",
  actor: { type: "customer", id: "cust_1" },
  visibility: "customer",
  data: {
    kind: "return",
    channel: "web",
    priority: "normal",
    order: { id: "o1", number: "#1001" },
    customer: { id: null, email: "anna@example.de", country: "DE" },
    description: "Too small",
    lines: [{ lineId: "L1", quantity: 1, reason: "size", resolution: "refund" }],
    perishable: false,
  },
};

describe("CaseEventSchema", () => {
  it("parses a case_opened event and keeps its payload", () => {
    const parsed = CaseEventSchema.parse(opened);
    expect(parsed).toEqual(opened);
  });

  it("rejects a note shown to the customer, since notes are always internal", () => {
    const result = CaseEventSchema.safeParse({
      ...opened,
      seq: 2,
      type: "note_added",
      visibility: "customer",
      data: { body: "check stock" },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual(["visibility"]);
  });

  it("rejects seq 0, a non-ISO instant and a rating of 6, naming each path", () => {
    const result = CaseEventSchema.safeParse({
      ...opened,
      seq: 0,
      at: "yesterday",
      type: "rated",
      data: { score: 6 },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join(".")).sort()).toEqual(["at", "data.score", "seq"]);
  });

  it("rejects an unknown event type", () => {
    expect(CaseEventSchema.safeParse({ ...opened, type: "case_exploded" }).success).toBe(false);
  });

  it("declares a visibility for every event type, with SLA events and notes internal", () => {
    expect(Object.keys(EventVisibility).sort()).toEqual(Object.keys(CaseEventType).sort());
    expect(EventVisibility.sla_breached).toBe("internal");
    expect(EventVisibility.sla_at_risk).toBe("internal");
    expect(EventVisibility.note_added).toBe("internal");
    expect(EventVisibility.message_posted).toBe("customer");
  });
});
