import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CaseCommandInput } from "@aftersales/core";
import { signWooCommerceWebhook } from "@aftersales/woocommerce-adapter";
import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createTokenSigner } from "../auth/tokens.js";
import { applyCaseCommand, loadCase } from "../cases/service.js";
import { main } from "../cli/main.js";
import { newId } from "../clock.js";
import { createDispatcher } from "../jobs/dispatcher.js";
import { jobHandlers } from "../jobs/handlers.js";
import { logMailer } from "../jobs/mailer.js";
import { createLogger } from "../logger.js";
import { databaseTargets } from "../testing/databases.js";
import { startTestApp, TEST_SECRET, type TestApp } from "../testing/harness.js";
import type { PlatformFactResult } from "./case-sync.js";
import { loadWooCommerceAdapter, wooCommerceServerOptions } from "./woocommerce.js";

const WEBHOOK_SECRET = "wc-webhook-secret-from-settings";
const env = {
  WC_URL: "https://shop.example",
  WC_CONSUMER_KEY: `ck_${"a".repeat(40)}`,
  WC_CONSUMER_SECRET: `cs_${"b".repeat(40)}`,
  WC_WEBHOOK_SECRET: WEBHOOK_SECRET,
  WC_STORE_SLUG: "acme",
  WC_IDENTITY_SECRET: "identity-secret-identity-secret-!!",
};

describe("aftersales serve --platform woocommerce", () => {
  const saved = { ...process.env };
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "aftersales-woo-"));
    process.env.DATA_DIR = dir;
    delete process.env.DATABASE_URL;
    process.env.SECRET = "s".repeat(40);
    vi.spyOn(process.stdout, "write").mockImplementation(() => true);
  });
  afterAll(() => {
    vi.restoreAllMocks();
    process.env = saved;
    rmSync(dir, { recursive: true, force: true });
  });

  it("stops with invalid_config naming WC_URL when it is missing (the CLI exits 1 with the message)", async () => {
    Object.assign(process.env, { ...env, WC_URL: "" });
    const started = main(["serve", "--platform", "woocommerce"]);
    await expect(started).rejects.toMatchObject({ code: "invalid_config" });
    await expect(started).rejects.toThrow(/WC_URL: is required/);
  });

  it("refuses an unknown platform as a usage error", async () => {
    await expect(main(["serve", "--platform", "magento"])).rejects.toMatchObject({ code: "usage" });
  });
});

describe.each(databaseTargets)("WooCommerce webhooks and identities on $name", (target) => {
  let h: TestApp;
  const orderBody = JSON.stringify({
    id: 727,
    date_modified_gmt: "2026-11-23T08:00:00",
    status: "processing",
  });
  const deliver = (body: string, headers: Record<string, string>) =>
    h.app.request("/v1/webhooks/woocommerce", { method: "POST", body, headers });
  const wooHeaders = (deliveryId: string) => ({
    "content-type": "application/json",
    "x-wc-webhook-source": "https://shop.example/",
    "x-wc-webhook-topic": "order.updated",
    "x-wc-webhook-resource": "order",
    "x-wc-webhook-event": "updated",
    "x-wc-webhook-id": "142",
    "x-wc-webhook-delivery-id": deliveryId,
  });
  const inbox = async () =>
    (await h.t.db.query<{ n: number }>("SELECT count(*)::int AS n FROM webhook_inbox")).rows[0]!.n;

  beforeAll(async () => {
    const adapter = await loadWooCommerceAdapter();
    h = await startTestApp(target, { overrides: wooCommerceServerOptions(adapter, env) });
  });
  afterAll(() => h.t.drop());

  it("answers 401 with an empty body and stores nothing for a bad signature", async () => {
    const res = await deliver(orderBody, { ...wooHeaders("d-bad"), "x-wc-webhook-signature": "bm9wZQ==" });
    expect(res.status).toBe(401);
    expect(await res.text()).toBe("");
    expect(await inbox()).toBe(0);
  });

  it("answers the unsigned ping with exactly 200 and an empty body", async () => {
    const res = await deliver("webhook_id=142", { "content-type": "application/x-www-form-urlencoded" });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe("");
    expect(await inbox()).toBe(0);
  });

  it("stores a signed event once, however often WooCommerce retries it", async () => {
    const headers = {
      ...wooHeaders("d-1"),
      "x-wc-webhook-signature": signWooCommerceWebhook(orderBody, WEBHOOK_SECRET),
    };
    for (let i = 0; i < 2; i++) {
      const res = await deliver(orderBody, headers);
      expect(res.status).toBe(200);
      expect(await res.text()).toBe("");
    }
    const { rows } = await h.t.db.query<{ platform: string; delivery_id: string; topic: string }>(
      "SELECT platform, delivery_id, topic FROM webhook_inbox",
    );
    expect(rows).toEqual([{ platform: "woocommerce", delivery_id: "d-1", topic: "order.updated" }]);
  });

  it("refuses an identity token that does not verify with 401 order_not_verified", async () => {
    const res = await h.call("POST", "/v1/stores/acme/sessions", { body: { identityToken: "not.a.token" } });
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ type: "order_not_verified" });
  });

  it("offers the shop's capabilities to staff of its store only", async () => {
    const me = await h.call("GET", "/v1/staff/me", { headers: { authorization: `Bearer ${h.keys.agent}` } });
    expect(await me.json()).toMatchObject({
      platform: "woocommerce",
      capabilities: { refunds: true, coupons: true },
    });
    const other = await h.call("GET", "/v1/staff/me", { headers: { authorization: `Bearer ${h.otherKey}` } });
    expect(await other.json()).toMatchObject({ platform: null, capabilities: { refunds: false } });
  });
});

