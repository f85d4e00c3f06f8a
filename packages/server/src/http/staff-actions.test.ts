import {
  type ActionCapabilities,
  type ActionFailure,
  type AfterSalesActions,
  actionFailure,
  unsupportedAction,
} from "@aftersales/core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { databaseTargets } from "../testing/databases.js";
import { startTestApp, type TestApp } from "../testing/harness.js";
import { NO_CAPABILITIES } from "./routes/staff-actions.js";

const capabilities: ActionCapabilities = {
  platformReturns: false,
  refunds: true,
  refundsToOriginalPayment: true,
  storeCredit: false,
  coupons: true,
  orderNotes: true,
  restock: false,
  orderStatus: true,
};

/** A platform that answers from a script and remembers every call. */
function scriptedActions() {
  const calls: { method: string; request: Record<string, unknown> }[] = [];
  const replays = new Map<string, unknown>();
  let next: ActionFailure | null = null;
  let counter = 0;
  const run = async <T>(method: string, request: object, result: () => T): Promise<T | ActionFailure> => {
    calls.push({ method, request: request as Record<string, unknown> });
    if (next) {
      const failure = next;
      next = null;
      return failure;
    }
    const key = `${method}:${(request as { idempotencyKey: string }).idempotencyKey}`;
    if (!replays.has(key)) replays.set(key, result());
    return replays.get(key) as T;
  };
  const actions: AfterSalesActions = {
    platform: "scripted",
    capabilities,
    createReturn: async () => unsupportedAction("platformReturns"),
    approveReturn: async () => unsupportedAction("platformReturns"),
    declineReturn: async () => unsupportedAction("platformReturns"),
    refund: (r) =>
      run("refund", r, () => ({ ok: true as const, refundId: `re_${++counter}`, amount: r.amount! })),
    issueStoreCredit: async () => unsupportedAction("storeCredit"),
    issueCoupon: (r) =>
      run("issueCoupon", r, () => ({ ok: true as const, couponId: "cp1", code: "SORRY-10" })),
    addOrderNote: (r) => run("addOrderNote", r, () => ({ ok: true as const, noteId: "n1" })),
  };
  return {
    actions,
    calls,
    failNext(failure: ActionFailure) {
      next = failure;
    },
  };
}

