import { describe, expect, it } from "vitest";
import type { StaffMember } from "../api/types.js";
import { mailboxErrors, memberChange, memberDraft, memberErrors, parseMailbox } from "./drafts.js";

const anna: StaffMember = { staffId: "anna", name: "Anna", role: "agent", email: "anna@example.com" };

describe("alert mailbox", () => {
  it("reads one address per line or separated by commas, semicolons or spaces, without repeats", () => {
    expect(parseMailbox(" lead@example.com\nops@example.com, lead@example.com;x@y.z  \n\n")).toEqual([
      "lead@example.com",
      "ops@example.com",
      "x@y.z",
    ]);
    expect(parseMailbox("  \n ")).toEqual([]);
  });

  it("names the address a server error is about, by its index in the body", () => {
    expect(
      mailboxErrors(
        [
          { path: "staffEmail.1", message: "Invalid email address", code: "invalid_format" },
          { path: "staffEmail", message: "Too big: expected array to have <=20 items", code: "too_big" },
          { path: "staffEmail.7", message: "Invalid email address", code: "invalid_format" },
        ],
        ["lead@example.com", "bad"],
      ),
    ).toEqual([
      "bad: Invalid email address",
      "Too big: expected array to have <=20 items",
      "Invalid email address",
    ]);
  });
});

describe("member edits", () => {
  it("sends only what changed, an emptied field as null", () => {
    expect(memberChange(anna, memberDraft(anna))).toEqual({});
    expect(memberChange(anna, { displayName: " Anna Schmidt ", email: "anna@example.com" })).toEqual({
      displayName: "Anna Schmidt",
    });
    expect(memberChange(anna, { displayName: "Anna", email: "" })).toEqual({ email: null });
    expect(
      memberChange({ ...anna, email: undefined } as unknown as StaffMember, {
        displayName: "",
        email: "a@b.c",
      }),
    ).toEqual({
      displayName: null,
      email: "a@b.c",
    });
  });

  it("puts field errors at the email and display name and keeps the rest apart", () => {
    const other = { path: "", message: "Expected object", code: "invalid_type" };
    expect(
      memberErrors([
        { path: "email", message: "Invalid email address", code: "invalid_format" },
        { path: "displayName", message: "Too big", code: "too_big" },
        other,
      ]),
    ).toEqual({ email: ["Invalid email address"], displayName: ["Too big"], other: [other] });
  });
});
