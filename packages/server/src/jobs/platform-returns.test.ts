import type { ActionCapabilities, AfterSalesActions, ReturnResult } from "@aftersales/core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTokenSigner } from "../auth/tokens.js";
import { loadCase } from "../cases/service.js";
import { createLogger } from "../logger.js";
import { applyPlatformFacts, findCaseForPlatformReturn } from "../platforms/case-sync.js";
import type { Tenant } from "../storage/tenants.js";
import { databaseTargets } from "../testing/databases.js";
import { bo, fixedOrderSource } from "../testing/fixtures.js";
import { startTestApp, TEST_SECRET, type TestApp } from "../testing/harness.js";
import { createDispatcher, type Dispatcher } from "./dispatcher.js";
import { jobHandlers } from "./handlers.js";
import { logMailer } from "./mailer.js";

const ALL: ActionCapabilities = {
  platformReturns: true,
  refunds: true,
  refundsToOriginalPayment: true,
  storeCredit: false,
  coupons: false,
  orderNotes: false,
  restock: true,
  orderStatus: false,
};

/** Fake platform actions: records every call, answers from `next` (else success, return ids from `first`). */
function fakeActions(first: number) {
  const calls: { method: string; request: Record<string, unknown> }[] = [];
  const next: ReturnResult[] = [];
  let count = first - 1;
  const answer = (method: string, request: object): Promise<ReturnResult> => {
    calls.push({ method, request: request as Record<string, unknown> });
    const given = next.shift();
    if (given) return Promise.resolve(given);
    count += 1;
    const returnId =
      method === "createReturn"
        ? `gid://shopify/Return/${count}`
        : (request as { returnId: string }).returnId;
    return Promise.resolve({ ok: true, returnId, status: method === "declineReturn" ? "declined" : "open" });
  };
  const unsupported = () => Promise.reject(new Error("not used"));
  const actions: AfterSalesActions = {
    platform: "shopify",
    capabilities: ALL,
    createReturn: (r) => answer("createReturn", r),
    approveReturn: (r) => answer("approveReturn", r),
    declineReturn: (r) => answer("declineReturn", r),
    refund: unsupported,
    issueStoreCredit: unsupported,
    issueCoupon: unsupported,
    addOrderNote: unsupported,
  };
  return { actions, calls, next };
}

