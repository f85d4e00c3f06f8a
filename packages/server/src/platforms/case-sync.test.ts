import type { CaseCommandInput, OrderSource } from "@aftersales/core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { applyCaseCommand, loadCase } from "../cases/service.js";
import { manualClock, newId } from "../clock.js";
import { createTenant } from "../storage/tenants.js";
import { databaseTargets, type TestDatabase } from "../testing/databases.js";
import { anna, fixedOrderSource } from "../testing/fixtures.js";
import {
  applyPlatformFacts,
  findCaseForPlatformReturn,
  linkPlatformReturn,
  type PlatformFactInput,
  type PlatformFactResult,
} from "./case-sync.js";

const RETURN_ID = "gid://shopify/Return/945000954";
const opened = (overrides: Partial<PlatformFactInput> = {}): PlatformFactInput =>
  ({
    type: "return_opened",
    platform: "shopify",
    returnId: RETURN_ID,
    name: "#1001-R1",
    orderId: anna.id,
    lines: [{ lineId: "L1", quantity: 1, reason: "size_too_small", note: "Too tight" }],
    ...overrides,
  }) as PlatformFactInput;

const summary = (results: readonly PlatformFactResult[]) =>
  results.map((r) =>
    r.outcome === "applied"
      ? [r.outcome, r.command, r.events.map((e) => e.type)]
      : r.outcome === "linked"
        ? [r.outcome]
        : [r.outcome, r.reason, r.rejection?.code ?? null],
  );

