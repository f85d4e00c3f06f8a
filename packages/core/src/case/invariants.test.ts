import { describe, expect, it } from "vitest";
import { approvedReturn, investigatingReturn, resolvedComplaint } from "./fixtures/case.js";
import { isValidState, stateViolations } from "./invariants.js";
import type { CaseState } from "./state.js";

describe("stateViolations", () => {
  it("finds nothing wrong with states reached through decide", () => {
    expect(stateViolations(investigatingReturn().state)).toEqual([]);
    expect(isValidState(approvedReturn(true).state)).toBe(true);
    expect(isValidState(resolvedComplaint().state)).toBe(true);
  });

  it("reports schema problems by path", () => {
    const state = { ...investigatingReturn().state, status: "lost" } as unknown as CaseState;
    expect(stateViolations(state)).toEqual([
      'status: Invalid option: expected one of "submitted"|"acknowledged"|"investigating"|"awaiting_customer"|"proposed"|"in_progress"|"resolved"|"closed"|"declined"|"cancelled"|"reopened"',
    ]);
    expect(isValidState(state)).toBe(false);
  });

  const cases: [string, (s: CaseState) => CaseState, string[]][] = [
    [
      "a version that is not the last seq",
      (s) => ({ ...s, version: 3 }),
      ["version equals the last seq (no gaps)"],
    ],
    ["a proposal without options", (s) => ({ ...s, status: "proposed" }), ["a proposed case has options"]],
    [
      "a chosen option never offered",
      (s) => ({ ...s, chosenOptionId: "x" }),
      ["the chosen option was offered"],
    ],
    [
      "a resolved case without resolution",
      (s) => ({ ...s, status: "resolved" }),
      [
        "resolvedAt is set exactly while resolved or closed",
        "a resolution code is set exactly while resolved or closed",
      ],
    ],
    [
      "a closed case without closedAt",
      (s) => ({ ...s, status: "closed", resolvedAt: s.updatedAt, resolution: "x" }),
      ["closedAt is set exactly while closed"],
    ],
    [
      "a declined case without reason",
      (s) => ({ ...s, status: "declined" }),
      ["declinedAt is set exactly while declined", "a declined case has a reason"],
    ],
    [
      "a cancelled case without instant",
      (s) => ({ ...s, status: "cancelled" }),
      ["cancelledAt is set exactly while cancelled"],
    ],
    [
      "a rating on an open case",
      (s) => ({ ...s, rating: { score: 5 } }),
      ["only a resolved or closed case carries a rating"],
    ],
    [
      "goods on an inquiry",
      (s) => ({ ...s, kind: "inquiry", itemProgress: "in_transit" }),
      ["an inquiry has no goods in progress"],
    ],
    [
      "goods moving before approval",
      (s) => ({ ...s, status: "acknowledged", itemProgress: "in_transit" }),
      ["goods move only after approval"],
    ],
    [
      "returnless without a return",
      (s) => ({ ...s, returnless: true }),
      [
        "returnless only on an approved return",
        "a returnless return is never shipped, received or inspected",
      ],
    ],
    [
      "a returnless return in transit",
      (s) => ({ ...s, returnless: true, itemProgress: "in_transit" }),
      ["a returnless return is never shipped, received or inspected"],
    ],
    [
      "approved lines without a return",
      (s) => ({ ...s, approvedLines: [{ lineId: "L1", quantity: 1 }] }),
      ["approved lines only on an approved return"],
    ],
    [
      "a reopen instant without a reopen",
      (s) => ({ ...s, reopenedAt: s.updatedAt }),
      ["reopenedAt only after a reopen"],
    ],
    ["reopened without a reopen", (s) => ({ ...s, status: "reopened" }), ["a reopened case was reopened"]],
  ];

  it.each(cases)("reports %s", (_name, corrupt, expected) => {
    expect(stateViolations(corrupt(investigatingReturn().state))).toEqual(expected);
  });
});