describe.each(databaseTargets)("platform returns on $name", (target) => {
  let h: TestApp;
  let token: string;
  let dispatcher: Dispatcher;
  let fake: ReturnType<typeof fakeActions>;
  let withActions: (tenant: Tenant) => AfterSalesActions | undefined;
  const drain = async () => {
    let total = 0;
    for (let i = 0; i < 10; i++) {
      const n = await dispatcher.runOnce();
      total += n;
      if (n === 0) break;
    }
    return total;
  };

  beforeAll(async () => {
    h = await startTestApp(target);
    token = await h.session();
    dispatcher = createDispatcher({
      db: h.t.db,
      clock: h.clock,
      logger: createLogger("silent"),
      handlers: jobHandlers({
        clock: h.clock,
        mailer: logMailer(createLogger("silent")),
        tokens: createTokenSigner(TEST_SECRET),
        publicUrl: "https://help.acme.test",
        actions: (tenant) => withActions(tenant),
      }),
      worker: "w1",
    });
  });
  afterAll(() => h.t.drop());
  beforeEach(async () => {
    await drain();
    round += 1;
    fake = fakeActions(round * 100 + 1);
    withActions = (tenant) => (tenant.id === h.tenant.id ? fake.actions : undefined);
  });

  let n = 0;
  let round = 0;
  const rid = (k: number) => `gid://shopify/Return/${round * 100 + k}`;
  const openReturn = async (kind = "return") => {
    n += 1;
    const res = await h.call("POST", "/v1/cases", {
      body: {
        kind,
        lines: [
          { lineId: "L1", quantity: 2, reason: "size", resolution: "refund", note: "Too tight" },
          { lineId: "L2", quantity: 1, reason: "defective", resolution: "refund" },
        ],
        description: "Does not fit",
      },
      headers: { authorization: `Bearer ${token}`, "idempotency-key": `pr-${target.name}-${n}` },
    });
    expect(res.status).toBe(201);
    return ((await res.json()) as { id: string }).id;
  };
  const staff = async (id: string, command: Record<string, unknown>) => {
    const res = await h.call("POST", `/v1/staff/cases/${id}/commands`, {
      body: command,
      headers: { authorization: `Bearer ${h.keys.agent}` },
    });
    expect(res.status).toBe(200);
  };
  const link = (id: string) =>
    h.t.db.query<{ external_id: string }>(
      "SELECT external_id FROM case_platform_links WHERE tenant_id = $1 AND case_id = $2",
      [h.tenant.id, id],
    );
  const notes = async (id: string) =>
    (await loadCase(h.t.db, h.tenant.id, id))!.events
      .filter((e) => e.type === "note_added")
      .map((e) => [e.actor, (e.data as { body: string }).body]);

  it("creates the platform return of a shopper's return once, with the order, lines and reasons, and links it", async () => {
    const id = await openReturn();
    await drain();
    expect(fake.calls).toEqual([
      {
        method: "createReturn",
        request: {
          orderId: "o-1001",
          lines: [
            { lineId: "L1", quantity: 2, reason: "size", note: "Too tight" },
            { lineId: "L2", quantity: 1, reason: "defective" },
          ],
          idempotencyKey: `aftersales:${h.tenant.id}:${id}:1`,
        },
      },
    ]);
    expect((await link(id)).rows).toEqual([{ external_id: rid(1) }]);
    expect(await findCaseForPlatformReturn(h.t.db, h.tenant.id, "shopify", rid(1))).toBe(id);
    // A redelivered message (at-least-once) creates no second return.
    const { rows } = await h.t.db.query<{ id: string }>(
      "SELECT id FROM outbox WHERE tenant_id = $1 AND topic = 'platform_return' AND payload->>'caseId' = $2",
      [h.tenant.id, id],
    );
    expect(rows).toHaveLength(1);
    await h.t.db.query("UPDATE outbox SET delivered_at = NULL WHERE id = $1", [rows[0]!.id]);
    expect(await drain()).toBe(1);
    expect(fake.calls).toHaveLength(1);
    // The echoed platform webhook opens no second case.
    const echoed = await applyPlatformFacts(
      h.t.db,
      h.tenant.id,
      [
        {
          type: "return_opened",
          platform: "shopify",
          returnId: rid(1),
          name: "#1001-R1",
          orderId: "o-1001",
          lines: [{ lineId: "L1", quantity: 2, reason: "size" }],
        },
      ],
      { clock: h.clock, orders: fixedOrderSource([]) },
    );
    expect(echoed).toMatchObject([{ outcome: "ignored", caseId: id }]);
  });

  it("approves the linked platform return when staff approve, and declines it with the mapped reason", async () => {
    const approved = await openReturn("exchange");
    const declined = await openReturn();
    await drain();
    expect(fake.calls.map((c) => c.request.idempotencyKey).sort()).toEqual(
      [`aftersales:${h.tenant.id}:${approved}:1`, `aftersales:${h.tenant.id}:${declined}:1`].sort(),
    );
    const approvedReturn = (await link(approved)).rows[0]!.external_id;
    const declinedReturn = (await link(declined)).rows[0]!.external_id;
    expect([approvedReturn, declinedReturn].sort()).toEqual([rid(1), rid(2)]);
    fake.calls.length = 0;
    await staff(approved, { type: "assign", assigneeId: "agent-1" });
    await staff(approved, { type: "approve_return" });
    await staff(declined, { type: "assign", assigneeId: "agent-1" });
    await staff(declined, {
      type: "decline_return",
      reasonCode: "final_sale",
      message: "Sale items are final.",
    });
    await drain();
    // Messages due at the same time run in any order.
    fake.calls.sort((a, b) => a.method.localeCompare(b.method));
    expect(fake.calls).toEqual([
      {
        method: "approveReturn",
        request: {
          returnId: approvedReturn,
          idempotencyKey: `aftersales:${h.tenant.id}:${approved}:3`,
        },
      },
      {
        method: "declineReturn",
        request: {
          returnId: declinedReturn,
          reason: "final_sale",
          note: "Sale items are final.",
          idempotencyKey: `aftersales:${h.tenant.id}:${declined}:3`,
        },
      },
    ]);
  });

  it("maps an unknown decline reason to other and keeps our code in the note", async () => {
    const id = await openReturn();
    await drain();
    fake.calls.length = 0;
    await staff(id, { type: "assign", assigneeId: "agent-1" });
    await staff(id, { type: "decline_return", reasonCode: "used_item" });
    await drain();
    expect(fake.calls.map((c) => [c.method, c.request.reason, c.request.note])).toEqual([
      ["declineReturn", "other", "Reason: used_item"],
    ]);
  });

  it("leaves the platform's own returns and their echoes alone", async () => {
    const [opened] = await applyPlatformFacts(
      h.t.db,
      h.tenant.id,
      [
        {
          type: "return_opened",
          platform: "shopify",
          returnId: "gid://shopify/Return/77",
          name: "#1002-R7",
          orderId: "o-1002",
          lines: [{ lineId: "L1", quantity: 1, reason: "size" }],
        },
        { type: "return_approved", platform: "shopify", returnId: "gid://shopify/Return/77" },
      ],
      { clock: h.clock, orders: fixedOrderSource([bo]) },
    );
    expect(opened).toMatchObject({ outcome: "applied" });
    await drain();
    expect(fake.calls).toEqual([]);
    const { rows } = await h.t.db.query(
      "SELECT 1 FROM outbox WHERE tenant_id = $1 AND topic = 'platform_return' AND payload->>'caseId' = $2",
      [h.tenant.id, (opened as { caseId: string }).caseId],
    );
    expect(rows).toEqual([]);
  });

  it("notes a refusal on the case and retries a passing failure with backoff", async () => {
    fake.next.push({
      ok: false,
      code: "invalid_request",
      message: "Line L1 has not been fulfilled, so it cannot be returned",
      retryable: false,
    });
    const refused = await openReturn();
    await drain();
    expect(await notes(refused)).toEqual([
      [
        { type: "system" },
        "shopify refused to create the return: Line L1 has not been fulfilled, so it cannot be returned (invalid_request). Please do it in the shopify admin.",
      ],
    ]);
    expect((await link(refused)).rows).toEqual([]);
    const { rows: done } = await h.t.db.query<{ delivered: boolean }>(
      "SELECT delivered_at IS NOT NULL AS delivered FROM outbox WHERE topic = 'platform_return' AND payload->>'caseId' = $1",
      [refused],
    );
    expect(done).toEqual([{ delivered: true }]);

    fake.calls.length = 0;
    fake.next.push({ ok: false, code: "rate_limited", message: "Throttled", retryable: true });
    const later = await openReturn();
    await drain();
    expect(fake.calls).toHaveLength(1);
    expect((await link(later)).rows).toEqual([]);
    const { rows } = await h.t.db.query<{ attempts: number; last_error: string; next_attempt_at: string }>(
      "SELECT attempts, last_error, next_attempt_at FROM outbox WHERE topic = 'platform_return' AND payload->>'caseId' = $1",
      [later],
    );
    expect(rows).toEqual([
      {
        attempts: 1,
        last_error: "shopify createReturn: rate_limited: Throttled",
        next_attempt_at: new Date(h.clock.now() + 30_000).toISOString(),
      },
    ]);
    // Staff approve meanwhile: the approval waits for the return to exist.
    await staff(later, { type: "assign", assigneeId: "agent-1" });
    await staff(later, { type: "approve_return" });
    await drain();
    expect(fake.calls).toHaveLength(1);
    // Both are due again at the same time; whichever runs first, the approval follows the creation.
    h.clock.advance(30_000);
    await drain();
    expect((await link(later)).rows).toEqual([{ external_id: rid(1) }]);
    h.clock.advance(120_000);
    await drain();
    expect(fake.calls.map((c) => c.method).sort()).toEqual(["approveReturn", "createReturn", "createReturn"]);
    expect(fake.calls.find((c) => c.method === "approveReturn")?.request.returnId).toBe(rid(1));
    expect(await notes(later)).toEqual([]);
  });

  it("does nothing for a store without return actions", async () => {
    withActions = () => ({ ...fake.actions, capabilities: { ...ALL, platformReturns: false } });
    const id = await openReturn();
    await drain();
    withActions = () => undefined;
    const other = await openReturn();
    await drain();
    expect(fake.calls).toEqual([]);
    expect((await link(id)).rows).toEqual([]);
    expect((await link(other)).rows).toEqual([]);
  });
});