describe.each(databaseTargets)("platform facts on cases ($name)", (target) => {
  let t: TestDatabase;
  let tenantId: string;
  const clock = manualClock("2026-11-20T09:00:00.000Z");
  let orders: OrderSource;
  let reads: string[];

  beforeAll(async () => {
    t = await target.open();
  });
  afterAll(() => t.drop());
  beforeEach(async () => {
    tenantId = (await createTenant(t.db, { slug: `s-${newId("t")}`.toLowerCase(), name: "Store" })).id;
    reads = [];
    const source = fixedOrderSource([anna]);
    orders = {
      ...source,
      getOrder: async (id) => {
        reads.push(id);
        return source.getOrder(id);
      },
    };
    clock.set("2026-11-20T09:00:00.000Z");
  });

  const apply = (facts: PlatformFactInput[]) => applyPlatformFacts(t.db, tenantId, facts, { clock, orders });

  async function staffCase(commands: CaseCommandInput[]): Promise<string> {
    const caseId = newId("cas");
    const all = [
      {
        type: "open_case",
        kind: "return",
        order: { id: anna.id, number: anna.number },
        customer: { id: "c1", email: "anna@example.de" },
        lines: [{ lineId: "L1", quantity: 2, reason: "size", resolution: "refund" }],
      },
      ...commands,
    ] as CaseCommandInput[];
    for (const command of all) {
      const done = await t.db.transaction((tx) =>
        applyCaseCommand(tx, {
          tenantId,
          caseId,
          command,
          actor: command.type === "open_case" ? { type: "customer" } : { type: "staff", id: "agent-1" },
          now: "2026-11-19T10:00:00.000Z",
          fresh: command.type === "open_case",
        }),
      );
      expect(done.ok).toBe(true);
    }
    return caseId;
  }

  it("opens a return case for a return opened on the platform, on the platform channel, linked to it", async () => {
    const results = await apply([opened()]);
    expect(summary(results)).toEqual([["applied", "open_case", ["case_opened"]]]);
    const caseId = (results[0] as { caseId: string }).caseId;
    const found = await loadCase(t.db, tenantId, caseId);
    expect(found?.state).toMatchObject({
      kind: "return",
      status: "submitted",
      channel: "platform",
      order: { id: "o-1001", number: "#1001" },
      customer: { id: "c1", email: "anna@example.de", name: "Anna", country: "DE" },
      subject: "Return #1001-R1 opened on shopify",
      lines: [
        { lineId: "L1", quantity: 1, reason: "size_too_small", resolution: "refund", note: "Too tight" },
      ],
      tags: ["platform:shopify"],
      openedAt: "2026-11-20T09:00:00.000Z",
    });
    expect(found?.events[0]?.actor).toEqual({ type: "platform", id: "shopify" });
    expect(reads).toEqual(["o-1001"]);
    expect(await findCaseForPlatformReturn(t.db, tenantId, "shopify", RETURN_ID)).toBe(caseId);
    // The same write path as staff commands: projection row and an outbox row for notifications.
    const projection = await t.db.query<{ status: string; channel: string; version: number }>(
      "SELECT status, channel, version FROM cases WHERE tenant_id = $1 AND id = $2",
      [tenantId, caseId],
    );
    expect(projection.rows).toEqual([{ status: "submitted", channel: "platform", version: 1 }]);
    const outbox = await t.db.query<{ payload: unknown }>(
      "SELECT payload FROM outbox WHERE tenant_id = $1 AND topic = 'case_events'",
      [tenantId],
    );
    expect(outbox.rows.map((r) => r.payload)).toEqual([{ caseId, seqs: [1] }]);
  });

  it("opens an exchange when the shopper asked for other goods, using the order carried by the fact", async () => {
    const results = await apply([opened({ exchange: true, order: anna } as Partial<PlatformFactInput>)]);
    const caseId = (results[0] as { caseId: string }).caseId;
    const found = await loadCase(t.db, tenantId, caseId);
    expect(found?.state.kind).toBe("exchange");
    expect(found?.state.lines[0]?.resolution).toBe("exchange");
    expect(reads).toEqual([]);
  });

  it("opens one case when the same return is reported twice (a repeat or our own return echoed back)", async () => {
    const first = await apply([opened()]);
    const again = await apply([opened()]);
    expect(summary(again)).toEqual([["ignored", "already_linked", null]]);
    expect((again[0] as { caseId: string }).caseId).toBe((first[0] as { caseId: string }).caseId);
    const count = await t.db.query("SELECT id FROM cases WHERE tenant_id = $1", [tenantId]);
    expect(count.rows).toHaveLength(1);
  });

  it("links the shopper's open return case asking for the same lines instead of opening another", async () => {
    const caseId = await staffCase([]);
    const results = await apply([opened()]);
    expect(results).toEqual([expect.objectContaining({ outcome: "linked", fact: "return_opened", caseId })]);
    expect(await findCaseForPlatformReturn(t.db, tenantId, "shopify", RETURN_ID)).toBe(caseId);
    const count = await t.db.query("SELECT id FROM cases WHERE tenant_id = $1", [tenantId]);
    expect(count.rows).toHaveLength(1);
    expect(reads).toEqual([]);
  });

  it("says the order is unavailable (and retryable) when the order source is down", async () => {
    const results = await applyPlatformFacts(t.db, tenantId, [opened()], {
      clock,
      orders: {
        platform: "test",
        getOrder: async () => ({ ok: false, reason: "unavailable", retryable: true, message: "503" }),
        findOrder: async () => ({ ok: false, reason: "unavailable" }),
      },
    });
    expect(results).toEqual([
      {
        outcome: "ignored",
        fact: "return_opened",
        reason: "order_unavailable",
        message: "Order o-1001: unavailable (503)",
        retryable: true,
      },
    ]);
  });

  it("approves the linked case as the platform, and ignores a second approval with core's reason", async () => {
    const [open] = await apply([opened()]);
    const caseId = (open as { caseId: string }).caseId;
    clock.set("2026-11-20T10:30:00.000Z");
    const approved = await apply([{ type: "return_approved", platform: "shopify", returnId: RETURN_ID }]);
    expect(summary(approved)).toEqual([["applied", "approve_return", ["return_approved"]]]);
    const again = await apply([{ type: "return_approved", platform: "shopify", returnId: RETURN_ID }]);
    expect(summary(again)).toEqual([["ignored", "rejected", "already_approved"]]);
    const found = await loadCase(t.db, tenantId, caseId);
    expect(found?.state).toMatchObject({
      status: "in_progress",
      itemProgress: "awaiting_shipment",
      approvedLines: null,
      version: 2,
    });
    expect(found?.events[1]).toMatchObject({
      type: "return_approved",
      at: "2026-11-20T10:30:00.000Z",
      actor: { type: "platform", id: "shopify" },
    });
  });

  it("declines the linked case with our reason code and the platform's note", async () => {
    const [open] = await apply([opened()]);
    const caseId = (open as { caseId: string }).caseId;
    const declined = await apply([
      {
        type: "return_declined",
        platform: "shopify",
        returnId: RETURN_ID,
        reasonCode: "final_sale",
        message: "Sale items cannot be returned",
      },
    ]);
    expect(summary(declined)).toEqual([["applied", "decline_return", ["return_declined"]]]);
    const found = await loadCase(t.db, tenantId, caseId);
    expect(found?.state).toMatchObject({
      status: "declined",
      declineReason: { reasonCode: "final_sale", message: "Sale items cannot be returned" },
    });
  });

  it("cannot cancel, close or reopen as the platform (core: shopper or staff), so it leaves staff a note", async () => {
    const [open] = await apply([opened()]);
    const caseId = (open as { caseId: string }).caseId;
    const cancelled = await apply([
      { type: "return_cancelled", platform: "shopify", returnId: RETURN_ID, name: "#1001-R1" },
    ]);
    expect(summary(cancelled)).toEqual([
      ["ignored", "rejected", "forbidden"],
      ["applied", "add_note", ["note_added"]],
    ]);
    const found = await loadCase(t.db, tenantId, caseId);
    expect(found?.state.status).toBe("submitted");
    expect(found?.events[1]).toMatchObject({
      type: "note_added",
      visibility: "internal",
      actor: { type: "system" },
      data: {
        body: "The return #1001-R1 on shopify was cancelled there. Cancel this case too if the shopper withdrew.",
      },
    });
    const closed = await apply([{ type: "return_closed", platform: "shopify", returnId: RETURN_ID }]);
    expect(summary(closed)).toEqual([
      ["ignored", "rejected", "forbidden"],
      ["applied", "add_note", ["note_added"]],
    ]);
  });

  it("ignores return changes for a return no case follows", async () => {
    const results = await apply([
      { type: "return_approved", platform: "shopify", returnId: "gid://shopify/Return/1" },
    ]);
    expect(results).toEqual([
      {
        outcome: "ignored",
        fact: "return_approved",
        reason: "no_linked_case",
        message: "No case follows return gid://shopify/Return/1 on shopify",
      },
    ]);
  });

  it("notes an order status change on each open case of the order once, and says when none is open", async () => {
    const status: PlatformFactInput = {
      type: "order_status_changed",
      platform: "woocommerce",
      orderId: anna.id,
      status: "cancelled",
      message: "WooCommerce order #1001 was cancelled there.",
    };
    expect(summary(await apply([status]))).toEqual([["ignored", "no_open_case", null]]);
    const caseId = await staffCase([]);
    expect(summary(await apply([status]))).toEqual([["applied", "add_note", ["note_added"]]]);
    expect(summary(await apply([status]))).toEqual([["ignored", "already_noted", null]]);
    const notes = (await loadCase(t.db, tenantId, caseId))?.events.filter((e) => e.type === "note_added");
    expect(notes?.map((e) => [e.actor, e.data])).toEqual([
      [{ type: "system" }, { body: "WooCommerce order #1001 was cancelled there." }],
    ]);
  });

  it("records a platform refund once with the exact amount, even when reported again", async () => {
    const caseId = await staffCase([
      { type: "acknowledge" },
      { type: "start_investigation" },
    ] as CaseCommandInput[]);
    const refund: PlatformFactInput = {
      type: "refund_created",
      platform: "shopify",
      refundId: "gid://shopify/Refund/929361463",
      orderId: anna.id,
      amount: { amount: 4990, currency: "EUR" },
    };
    const first = await apply([refund]);
    expect(summary(first)).toEqual([["applied", "record_refund", ["refund_issued"]]]);
    const again = await apply([refund]);
    expect(again).toEqual([
      {
        outcome: "ignored",
        fact: "refund_created",
        reason: "already_recorded",
        caseId,
        message: `Refund gid://shopify/Refund/929361463 is already recorded on case ${caseId}`,
      },
    ]);
    const found = await loadCase(t.db, tenantId, caseId);
    expect(found?.state.refunds).toEqual([
      {
        amount: { amount: 4990, currency: "EUR" },
        method: "original_payment",
        platformRefundId: "gid://shopify/Refund/929361463",
      },
    ]);
  });

  it("records two deliveries of one refund arriving at once only once", async () => {
    await staffCase([{ type: "acknowledge" }, { type: "start_investigation" }] as CaseCommandInput[]);
    const refund: PlatformFactInput = {
      type: "refund_created",
      platform: "shopify",
      refundId: "gid://shopify/Refund/77",
      orderId: anna.id,
      amount: { amount: 1405, currency: "EUR" },
    };
    const both = await Promise.all([apply([refund]), apply([refund])]);
    expect(
      both
        .flat()
        .map((r) => (r.outcome === "ignored" ? r.reason : r.outcome))
        .sort(),
    ).toEqual(["already_recorded", "applied"]);
    const { rows } = await t.db.query(
      "SELECT seq FROM case_events WHERE tenant_id = $1 AND type = 'refund_issued'",
      [tenantId],
    );
    expect(rows).toHaveLength(1);
  });

  it("puts a refund of a platform return on the case that follows the return", async () => {
    const other = await staffCase([
      { type: "acknowledge" },
      { type: "start_investigation" },
    ] as CaseCommandInput[]);
    const followed = await staffCase([{ type: "approve_return" }] as CaseCommandInput[]);
    await linkPlatformReturn(t.db, {
      tenantId,
      platform: "shopify",
      returnId: RETURN_ID,
      caseId: followed,
      now: "2026-11-19T11:00:00.000Z",
    });
    const results = await apply([
      {
        type: "refund_created",
        platform: "shopify",
        refundId: "gid://shopify/Refund/5",
        orderId: anna.id,
        returnId: RETURN_ID,
        amount: { amount: 4990, currency: "EUR" },
      },
    ]);
    expect(results[0]).toMatchObject({ outcome: "applied", caseId: followed });
    expect((await loadCase(t.db, tenantId, other))?.state.refunds).toEqual([]);
    expect((await loadCase(t.db, tenantId, followed))?.state.itemProgress).toBe("refunded");
  });

  it("leaves a refund to staff when two cases of the order could take it, or none can", async () => {
    const none = await apply([
      {
        type: "refund_created",
        platform: "shopify",
        refundId: "gid://shopify/Refund/6",
        orderId: anna.id,
        amount: { amount: 100, currency: "EUR" },
      },
    ]);
    expect(none[0]).toMatchObject({
      outcome: "ignored",
      reason: "no_case_for_refund",
      message: "Refund gid://shopify/Refund/6: order o-1001 has no case",
    });
    const submitted = await staffCase([]);
    const notYet = await apply([
      {
        type: "refund_created",
        platform: "shopify",
        refundId: "gid://shopify/Refund/6",
        orderId: anna.id,
        amount: { amount: 100, currency: "EUR" },
      },
    ]);
    expect(notYet[0]).toMatchObject({
      outcome: "ignored",
      reason: "no_case_for_refund",
      message: `Refund gid://shopify/Refund/6: no case of order o-1001 records refunds now (${submitted} submitted)`,
    });
    const a = await staffCase([
      { type: "acknowledge" },
      { type: "start_investigation" },
    ] as CaseCommandInput[]);
    const b = await staffCase([
      { type: "acknowledge" },
      { type: "start_investigation" },
    ] as CaseCommandInput[]);
    const two = await apply([
      {
        type: "refund_created",
        platform: "shopify",
        refundId: "gid://shopify/Refund/6",
        orderId: anna.id,
        amount: { amount: 100, currency: "EUR" },
      },
    ]);
    expect(two[0]).toMatchObject({ outcome: "ignored", reason: "ambiguous_case" });
    const message = (two[0] as { message: string }).message;
    expect([`${a}, ${b}`, `${b}, ${a}`].some((ids) => message.includes(`cases ${ids} of order o-1001`))).toBe(
      true,
    );
  });

  it("stores nothing for fulfilment facts and says so; an invalid fact is a value, not an error", async () => {
    const results = await apply([
      {
        type: "order_fulfilled",
        platform: "shopify",
        orderId: anna.id,
        deliveredAt: "2026-11-04T10:00:00.000Z",
      },
      {
        type: "refund_created",
        platform: "shopify",
        refundId: "r",
        orderId: "o",
        amount: { amount: 0, currency: "EUR" },
      },
    ]);
    expect(summary(results)).toEqual([
      ["ignored", "nothing_stored", null],
      ["ignored", "invalid_fact", null],
    ]);
    expect((results[1] as { message: string }).message).toBe("amount: a refund is more than zero");
  });
});