// WooCommerce at the network edge: the shop's REST API answers only what a test sets up; any
// other request fails the test that made it.
const unexpected: string[] = [];
const shop = setupServer(
  http.all("*", ({ request }) => {
    unexpected.push(`${request.method} ${request.url}`);
    return HttpResponse.json({ code: "rest_no_route" }, { status: 404 });
  }),
);
beforeAll(() => shop.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  shop.resetHandlers();
  expect(unexpected.splice(0), "requests WooCommerce was not expected to get").toEqual([]);
});
afterAll(() => shop.close());

const API = "https://shop.example/wp-json/wc/v3";

/**
 * The order of an `order.updated` delivery: the documented REST API v3 Order resource (order 727
 * of the docs), in euros, with the refunds summary as WooCommerce writes it (negative totals).
 */
function orderBody(id: number, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    id,
    parent_id: 0,
    number: String(id),
    order_key: "wc_order_58d2d042d1d",
    created_via: "checkout",
    version: "9.4.0",
    status: "processing",
    currency: "EUR",
    date_created: "2026-11-20T10:28:02",
    date_created_gmt: "2026-11-20T09:28:02",
    date_modified: "2026-11-23T09:28:08",
    date_modified_gmt: "2026-11-23T08:28:08",
    total: "54.00",
    customer_id: 0,
    billing: { first_name: "Anna", last_name: "Schmidt", email: "anna@example.de", country: "DE" },
    payment_method: "bacs",
    date_completed_gmt: null,
    line_items: [
      {
        id: 315,
        name: "Woo Single #1",
        product_id: 93,
        variation_id: 0,
        quantity: 2,
        subtotal: "50.00",
        subtotal_tax: "0.00",
        total: "50.00",
        total_tax: "0.00",
        taxes: [],
        meta_data: [],
      },
    ],
    shipping_lines: [],
    meta_data: [],
    refunds: [],
    ...extra,
  });
}

/** A refund as `GET /orders/<id>/refunds` answers it (the documented example, our values). */
function refundResource(id: number, amount: string, createdGmt: string, ours = false) {
  return {
    id,
    date_created: createdGmt,
    date_created_gmt: createdGmt,
    amount,
    reason: "",
    refunded_by: 1,
    refunded_payment: false,
    meta_data: ours ? [{ id: 9001, key: "aftersales_idempotency_key", value: "case:cas_x:key:k1" }] : [],
    line_items: [],
  };
}