describe.each(databaseTargets)("staff platform actions on $name", (target) => {
  let h: TestApp;
  let bare: TestApp;
  let platform: ReturnType<typeof scriptedActions>;
  let token: string;
  let caseCount = 0;
  const staff = { authorization: `Bearer ` };
  const headers = (extra: Record<string, string> = {}) => ({ ...staff, ...extra });
  const act = (id: string, body: Record<string, unknown>, extra: Record<string, string> = {}) =>
    h.call("POST", `/v1/staff/cases/${id}/actions`, { body, headers: headers(extra) });

  /** A complaint under investigation (where refunds and coupons may be recorded). */
  const investigatedCase = async () => {
    const res = await h.call("POST", "/v1/cases", {
      body: { kind: "complaint", category: "delivery_damage", description: "The box was crushed" },
      headers: { authorization: `Bearer ${token}`, "idempotency-key": `act-${++caseCount}` },
    });
    const { id } = (await res.json()) as { id: string };
    for (const command of [
      { type: "acknowledge" },
      { type: "assign", assigneeId: "agent-1" },
      { type: "start_investigation" },
    ]) {
      const done = await h.call("POST", `/v1/staff/cases/${id}/commands`, {
        body: command,
        headers: headers(),
      });
      expect(done.status).toBe(200);
    }
    return id;
  };

  beforeAll(async () => {
    platform = scriptedActions();
    h = await startTestApp(target, { overrides: { actions: () => platform.actions } });
    bare = await startTestApp(target);
    staff.authorization = `Bearer ${h.keys.agent}`;
    token = await h.session();
  });
  beforeEach(() => {
    platform.calls.length = 0;
  });
  afterAll(async () => {
    await h.t.drop();
    await bare.t.drop();
  });

  it("GET /v1/staff/me names the key's staff member, store and the platform's capabilities", async () => {
    const res = await h.call("GET", "/v1/staff/me", { headers: headers() });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      staffId: "agent-1",
      role: "agent",
      store: { slug: "acme", name: "Acme Apparel", timeZone: "Europe/Berlin", locale: "en" },
      platform: "scripted",
      capabilities,
    });
    const none = await bare.call("GET", "/v1/staff/me", {
      headers: { authorization: `Bearer ${bare.keys.admin}` },
    });
    expect(await none.json()).toMatchObject({ role: "admin", platform: null, capabilities: NO_CAPABILITIES });
    expect((await h.call("GET", "/v1/staff/me")).status).toBe(401);
  });

  it("refunds on the platform with a key derived from the case and version, and records refund_issued", async () => {
    const id = await investigatedCase();
    const res = await act(id, {
      type: "refund",
      amount: { amount: 1500, currency: "EUR" },
      note: "Crushed box",
    });
    expect(res.status).toBe(200);
    const view = (await res.json()) as { events: { type: string; data: unknown }[]; version: number };
    expect(view.events.at(-1)).toMatchObject({
      type: "refund_issued",
      data: {
        amount: { amount: 1500, currency: "EUR" },
        method: "original_payment",
        platformRefundId: "re_1",
      },
    });
    expect(platform.calls).toEqual([
      {
        method: "refund",
        request: {
          orderId: "o-1001",
          amount: { amount: 1500, currency: "EUR" },
          lines: [],
          restock: false,
          note: "Crushed box",
          notifyCustomer: false,
          idempotencyKey: `case:${id}:v4:refund`,
        },
      },
    ]);
  });

  it("shows the shopper refunds with their amount, coupons with their code, and ratings with their score", async () => {
    const id = await investigatedCase();
    expect((await act(id, { type: "refund", amount: { amount: 700, currency: "EUR" } })).status).toBe(200);
    expect((await act(id, { type: "coupon", percent: 10 })).status).toBe(200);
    const res = await h.call("GET", `/v1/cases/${id}`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    const { timeline } = (await res.json()) as {
      timeline: { type: string; data: Record<string, unknown> }[];
    };
    expect(timeline.find((e) => e.type === "refund_issued")?.data.amount).toEqual({
      amount: 700,
      currency: "EUR",
    });
    expect(timeline.find((e) => e.type === "coupon_issued")?.data.code).toBe("SORRY-10");
  });

  it("replays a repeat under the same Idempotency-Key without calling the platform again", async () => {
    const id = await investigatedCase();
    const body = { type: "coupon", percent: 10 };
    const first = await act(id, body, { "idempotency-key": "k-coupon" });
    expect(first.status).toBe(200);
    const firstText = await first.text();
    expect(JSON.parse(firstText).events.at(-1)).toMatchObject({
      type: "coupon_issued",
      data: { code: "SORRY-10", percent: 10 },
    });
    const again = await act(id, body, { "idempotency-key": "k-coupon" });
    expect(again.status).toBe(200);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(await again.text()).toBe(firstText);
    expect(platform.calls).toHaveLength(1);
    expect(platform.calls[0]!.request).toMatchObject({
      customerEmail: "anna@example.de",
      idempotencyKey: `case:${id}:key:k-coupon`,
    });
    const reused = await act(id, { type: "coupon", percent: 20 }, { "idempotency-key": "k-coupon" });
    expect(reused.status).toBe(409);
    expect(await reused.json()).toMatchObject({ type: "idempotency_key_reused" });
  });

  it("writes an order note and records it as an internal note", async () => {
    const id = await investigatedCase();
    const res = await act(id, { type: "order_note", body: "Replacement sent", customerVisible: true });
    expect(res.status).toBe(200);
    const view = (await res.json()) as { events: { type: string; data: unknown; visibility: string }[] };
    expect(view.events.at(-1)).toMatchObject({
      type: "note_added",
      visibility: "internal",
      data: { body: "Order note on the platform (visible to the customer): Replacement sent" },
    });
  });

  it("answers the platform's refusals as typed problems and records nothing", async () => {
    const id = await investigatedCase();
    const versionBefore = async () =>
      (
        (await (await h.call("GET", `/v1/staff/cases/${id}`, { headers: headers() })).json()) as {
          version: number;
        }
      ).version;
    const before = await versionBefore();

    const unsupported = await act(id, { type: "store_credit", amount: { amount: 500, currency: "EUR" } });
    expect(unsupported.status).toBe(422);
    expect(await unsupported.json()).toMatchObject({ type: "action_unsupported", code: "unsupported" });

    platform.failNext(actionFailure("exceeds_refundable", "Only €10.00 left to refund"));
    const refused = await act(id, { type: "refund", amount: { amount: 99_999, currency: "EUR" } });
    expect(refused.status).toBe(422);
    expect(await refused.json()).toMatchObject({
      type: "platform_refused",
      code: "exceeds_refundable",
      retryable: false,
      detail: "Only €10.00 left to refund",
    });

    platform.failNext(actionFailure("platform_error", "HTTP 503 from the shop", { retryable: true }));
    const failed = await act(id, { type: "refund", amount: { amount: 100, currency: "EUR" } });
    expect(failed.status).toBe(502);
    expect(await failed.json()).toMatchObject({
      type: "platform_error",
      code: "platform_error",
      retryable: true,
    });

    expect(await versionBefore()).toBe(before);
  });

  it("asks core before the platform: a refund on a case that cannot take one moves no money", async () => {
    const res = await h.call("POST", "/v1/cases", {
      body: { kind: "inquiry", description: "Where is my parcel?" },
      headers: { authorization: `Bearer ${token}`, "idempotency-key": "act-submitted" },
    });
    const { id } = (await res.json()) as { id: string };
    const refused = await act(id, { type: "refund", amount: { amount: 100, currency: "EUR" } });
    expect(refused.status).toBe(409);
    expect(platform.calls).toEqual([]);
    expect((await act("cas_nope", { type: "coupon", percent: 5 })).status).toBe(404);
  });

  it("answers action_unsupported when no platform is connected", async () => {
    const res = await bare.call("POST", "/v1/cases", {
      body: { kind: "inquiry", description: "Hello" },
      headers: { authorization: `Bearer ${await bare.session()}`, "idempotency-key": "bare-1" },
    });
    const { id } = (await res.json()) as { id: string };
    const note = await bare.call("POST", `/v1/staff/cases/${id}/actions`, {
      body: { type: "order_note", body: "x" },
      headers: { authorization: `Bearer ${bare.keys.agent}` },
    });
    expect(note.status).toBe(422);
    expect(await note.json()).toMatchObject({ type: "action_unsupported" });
  });
});
