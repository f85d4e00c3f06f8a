import { describe, expect, it } from "vitest";
import type { EventView } from "../api/types.js";
import { asDecision, attachmentIds, describeEvent, reasonText } from "./explain.js";

const event = (
  type: string,
  data: Record<string, unknown>,
  visibility: "customer" | "internal" = "customer",
): EventView => ({
  seq: 1,
  type,
  at: "2026-11-23T09:00:00.000Z",
  actor: { type: "staff", id: "anna" },
  visibility,
  data,
});

describe("reasonText", () => {
  it("explains codes in plain words, instants in the store's zone", () => {
    expect(
      reasonText("en", "Europe/Berlin", {
        code: "window_expired",
        params: { deadline: "2026-11-23T09:00:00.000Z" },
      }),
    ).toBe("The return window ended Nov 23, 2026, 10:00.");
    expect(
      reasonText("zh-Hans", "Asia/Shanghai", { code: "evidence_required", params: { kind: "photo" } }),
    ).toBe("需要提供凭证：photo。");
    expect(
      reasonText("en", "UTC", {
        code: "resolution_not_offered",
        params: { requested: "exchange", offered: ["refund", "store_credit"] },
      }),
    ).toBe("The requested resolution is not offered; possible: Refund, Store credit.");
  });

  it("prefers the server's own text, and shows unknown codes as they are", () => {
    expect(reasonText("en", "UTC", { code: "final_sale", message: "Final sale (server)" })).toBe(
      "Final sale (server)",
    );
    expect(reasonText("en", "UTC", { code: "brand_new_rule" })).toBe("brand_new_rule");
  });
});

describe("describeEvent", () => {
  it("titles events and quotes what was said", () => {
    expect(
      describeEvent("en", "UTC", event("note_added", { body: "Called the courier" }, "internal")),
    ).toEqual({
      title: "Internal note",
      body: "Called the courier",
    });
    expect(
      describeEvent(
        "en",
        "UTC",
        event("options_proposed", {
          options: [
            { id: "opt1", kind: "refund", amount: { amount: 2000, currency: "EUR" } },
            { id: "opt2", kind: "replacement", label: "New mug" },
          ],
        }),
      ),
    ).toEqual({ title: "Options proposed", body: "Refund €20.00 · Replacement — New mug" });
    expect(describeEvent("zh-Hans", "UTC", event("assigned", { assigneeId: null })).title).toBe("已取消分配");
    expect(
      describeEvent("en", "UTC", event("option_chosen", { optionId: "opt1" }), [
        { id: "opt1", kind: "coupon", amount: { amount: 500, currency: "EUR" } },
      ]),
    ).toEqual({ title: "Option chosen", body: "Coupon €5.00" });
    expect(describeEvent("en", "UTC", event("future_event", {})).title).toBe("future_event");
  });
});

describe("case data", () => {
  it("collects attachment ids once, evidence first", () => {
    expect(
      attachmentIds(["att_1"], [event("message_posted", { body: "x", attachments: ["att_2", "att_1"] })]),
    ).toEqual(["att_1", "att_2"]);
  });

  it("accepts only decision-shaped values", () => {
    expect(asDecision(null)).toBe(null);
    expect(asDecision({ lines: [] })).toBe(null);
    expect(asDecision({ lines: [], status: "needs_review", totals: {} })).not.toBe(null);
  });
});
