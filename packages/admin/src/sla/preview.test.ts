import { describe, expect, it } from "vitest";
import { createApi } from "../api/client.js";
import { previewRequest, splitPreviewErrors } from "./preview.js";

const form = { at: "2026-11-27T16:30", kind: "complaint", priority: "high", channel: "email", category: "" };
const calendar = { timeZone: "Europe/Berlin", weekly: { sat: [{ start: "10:00", end: "14:00" }] } };
const saved = '{\n  "id": "default"\n}';

describe("previewRequest", () => {
  it("sends the edited calendar and the edited policy, the time read in the store's zone", () => {
    expect(
      previewRequest({ ...form, category: "delivery_damage" }, "Europe/Berlin", {
        calendarId: "default",
        calendar,
        policyText: '{"id":"default","rules":[]}',
        savedPolicyText: saved,
      }),
    ).toEqual({
      ok: true,
      policyEdited: true,
      request: {
        openedAt: "2026-11-27T15:30:00.000Z",
        case: { kind: "complaint", priority: "high", channel: "email", category: "delivery_damage" },
        policy: { id: "default", rules: [] },
        calendars: { default: calendar },
      },
    });
  });

  it("leaves an unedited policy to the server (the saved one) and drops the category of non-complaints", () => {
    expect(
      previewRequest({ ...form, kind: "inquiry", category: "other" }, "Asia/Shanghai", {
        calendarId: "cn",
        calendar,
        policyText: saved,
        savedPolicyText: saved,
      }),
    ).toEqual({
      ok: true,
      policyEdited: false,
      request: {
        openedAt: "2026-11-27T08:30:00.000Z",
        case: { kind: "inquiry", priority: "high", channel: "email" },
        calendars: { cn: calendar },
      },
    });
  });

  it("says the policy JSON is broken instead of previewing the saved policy", () => {
    const result = previewRequest(form, "UTC", {
      calendarId: "default",
      calendar,
      policyText: '{"id": ',
      savedPolicyText: saved,
    });
    expect(result.ok).toBe(false);
  });
});

describe("splitPreviewErrors", () => {
  it("puts each field error where the page shows it", () => {
    expect(
      splitPreviewErrors(
        [
          { path: "policy.rules.0.targets", message: "Required", code: "invalid_type" },
          { path: "calendars.default.weekly.mon", message: "Intervals overlap", code: "custom" },
          { path: "calendars.support.timeZone", message: "Unknown zone", code: "custom" },
          { path: "openedAt", message: "Invalid datetime", code: "invalid_format" },
          { path: "case.category", message: "Too long", code: "too_big" },
        ],
        "default",
      ),
    ).toEqual({
      policy: [{ path: "rules.0.targets", message: "Required", code: "invalid_type" }],
      calendar: [{ path: "weekly.mon", message: "Intervals overlap", code: "custom" }],
      form: { at: "Invalid datetime", category: "Too long" },
      other: [{ path: "calendars.support.timeZone", message: "Unknown zone", code: "custom" }],
    });
  });
});

describe("the preview call", () => {
  it("posts the drafts to /v1/staff/sla/preview and surfaces a 400's field paths", async () => {
    const sent: { url: string; body: unknown }[] = [];
    const api = createApi({
      apiBase: "https://api.test",
      getToken: () => "ask_1",
      fetch: async (input, init) => {
        sent.push({ url: String(input), body: JSON.parse(String(init?.body)) });
        return new Response(
          JSON.stringify({
            type: "validation_failed",
            title: "The SLA policy or a calendar is not valid",
            errors: [{ path: "calendars.default.weekly.sat", message: "Bad interval", code: "custom" }],
          }),
          { status: 400, headers: { "content-type": "application/problem+json" } },
        );
      },
    });
    const built = previewRequest(form, "Europe/Berlin", {
      calendarId: "default",
      calendar,
      policyText: saved,
      savedPolicyText: saved,
    });
    if (!built.ok) throw new Error("not built");
    const failure = await api.slaPreview(built.request).catch((e: unknown) => e);
    expect(sent).toEqual([{ url: "https://api.test/v1/staff/sla/preview", body: built.request }]);
    expect(failure).toMatchObject({ status: 400, type: "validation_failed" });
    expect(splitPreviewErrors((failure as { errors: never[] }).errors, "default").calendar).toEqual([
      { path: "weekly.sat", message: "Bad interval", code: "custom" },
    ]);
  });
});