describe.each(databaseTargets)("WooCommerce webhooks change cases on $name", (target) => {
  let h: TestApp;
  let options: ReturnType<typeof wooCommerceServerOptions>;
  const results: PlatformFactResult[][] = [];

  beforeAll(async () => {
    const adapter = await loadWooCommerceAdapter();
    // The case sync reads the test's manual clock (set up by startTestApp right after).
    const clock = { now: () => h.clock.now() };
    options = wooCommerceServerOptions(adapter, env, {
      clock,
      onResults: (_event, _mapping, r) => results.push(r),
    });
    h = await startTestApp(target, { overrides: options });
  });
  afterAll(() => h.t.drop());

  const deliver = (body: string, deliveryId: string) =>
    h.app.request("/v1/webhooks/woocommerce", {
      method: "POST",
      body,
      headers: {
        "content-type": "application/json",
        "x-wc-webhook-source": "https://shop.example/",
        "x-wc-webhook-topic": "order.updated",
        "x-wc-webhook-resource": "order",
        "x-wc-webhook-event": "updated",
        "x-wc-webhook-id": "142",
        "x-wc-webhook-delivery-id": deliveryId,
        "x-wc-webhook-signature": signWooCommerceWebhook(body, WEBHOOK_SECRET),
      },
    });

  const runJobs = () =>
    createDispatcher({
      db: h.t.db,
      clock: h.clock,
      logger: createLogger("silent"),
      handlers: jobHandlers({
        clock: h.clock,
        mailer: logMailer(createLogger("silent")),
        tokens: createTokenSigner(TEST_SECRET),
        publicUrl: "http://x",
        onPlatformEvent: options.onPlatformEvent,
      }),
    }).runOnce();

  /** A return case of the order that staff are investigating (refunds can be recorded on it). */
  async function investigatedCase(orderId: string): Promise<string> {
    const caseId = newId("cas");
    const commands = [
      {
        type: "open_case",
        kind: "return",
        order: { id: orderId, number: orderId },
        customer: { id: "c1", email: "anna@example.de" },
        lines: [{ lineId: "315", quantity: 1, reason: "size", resolution: "refund" }],
      },
      { type: "acknowledge" },
      { type: "start_investigation" },
    ] as CaseCommandInput[];
    for (const command of commands) {
      const done = await h.t.db.transaction((tx) =>
        applyCaseCommand(tx, {
          tenantId: h.tenant.id,
          caseId,
          command,
          actor: command.type === "open_case" ? { type: "customer" } : { type: "staff", id: "agent-1" },
          now: "2026-11-23T08:00:00.000Z",
          fresh: command.type === "open_case",
        }),
      );
      expect(done).toMatchObject({ ok: true });
    }
    return caseId;
  }

  const refundsOf = async (caseId: string) =>
    (await loadCase(h.t.db, h.tenant.id, caseId))!.events
      .filter((e) => e.type === "refund_issued")
      .map((e) => ({ actor: e.actor, data: e.data }));

  const unprocessed = async () =>
    (
      await h.t.db.query<{ delivery_id: string }>(
        "SELECT delivery_id FROM webhook_inbox WHERE tenant_id = $1 AND processed_at IS NULL ORDER BY delivery_id",
        [h.tenant.id],
      )
    ).rows.map((r) => r.delivery_id);

  it("records a refund made in the WooCommerce admin once on the open case, in exact cents, however often it is delivered", async () => {
    h.clock.set("2026-11-23T09:00:00.000Z");
    const caseId = await investigatedCase("801");
    shop.use(
      http.get(`${API}/orders/801/refunds`, () =>
        HttpResponse.json([
          refundResource(9801, "12.50", "2026-11-23T08:28:07"),
          // Made two days before the shopper opened the case: it settled something else.
          refundResource(9800, "5.00", "2026-11-21T10:00:00"),
        ]),
      ),
    );
    const body = orderBody(801, {
      refunds: [
        { id: 9801, reason: "Damaged in transit", total: "-12.50" },
        { id: 9800, reason: "Shipping fee", total: "-5.00" },
      ],
    });
    for (let i = 0; i < 2; i++) expect((await deliver(body, "w-801-1")).status).toBe(200);
    results.length = 0;
    await runJobs();
    expect(await refundsOf(caseId)).toEqual([
      {
        actor: { type: "platform", id: "woocommerce" },
        data: { amount: { amount: 1250, currency: "EUR" }, method: "manual", platformRefundId: "9801" },
      },
    ]);
    expect(results.map((r) => r.map((x) => x.outcome))).toEqual([["applied"]]);

    // A later update of the order (a note, a status) repeats the refunds summary: nothing new,
    // and WooCommerce is not asked again.
    expect((await deliver(body, "w-801-2")).status).toBe(200);
    results.length = 0;
    await runJobs();
    expect(await refundsOf(caseId)).toHaveLength(1);
    expect(results).toEqual([
      [expect.objectContaining({ outcome: "ignored", reason: "already_recorded", caseId })],
    ]);
    expect(await unprocessed()).toEqual([]);
  });

  it("asks WooCommerce nothing and records nothing for refunds of an order without a case", async () => {
    h.clock.set("2026-11-23T09:00:00.000Z");
    const body = orderBody(806, { status: "refunded", refunds: [{ id: 9806, reason: "", total: "-54.00" }] });
    expect((await deliver(body, "w-806-1")).status).toBe(200);
    results.length = 0;
    await runJobs();
    expect(results).toEqual([
      [
        expect.objectContaining({ outcome: "ignored", reason: "no_case_for_refund" }),
        expect.objectContaining({ outcome: "ignored", reason: "no_open_case" }),
      ],
    ]);
    expect(await unprocessed()).toEqual([]);
  });

  it("does not record again a refund our staff action made and recorded when WooCommerce echoes it", async () => {
    h.clock.set("2026-11-23T09:00:00.000Z");
    const caseId = await investigatedCase("802");
    // What POST /v1/staff/cases/{id}/actions records after WooCommerce made refund 9802.
    await h.t.db.transaction((tx) =>
      applyCaseCommand(tx, {
        tenantId: h.tenant.id,
        caseId,
        command: {
          type: "record_refund",
          amount: { amount: 2000, currency: "EUR" },
          method: "manual",
          platformRefundId: "9802",
        } as CaseCommandInput,
        actor: { type: "staff", id: "agent-1" },
        now: "2026-11-23T08:59:00.000Z",
      }),
    );
    const body = orderBody(802, { refunds: [{ id: 9802, reason: "", total: "-20.00" }] });
    expect((await deliver(body, "w-802-1")).status).toBe(200);
    await runJobs();
    expect((await refundsOf(caseId)).map((r) => r.actor)).toEqual([{ type: "staff", id: "agent-1" }]);
    expect(await unprocessed()).toEqual([]);
  });

  it("records a staff refund through the action once, even when WooCommerce delivers its webhook before answering", async () => {
    h.clock.set("2026-11-23T09:00:00.000Z");
    const caseId = await investigatedCase("807");
    let made: ReturnType<typeof refundResource> | undefined;
    shop.use(
      http.get(`${API}/orders/807`, () => HttpResponse.json(JSON.parse(orderBody(807)))),
      http.get(`${API}/orders/807/refunds`, () => HttpResponse.json(made ? [made] : [])),
      http.post(`${API}/orders/807/refunds`, async ({ request }) => {
        const asked = (await request.json()) as {
          amount: string;
          meta_data: { key: string; value: string }[];
        };
        made = {
          ...refundResource(9807, asked.amount, "2026-11-23T09:00:00"),
          meta_data: asked.meta_data.map((m, i) => ({ id: 9100 + i, ...m })),
        };
        // A shop that delivers webhooks synchronously sends order.updated before answering.
        const echo = orderBody(807, { refunds: [{ id: 9807, reason: "", total: `-${asked.amount}` }] });
        expect((await deliver(echo, "w-807-1")).status).toBe(200);
        await runJobs();
        return HttpResponse.json(made, { status: 201 });
      }),
    );
    const res = await h.call("POST", `/v1/staff/cases/${caseId}/actions`, {
      headers: { authorization: `Bearer ${h.keys.agent}` },
      body: {
        type: "refund",
        amount: { amount: 2000, currency: "EUR" },
        lines: [{ lineId: "315", quantity: 1, amount: { amount: 2000, currency: "EUR" } }],
      },
    });
    expect(res.status).toBe(200);
    expect(await unprocessed()).toEqual(["w-807-1"]);
    h.clock.advance(30_000);
    await runJobs();
    expect(await refundsOf(caseId)).toEqual([
      {
        actor: { type: "staff", id: "agent-1" },
        data: { amount: { amount: 2000, currency: "EUR" }, method: "manual", platformRefundId: "9807" },
      },
    ]);
    expect(await unprocessed()).toEqual([]);
  });

  it("leaves a refund our action made but has not recorded yet to that action, then finds it recorded", async () => {
    h.clock.set("2026-11-23T09:00:00.000Z");
    const caseId = await investigatedCase("803");
    shop.use(
      http.get(`${API}/orders/803/refunds`, () =>
        HttpResponse.json([refundResource(9803, "7.25", "2026-11-23T08:59:59", true)]),
      ),
    );
    const body = orderBody(803, { refunds: [{ id: 9803, reason: "", total: "-7.25" }] });
    expect((await deliver(body, "w-803-1")).status).toBe(200);
    await runJobs();
    expect(await refundsOf(caseId)).toEqual([]);
    expect(await unprocessed()).toEqual(["w-803-1"]);

    // The action writes its result; the delivery's next attempt (30 s later) finds it there.
    await h.t.db.transaction((tx) =>
      applyCaseCommand(tx, {
        tenantId: h.tenant.id,
        caseId,
        command: {
          type: "record_refund",
          amount: { amount: 725, currency: "EUR" },
          method: "manual",
          platformRefundId: "9803",
        } as CaseCommandInput,
        actor: { type: "staff", id: "agent-1" },
        now: "2026-11-23T09:00:01.000Z",
      }),
    );
    h.clock.advance(30_000);
    await runJobs();
    expect((await refundsOf(caseId)).map((r) => r.data)).toEqual([
      { amount: { amount: 725, currency: "EUR" }, method: "manual", platformRefundId: "9803" },
    ]);
    expect(await unprocessed()).toEqual([]);
  });

  it("records our own refund from the webhook when its action never did within ten minutes", async () => {
    h.clock.set("2026-11-23T10:00:00.000Z");
    const caseId = await investigatedCase("804");
    shop.use(
      http.get(`${API}/orders/804/refunds`, () =>
        HttpResponse.json([refundResource(9804, "3.10", "2026-11-23T09:49:59", true)]),
      ),
    );
    const body = orderBody(804, { refunds: [{ id: 9804, reason: "", total: "-3.10" }] });
    expect((await deliver(body, "w-804-1")).status).toBe(200);
    await runJobs();
    expect((await refundsOf(caseId)).map((r) => r.data)).toEqual([
      { amount: { amount: 310, currency: "EUR" }, method: "manual", platformRefundId: "9804" },
    ]);
  });

  it("tells staff on the open case, once, that the order was cancelled in WooCommerce", async () => {
    h.clock.set("2026-11-23T11:00:00.000Z");
    const caseId = await investigatedCase("805");
    const body = orderBody(805, { status: "cancelled" });
    expect((await deliver(body, "w-805-1")).status).toBe(200);
    expect((await deliver(body, "w-805-2")).status).toBe(200);
    await runJobs();
    const notes = (await loadCase(h.t.db, h.tenant.id, caseId))!.events
      .filter((e) => e.type === "note_added")
      .map((e) => ({ actor: e.actor, data: e.data, at: e.at }));
    expect(notes).toEqual([
      {
        actor: { type: "system" },
        data: {
          body: "WooCommerce order #805 was cancelled there. Cancel this case too if nothing is left to do for the shopper.",
        },
        at: "2026-11-23T11:00:00.000Z",
      },
    ]);
    expect(await unprocessed()).toEqual([]);
  });
});
