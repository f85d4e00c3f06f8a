import { describe, expect, it } from "vitest";
import { parseAmount } from "../i18n/index.js";
import { ACTIONS, actionsFor, buildCommand } from "./actions.js";
import { buildOptions } from "./options.js";

const spec = (command: string) => {
  const found = ACTIONS.find((a) => a.command === command);
  if (!found) throw new Error(command);
  return found;
};

describe("actionsFor", () => {
  it("offers only what the server allows, in the console's order, without panel commands", () => {
    expect(
      actionsFor(["post_message", "decline", "resolve", "assign", "acknowledge", "mark_sla_breached"]).map(
        (a) => a.command,
      ),
    ).toEqual(["acknowledge", "resolve", "decline"]);
  });

  it("asks for confirmation on money and declines", () => {
    expect(ACTIONS.filter((a) => a.confirm).map((a) => [a.command, a.confirm])).toEqual([
      ["approve_return", "approve"],
      ["record_refund", "refund"],
      ["record_store_credit", "credit"],
      ["decline_return", "decline"],
      ["decline", "decline"],
    ]);
  });
});

describe("buildCommand", () => {
  it("turns a typed refund into minor units of the case currency", () => {
    expect(
      buildCommand(spec("record_refund"), { amount: "20,5", method: "original_payment" }, "EUR", parseAmount),
    ).toEqual({
      ok: true,
      command: {
        type: "record_refund",
        amount: { amount: 2050, currency: "EUR" },
        method: "original_payment",
      },
    });
  });

  it("names each bad field: missing, bad amount, bad code", () => {
    expect(buildCommand(spec("record_refund"), { amount: "0", method: "" }, "EUR", parseAmount)).toEqual({
      ok: false,
      errors: { amount: "amount", method: "required" },
    });
    expect(buildCommand(spec("decline"), { reasonCode: "Not ours!" }, "EUR", parseAmount)).toEqual({
      ok: false,
      errors: { reasonCode: "code" },
    });
  });

  it("leaves empty optional fields out and sends checkboxes as booleans", () => {
    expect(buildCommand(spec("approve_return"), { instructions: "  " }, "EUR", parseAmount)).toEqual({
      ok: true,
      command: { type: "approve_return", returnless: false },
    });
    expect(
      buildCommand(spec("resolve"), { resolution: "refunded", summary: " Paid back " }, "EUR", parseAmount),
    ).toEqual({
      ok: true,
      command: { type: "resolve", resolution: "refunded", summary: "Paid back" },
    });
  });
});

describe("buildOptions", () => {
  it("numbers the options and reads amounts only for money kinds", () => {
    expect(
      buildOptions(
        [
          { kind: "refund", amount: "20.00", label: "Refund the mug" },
          { kind: "replacement", amount: "99", label: "" },
          { kind: "coupon", amount: "", label: "" },
        ],
        "EUR",
        parseAmount,
      ),
    ).toEqual({
      ok: true,
      command: {
        type: "propose_options",
        options: [
          { id: "opt1", kind: "refund", amount: { amount: 2000, currency: "EUR" }, label: "Refund the mug" },
          { id: "opt2", kind: "replacement" },
          { id: "opt3", kind: "coupon" },
        ],
      },
    });
  });

  it("reports the rows with bad amounts", () => {
    expect(
      buildOptions(
        [
          { kind: "refund", amount: "1.234", label: "" },
          { kind: "coupon", amount: "x", label: "" },
        ],
        "EUR",
        parseAmount,
      ),
    ).toEqual({
      ok: false,
      badAmounts: [0, 1],
    });
  });
});
