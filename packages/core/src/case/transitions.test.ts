import { describe, expect, it } from "vitest";
import { CaseCommandTypeSchema } from "./command.js";
import { CaseStatusSchema, isOpenCaseStatus, OpenCaseStatuses } from "./state.js";
import { AllowedCommands, isAllowedInStatus } from "./transitions.js";

describe("AllowedCommands", () => {
  it("lets every open status be declined or cancelled, and no other", () => {
    for (const status of CaseStatusSchema.options) {
      expect([status, isAllowedInStatus(status, "decline")]).toEqual([status, isOpenCaseStatus(status)]);
      expect([status, isAllowedInStatus(status, "cancel")]).toEqual([status, isOpenCaseStatus(status)]);
    }
    expect(OpenCaseStatuses).toEqual([
      "submitted",
      "acknowledged",
      "investigating",
      "awaiting_customer",
      "proposed",
      "in_progress",
      "reopened",
    ]);
  });

  it("reopens only resolved or closed cases, and rates only those", () => {
    const reopenable = CaseStatusSchema.options.filter((s) => isAllowedInStatus(s, "reopen"));
    expect(reopenable).toEqual(["resolved", "closed"]);
    expect(CaseStatusSchema.options.filter((s) => isAllowedInStatus(s, "rate"))).toEqual([
      "resolved",
      "closed",
    ]);
  });

  it("records goods logistics only while in progress, and never lists open_case", () => {
    expect(CaseStatusSchema.options.filter((s) => isAllowedInStatus(s, "record_receipt"))).toEqual([
      "in_progress",
    ]);
    expect(Object.values(AllowedCommands).some((list) => list.includes("open_case"))).toBe(false);
  });

  it("uses every command except open_case somewhere, each at most once per status", () => {
    const used = new Set(Object.values(AllowedCommands).flat());
    expect(CaseCommandTypeSchema.options.filter((c) => !used.has(c))).toEqual(["open_case"]);
    for (const list of Object.values(AllowedCommands)) expect(new Set(list).size).toBe(list.length);
  });
});
