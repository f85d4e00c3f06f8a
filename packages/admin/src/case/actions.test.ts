import { describe, expect, it } from "vitest";
import type { Capabilities } from "../api/types.js";
import { decimalString, parseAmount } from "../i18n/index.js";
import { ACTIONS, actionsFor, buildCommand, PLATFORM_ACTIONS, refundLineDefaults } from "./actions.js";
import { buildOptions } from "./options.js";

const spec = (command: string) => {
  const found = ACTIONS.find((a) => a.command === command);
  if (!found) throw new Error(command);
  return found;
};

const NONE: Capabilities = {
  platformReturns: false,
  refunds: false,
  refundsToOriginalPayment: false,
  storeCredit: false,
  coupons: false,
  orderNotes: false,
  restock: false,
  orderStatus: false,
};
const ALL: Capabilities = {
  platformReturns: true,
  refunds: true,
  refundsToOriginalPayment: true,
  storeCredit: true,
  coupons: true,
  orderNotes: true,
  restock: true,
  orderStatus: false,
};
const keys = (list: ReturnType<typeof actionsFor>) =>
  list.map((a) => `${a.route ?? "commands"}:${a.command}`);

// What core's allowedCommands gives staff on an investigating case (transitions.ts), panels included.
const INVESTIGATING = [
  "request_information",
  "propose_options",
  "approve_return",
  "decline_return",
  "record_refund",
  "record_store_credit",
  "record_coupon",
  "resolve",
  "assign",
  "change_priority",
  "change_category",
  "post_message",
  "add_note",
  "decline",
  "cancel",
];

