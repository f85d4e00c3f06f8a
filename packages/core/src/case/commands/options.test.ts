import { describe, expect, it } from "vitest";
import { anna, attempt, ben, customer, investigatingReturn, outcome, run } from "../fixtures/case.js";

const eur = (amount: number) => ({ amount, currency: "EUR" as const });
const offer = [
  { id: "refund", kind: "refund", amount: eur(4998) },
  { id: "credit", kind: "store_credit", amount: eur(5498), label: "Store credit +10%" },
] as const;

function proposed() {
  return run([[{ type: "propose_options", options: [...offer] }, anna, 40]], investigatingReturn());
}

describe("propose_options", () => {
  it("offers the options and waits for the customer's choice", () => {
    const { state } = investigatingReturn();
    expect(outcome(attempt(state, { type: "propose_options", options: [...offer] }, anna))).toEqual([
      { type: "options_proposed", visibility: "customer", data: { options: offer } },
    ]);
    expect(proposed().state).toMatchObject({
      status: "proposed",
      proposedOptions: offer,
      chosenOptionId: null,
    });
  });

  it("replaces the previous offer when staff revise it", () => {
    const revised = run(
      [
        [
          {
            type: "propose_options",
            options: [{ id: "keep", kind: "keep_item", label: "Keep it, 30% back" }],
          },
          anna,
          50,
        ],
      ],
      proposed(),
    ).state;
    expect(revised.proposedOptions).toEqual([{ id: "keep", kind: "keep_item", label: "Keep it, 30% back" }]);
  });

  it("rejects duplicate option ids, negative amounts and empty offers, by path", () => {
    const { state } = investigatingReturn();
    const duplicate = attempt(
      state,
      {
        type: "propose_options",
        options: [
          { id: "a", kind: "refund", amount: eur(-1) },
          { id: "a", kind: "apology" },
        ],
      },
      anna,
    );
    expect(duplicate.ok ? [] : duplicate.rejection.issues).toEqual([
      { path: "options.0.amount.amount", message: "must not be negative", code: "custom" },
      { path: "options.1.id", message: "option id a is used twice", code: "custom" },
    ]);
    const empty = attempt(state, { type: "propose_options", options: [] }, anna);
    expect(empty.ok ? [] : empty.rejection.issues).toEqual([
      { path: "options", message: "offer at least one option", code: "too_small" },
    ]);
  });
});

describe("choose_option", () => {
  it("records the customer's choice and starts the work", () => {
    const { state } = proposed();
    expect(outcome(attempt(state, { type: "choose_option", optionId: "credit" }, customer))).toEqual([
      { type: "option_chosen", visibility: "customer", data: { optionId: "credit" } },
    ]);
    const chosen = run([[{ type: "choose_option", optionId: "credit" }, customer, 50]], proposed()).state;
    expect([chosen.status, chosen.chosenOptionId]).toEqual(["in_progress", "credit"]);
  });

  it("lets the assignee record a choice made by phone, not a colleague", () => {
    const { state } = proposed();
    expect(attempt(state, { type: "choose_option", optionId: "refund" }, anna).ok).toBe(true);
    expect(attempt(state, { type: "choose_option", optionId: "refund" }, ben)).toMatchObject({
      ok: false,
      rejection: { code: "not_assignee" },
    });
  });

  it("rejects an option that was not offered, and choosing when nothing is proposed", () => {
    expect(attempt(proposed().state, { type: "choose_option", optionId: "exchange" }, customer)).toEqual({
      ok: false,
      rejection: {
        code: "option_not_offered",
        message: "Option exchange was not offered",
        params: { optionId: "exchange", offered: ["refund", "credit"] },
      },
    });
    expect(
      attempt(investigatingReturn().state, { type: "choose_option", optionId: "refund" }, customer),
    ).toEqual({
      ok: false,
      rejection: {
        code: "invalid_transition",
        message: "Cannot choose option a case that is investigating",
        params: { status: "investigating", command: "choose_option" },
      },
    });
  });
});
