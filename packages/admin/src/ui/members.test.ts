import { describe, expect, it } from "vitest";
import type { StaffMember } from "../api/types.js";
import { assigneeOptions, memberName, nameOf } from "./members.js";

const members: StaffMember[] = [
  { staffId: "ada", name: "Ada", role: "admin" },
  { staffId: "anna", name: "anna", role: "agent" },
  { staffId: "mia", name: "Mia", role: "manager", email: "mia@example.com" },
];

describe("staff members", () => {
  it("names a member with their id unless the name is the id", () => {
    expect(members.map(memberName)).toEqual(["Ada (ada)", "anna", "Mia (mia)"]);
    expect(nameOf(members, "mia")).toBe("Mia (mia)");
    expect(nameOf(members, "gone")).toBe("gone");
    expect(nameOf(undefined, "mia")).toBe("mia");
  });

  it("offers every member with their role in the console's language", () => {
    expect(assigneeOptions("en", members)).toEqual([
      { value: "ada", label: "Ada (ada) · Admin" },
      { value: "anna", label: "anna · Agent" },
      { value: "mia", label: "Mia (mia) · Manager" },
    ]);
    expect(assigneeOptions("zh-Hans", members).map((o) => o.label)).toEqual([
      "Ada (ada) · 管理员",
      "anna · 客服",
      "Mia (mia) · 主管",
    ]);
  });
});