describe("actionsFor", () => {
  it("offers only what the server allows, in the console's order, without panel commands", () => {
    expect(
      actionsFor(["post_message", "decline", "resolve", "assign", "acknowledge", "mark_sla_breached"], {
        kind: "return",
      }).map((a) => a.command),
    ).toEqual(["acknowledge", "resolve", "decline"]);
  });

  it("never offers return-only actions on a complaint, though core allows them on any case with goods", () => {
    expect(keys(actionsFor(INVESTIGATING, { kind: "complaint", capabilities: NONE }))).toEqual([
      "commands:request_information",
      "commands:record_refund",
      "commands:record_store_credit",
      "commands:record_coupon",
      "commands:resolve",
      "commands:decline",
      "commands:cancel",
    ]);
    expect(keys(actionsFor(INVESTIGATING, { kind: "return", capabilities: NONE }))).toContain(
      "commands:approve_return",
    );
    expect(keys(actionsFor(INVESTIGATING, { kind: "exchange", capabilities: NONE }))).toContain(
      "commands:decline_return",
    );
    expect(
      keys(actionsFor(["record_exchange_shipment", "resolve"], { kind: "return", capabilities: NONE })),
    ).toEqual(["commands:resolve"]);
    expect(
      keys(actionsFor(["record_exchange_shipment", "resolve"], { kind: "complaint", capabilities: NONE })),
    ).toEqual(["commands:record_exchange_shipment", "commands:resolve"]);
  });

  it("offers platform refunds, credit, coupons and order notes when the platform can, instead of record-only twins", () => {
    expect(keys(actionsFor(INVESTIGATING, { kind: "complaint", capabilities: ALL }))).toEqual([
      "actions:refund",
      "actions:store_credit",
      "actions:coupon",
      "actions:order_note",
      "commands:request_information",
      "commands:resolve",
      "commands:decline",
      "commands:cancel",
    ]);
  });

  it("offers only the platform actions whose capability is on, and records the rest", () => {
    expect(
      keys(
        actionsFor(["record_refund", "record_store_credit", "record_coupon", "add_note"], {
          kind: "return",
          capabilities: { ...NONE, refunds: true, orderNotes: true },
        }),
      ),
    ).toEqual([
      "actions:refund",
      "actions:order_note",
      "commands:record_store_credit",
      "commands:record_coupon",
    ]);
  });

  it("offers no platform action when the case cannot record its result (a resolved case)", () => {
    expect(
      keys(actionsFor(["close", "reopen", "add_note"], { kind: "complaint", capabilities: ALL })),
    ).toEqual(["actions:order_note", "commands:close", "commands:reopen"]);
  });

  it("offers no platform action while the server does not say what the platform can do", () => {
    expect(keys(actionsFor(["record_refund"], { kind: "return" }))).toEqual(["commands:record_refund"]);
  });

  it("asks for confirmation on money and declines", () => {
    expect(PLATFORM_ACTIONS.filter((a) => a.confirm).map((a) => [a.command, a.confirm])).toEqual([
      ["refund", "platformRefund"],
      ["store_credit", "platformCredit"],
      ["coupon", "platformCoupon"],
    ]);
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

describe("platform action bodies", () => {
  const platform = (command: string) => {
    const found = PLATFORM_ACTIONS.find((a) => a.command === command);
    if (!found) throw new Error(command);
    return found;
  };

  const jpyLines = [
    { id: "L1", refundableQuantity: 2, paid: { amount: 3000, currency: "JPY" } },
    { id: "L2", refundableQuantity: 1, paid: { amount: 800, currency: "JPY" } },
  ];

  it("builds a refund of order lines in the order's currency, JPY without decimals, the amount their sum", () => {
    expect(
      buildCommand(
        platform("refund"),
        {
          "line:L1:amount": "1500",
          "line:L1:quantity": "1",
          "line:L2:amount": "",
          note: "",
          notifyCustomer: true,
        },
        "JPY",
        parseAmount,
        jpyLines,
      ),
    ).toEqual({
      ok: true,
      command: {
        type: "refund",
        lines: [{ lineId: "L1", quantity: 1, amount: { amount: 1500, currency: "JPY" } }],
        amount: { amount: 1500, currency: "JPY" },
        notifyCustomer: true,
      },
    });
  });

  it("refuses a line refund above what the line was paid, too many units, or no line at all", () => {
    expect(
      buildCommand(
        platform("refund"),
        { "line:L1:amount": "3001", "line:L2:amount": "100", "line:L2:quantity": "2" },
        "JPY",
        parseAmount,
        jpyLines,
      ),
    ).toEqual({ ok: false, errors: { "line:L1:amount": "amount", "line:L2:quantity": "quantity" } });
    expect(buildCommand(platform("refund"), {}, "JPY", parseAmount, jpyLines)).toEqual({
      ok: false,
      errors: { lines: "required" },
    });
  });

  it("spreads the chosen option's amount over the case's lines first; goods stay with a complaining customer", () => {
    expect(
      refundLineDefaults({
        lines: jpyLines,
        caseLines: [{ lineId: "L2", quantity: 1 }],
        amount: { amount: 1000 },
        returnsGoods: false,
        decimal: decimalString,
      }),
    ).toEqual({
      "line:L2:amount": "800",
      "line:L2:quantity": "0",
      "line:L1:amount": "200",
      "line:L1:quantity": "0",
    });
  });

  it("takes a return's refundable amounts and units from the recorded decision", () => {
    expect(
      refundLineDefaults({
        lines: [{ id: "L1", refundableQuantity: 1, paid: { amount: 5900, currency: "EUR" } }],
        decisionLines: [{ lineId: "L1", refundable: { amount: 5310 }, quantity: 1 }],
        caseLines: [{ lineId: "L1", quantity: 1 }],
        returnsGoods: true,
        decimal: decimalString,
      }),
    ).toEqual({ "line:L1:amount": "53.10", "line:L1:quantity": "1" });
  });

  it("builds store credit in KWD with three decimals", () => {
    expect(buildCommand(platform("store_credit"), { amount: "2.125" }, "KWD", parseAmount)).toEqual({
      ok: true,
      command: { type: "store_credit", amount: { amount: 2125, currency: "KWD" } },
    });
  });

  it("wants a coupon's amount or percentage, and takes either", () => {
    expect(buildCommand(platform("coupon"), { amount: "", percent: "" }, "EUR", parseAmount)).toEqual({
      ok: false,
      errors: { amount: "required" },
    });
    expect(buildCommand(platform("coupon"), { amount: "", percent: "15" }, "EUR", parseAmount)).toEqual({
      ok: true,
      command: { type: "coupon", percent: 15 },
    });
    expect(buildCommand(platform("coupon"), { amount: "5", percent: "" }, "GBP", parseAmount)).toEqual({
      ok: true,
      command: { type: "coupon", amount: { amount: 500, currency: "GBP" } },
    });
  });

  it("builds an order note, internal unless ticked", () => {
    expect(buildCommand(platform("order_note"), { body: " Parcel reshipped " }, "EUR", parseAmount)).toEqual({
      ok: true,
      command: { type: "order_note", body: "Parcel reshipped", customerVisible: false },
    });
  });
});
