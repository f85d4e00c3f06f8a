import {
  createApiKey,
  createServer,
  type Db,
  findCaseForPlatformReturn,
  loadCase,
  manualClock,
  type PlatformFactResult,
} from "@aftersales/server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createShopifyOrderSource } from "../order/order-source.js";
import { createAppProxyHandler } from "../proxy/handler.js";
import { signAppProxyQuery } from "../proxy/signature.js";
import { createShopActions, type ShopGrant } from "../tenancy/shop-actions.js";
import { ensureShopTenant } from "../tenancy/shop-tenant.js";
import { APP_SCOPES, type FakeReturn } from "../testing/fake-admin-api.js";
import { ANNA, seedOrder1001 } from "../testing/fixtures.js";
import { setupFakeShop } from "../testing/msw.js";
import { freshPostgres } from "../testing/postgres.js";
import { createWebhookHandler } from "../webhooks/handler.js";
import { signWebhookBody } from "../webhooks/hmac.js";
import { createShopifyWebhookVerifier } from "../webhooks/verifier.js";
import { createShopifyCaseSync } from "./index.js";
import { refundBody, returnBody } from "./webhook-bodies.js";

const SECRET = "shpss_case_sync_e2e_secret";
const OPENED_AT = "2026-03-01T10:00:00.000Z";
const NOW_MS = Date.parse(OPENED_AT);
const ORDER = "gid://shopify/Order/450789469";
const SHIRT = "gid://shopify/LineItem/466157049";
const TEE = "gid://shopify/LineItem/518995019";
const fake = setupFakeShop();

describe("Shopify webhooks change cases, end to end on PostgreSQL", () => {
  let pgdb: Awaited<ReturnType<typeof freshPostgres>>;
  let db: Db;
  let tenantId: string;
  let tenant: Awaited<ReturnType<typeof ensureShopTenant>>;
  let staffKey: string;
  let api: ReturnType<typeof createServer>;
  let proxy: (request: Request) => Promise<Response>;
  let webhooks: ReturnType<typeof createWebhookHandler>;
  let shopActions: ReturnType<typeof createShopActions>;
  const clock = manualClock(OPENED_AT);
  const pending: Promise<void>[] = [];
  const applied: PlatformFactResult[][] = [];
  const scopeUpdates: [string, string[]][] = [];
  let events = 0;
  /** Errors the handler reported (a delivery left in the inbox); otherwise an error fails the test. */
  let keepErrors = false;
  const errors: unknown[] = [];

  beforeAll(async () => {
    pgdb = await freshPostgres();
    db = pgdb.db;
    tenant = await ensureShopTenant(db, fake.reset().domain, "Aftersales Test Co");
    tenantId = tenant.id;
    staffKey = (
      await createApiKey(db, { tenantId, name: "agent", role: "agent", staffId: "agent-1", now: OPENED_AT })
    ).key;
    const grant = async (): Promise<ShopGrant> => ({
      accessToken: fake.shop.accessToken,
      scopes: APP_SCOPES,
    });
    shopActions = createShopActions({ db, grant, now: () => OPENED_AT });
    const orderSource = () => createShopifyOrderSource({ client: fake.client() });
    api = createServer({ db, secret: "x".repeat(40), orderSource, actions: shopActions.resolve, clock });
    proxy = createAppProxyHandler({
      secret: SECRET,
      api: (request) => api.fetch(request),
      orderSource,
      now: () => NOW_MS,
    });
    const caseSync = createShopifyCaseSync({ db, orders: orderSource, clock });
    webhooks = createWebhookHandler({
      verifier: createShopifyWebhookVerifier({ secret: SECRET }),
      db,
      now: () => new Date(clock.now()).toISOString(),
      defer: (work) => void pending.push(work()),
      onEvent: async (event, t) => void applied.push(await caseSync(event, t)),
      onScopesUpdate: async (shop, scopes) => void scopeUpdates.push([shop, scopes]),
      onError: (error) => {
        if (!keepErrors) throw error;
        errors.push(error);
      },
    });
  });
  beforeEach(async () => {
    seedOrder1001(fake.reset());
    await db.query("DELETE FROM case_platform_links WHERE tenant_id = $1", [tenantId]);
    await db.query("DELETE FROM case_events WHERE tenant_id = $1", [tenantId]);
    await db.query("DELETE FROM cases WHERE tenant_id = $1", [tenantId]);
    applied.length = 0;
    errors.length = 0;
    keepErrors = false;
    clock.set(OPENED_AT);
  });
  afterAll(async () => pgdb?.drop());

  /** Posts a signed delivery as Shopify does and waits for its processing. */
  async function deliver(
    topic: string,
    body: unknown,
    eventId = `evt-${++events}`,
    handler: (request: Request) => Promise<Response> = webhooks,
  ): Promise<number> {
    const rawBody = JSON.stringify(body);
    const response = await handler(
      new Request("https://aftersales.example.com/webhooks", {
        method: "POST",
        headers: {
          "Content-Type": "application/json",
          "X-Shopify-Topic": topic,
          "X-Shopify-Shop-Domain": fake.shop.domain,
          "X-Shopify-Event-Id": eventId,
          "X-Shopify-Webhook-Id": `wh-${eventId}`,
          "X-Shopify-Triggered-At": new Date(clock.now()).toISOString(),
          "X-Shopify-API-Version": "2026-10",
          "X-Shopify-Hmac-Sha256": signWebhookBody(SECRET, rawBody),
        },
        body: rawBody,
      }),
    );
    await Promise.all(pending.splice(0));
    return response.status;
  }

  async function caseIds(): Promise<string[]> {
    const { rows } = await db.query<{ id: string }>(
      "SELECT id FROM cases WHERE tenant_id = $1 ORDER BY opened_at, id",
      [tenantId],
    );
    return rows.map((r) => r.id);
  }

  const eventTypes = async (caseId: string) =>
    (await loadCase(db, tenantId, caseId))!.events.map((e) => [e.type, e.actor.type]);

  /** A return made in the Shopify admin (not through the app): reason from the legacy enum. */
  function adminReturn(status: FakeReturn["status"] = "REQUESTED"): FakeReturn {
    const ret: FakeReturn = {
      id: "gid://shopify/Return/945000954",
      orderId: ORDER,
      status,
      createdAt: "2026-03-01T09:55:00Z",
      lines: [
        {
          id: "gid://shopify/ReturnLineItem/677614678",
          fulfillmentLineItemId: "gid://shopify/FulfillmentLineItem/1001",
          lineItemId: SHIRT,
          quantity: 1,
          refundedQuantity: 0,
          processedQuantity: 0,
          customerNote: "Runs small",
          legacyReason: "SIZE_TOO_SMALL",
        },
      ],
    };
    fake.shop.returns.set(ret.id, ret);
    return ret;
  }

  function proxied(path: string, init: RequestInit = {}): Request {
    const params = new URLSearchParams({
      shop: fake.shop.domain,
      logged_in_customer_id: "207119551",
      path_prefix: "/apps/aftersales",
      timestamp: String(NOW_MS / 1000),
    });
    params.set("signature", signAppProxyQuery(SECRET, params));
    return new Request(`https://aftersales.example.com/proxy${path}?${params}`, init);
  }

  const staff = (path: string, body: unknown) =>
    api.fetch(
      new Request(`https://aftersales.example.com${path}`, {
        method: "POST",
        headers: { Authorization: `Bearer ${staffKey}`, "Content-Type": "application/json" },
        body: JSON.stringify(body),
      }),
    );

  /** Anna opens a case about order #1001 through the app proxy (the storefront widget's way). */
  async function shopperCase(body: unknown, key: string): Promise<string> {
    const session = await proxy(
      proxied("/session", { method: "POST", body: JSON.stringify({ orderId: "450789469" }) }),
    );
    expect(session.status).toBe(201);
    const { token } = (await session.json()) as { token: string };
    const created = await proxy(
      proxied("/v1/cases", {
        method: "POST",
        headers: {
          Authorization: `Bearer ${token}`,
          "Content-Type": "application/json",
          "Idempotency-Key": key,
        },
        body: JSON.stringify(body),
      }),
    );
    expect(created.status).toBe(201);
    return ((await created.json()) as { id: string }).id;
  }

  it("opens a return case for a return requested in the Shopify admin, once however often it is delivered", async () => {
    const ret = adminReturn();
    expect(await deliver("returns/request", returnBody(fake.shop, ret.id), "evt-request")).toBe(200);
    const [caseId] = await caseIds();
    expect(caseId).toBeDefined();
    const found = await loadCase(db, tenantId, caseId!);
    expect(found?.state).toMatchObject({
      kind: "return",
      status: "submitted",
      channel: "platform",
      order: { id: ORDER, number: "#1001" },
      customer: { id: ANNA.id, email: ANNA.email, name: "Anna Schmidt", country: "DE" },
      subject: "Return #1001-R1 opened on shopify",
      lines: [
        { lineId: SHIRT, quantity: 1, reason: "size_too_small", resolution: "refund", note: "Runs small" },
      ],
      openedAt: OPENED_AT,
    });
    expect(found?.events.map((e) => [e.type, e.actor])).toEqual([
      ["case_opened", { type: "platform", id: "shopify" }],
    ]);
    expect(await findCaseForPlatformReturn(db, tenantId, "shopify", ret.id)).toBe(caseId);
    // The case's order came from the Admin API (GetOrder), once.
    expect(fake.shop.calls.map((c) => c.operationName)).toEqual(["GetOrder"]);

    // Shopify retries the same event: the inbox drops it. A second event about the same return
    // (another subscription, or returns/update racing) finds the link.
    expect(await deliver("returns/request", returnBody(fake.shop, ret.id), "evt-request")).toBe(200);
    expect(await deliver("returns/request", returnBody(fake.shop, ret.id))).toBe(200);
    expect(await caseIds()).toEqual([caseId]);
    expect(applied.flat().map((r) => [r.outcome, r.outcome === "ignored" ? r.reason : r.fact])).toEqual([
      ["applied", "return_opened"],
      ["ignored", "already_linked"],
    ]);
    expect(await eventTypes(caseId!)).toEqual([["case_opened", "platform"]]);

    // Staff see it in the console like any other case.
    const view = await api.fetch(
      new Request(`https://aftersales.example.com/v1/staff/cases/${caseId}`, {
        headers: { Authorization: `Bearer ${staffKey}` },
      }),
    );
    expect(view.status).toBe(200);
    expect(await view.json()).toMatchObject({
      case: { id: caseId, kind: "return", channel: "platform", status: "submitted" },
    });
  });

  it("follows approval, the refund with its exact amount (once), and a cancelled return as a staff note", async () => {
    const ret = adminReturn();
    await deliver("returns/request", returnBody(fake.shop, ret.id));
    const [caseId] = await caseIds();

    clock.set("2026-03-01T11:00:00.000Z");
    ret.status = "OPEN";
    expect(await deliver("returns/approve", returnBody(fake.shop, ret.id))).toBe(200);
    expect((await loadCase(db, tenantId, caseId!))?.state).toMatchObject({
      status: "in_progress",
      itemProgress: "awaiting_shipment",
    });

    // Refunded in the admin from the return: 35.95 EUR (one shirt: 39.95 less its 4.00 discount share).
    clock.set("2026-03-03T09:30:00.000Z");
    fake.shop.orders.get(ORDER)!.refunds.push({
      id: "gid://shopify/Refund/929361470",
      createdAt: "2026-03-03T10:30:00+01:00",
      amount: "35.95",
      lines: [{ lineItemId: SHIRT, quantity: 1 }],
      returnId: ret.id,
    });
    const refund = refundBody(fake.shop, ORDER, "gid://shopify/Refund/929361470");
    expect(await deliver("refunds/create", refund, "evt-refund")).toBe(200);
    expect(await deliver("refunds/create", refund, "evt-refund")).toBe(200);
    expect(await deliver("refunds/create", refund, "evt-refund-resent")).toBe(200);
    const refunded = await loadCase(db, tenantId, caseId!);
    expect(refunded?.state.refunds).toEqual([
      {
        amount: { amount: 3595, currency: "EUR" },
        method: "original_payment",
        platformRefundId: "gid://shopify/Refund/929361470",
      },
    ]);
    expect(refunded?.state.itemProgress).toBe("refunded");
    expect(refunded?.events.find((e) => e.type === "refund_issued")).toMatchObject({
      at: "2026-03-03T09:30:00.000Z",
      actor: { type: "platform", id: "shopify" },
      visibility: "customer",
    });

    ret.status = "CANCELED";
    expect(await deliver("returns/cancel", returnBody(fake.shop, ret.id))).toBe(200);
    const after = await loadCase(db, tenantId, caseId!);
    expect(after?.state.status).toBe("in_progress");
    expect(after?.events.at(-1)).toMatchObject({
      type: "note_added",
      visibility: "internal",
      data: {
        body: "The return #1001-R1 on shopify was cancelled there. Cancel this case too if the shopper withdrew.",
      },
    });
    expect(await eventTypes(caseId!)).toEqual([
      ["case_opened", "platform"],
      ["return_approved", "platform"],
      ["refund_issued", "platform"],
      ["note_added", "system"],
    ]);
    // Projection and notifications went the staff commands' way: one outbox row per write.
    const outbox = await db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM outbox WHERE tenant_id = $1 AND topic = 'case_events' AND payload->>'caseId' = $2",
      [tenantId, caseId],
    );
    expect(outbox.rows[0]!.n).toBe(4);
    const projection = await db.query(
      "SELECT status, item_progress, channel, version FROM cases WHERE tenant_id = $1 AND id = $2",
      [tenantId, caseId],
    );
    expect(projection.rows).toEqual([
      { status: "in_progress", item_progress: "refunded", channel: "platform", version: 4 },
    ]);
  });

  it("does not open a second case when the return the app requested for a shopper comes back", async () => {
    const caseId = await shopperCase(
      {
        kind: "return",
        lines: [{ lineId: SHIRT, quantity: 1, reason: "size", resolution: "refund", note: "Too tight" }],
      },
      "return-echo",
    );
    const actions = shopActions.resolve(tenant);
    const created = await actions.createReturn({
      orderId: ORDER,
      lines: [{ lineId: SHIRT, quantity: 1, reason: "size", note: "Too tight" }],
      idempotencyKey: `case:${caseId}:return`,
    });
    expect(created).toMatchObject({ ok: true, status: "requested" });
    const returnId = (created as { returnId: string }).returnId;

    expect(await deliver("returns/request", returnBody(fake.shop, returnId))).toBe(200);
    expect(await caseIds()).toEqual([caseId]);
    expect(applied.flat()).toEqual([expect.objectContaining({ outcome: "linked", caseId })]);
    expect(await findCaseForPlatformReturn(db, tenantId, "shopify", returnId)).toBe(caseId);

    // Staff approve in our console and the app approves in Shopify; the echo changes nothing.
    expect((await staff(`/v1/staff/cases/${caseId}/commands`, { type: "approve_return" })).status).toBe(200);
    const approved = await actions.approveReturn({ returnId, idempotencyKey: `case:${caseId}:approve` });
    expect(approved).toMatchObject({ ok: true, status: "open" });
    expect(await deliver("returns/approve", returnBody(fake.shop, returnId))).toBe(200);
    expect(applied.flat().slice(1)).toEqual([
      expect.objectContaining({
        outcome: "ignored",
        fact: "return_opened",
        reason: "already_linked",
        caseId,
      }),
      expect.objectContaining({
        outcome: "ignored",
        fact: "return_approved",
        reason: "rejected",
        rejection: expect.objectContaining({ code: "already_approved" }),
      }),
    ]);
    expect(await caseIds()).toEqual([caseId]);
    expect((await eventTypes(caseId)).filter(([type]) => type === "return_approved")).toHaveLength(1);
  });

  it("records a refund made through our staff actions once when refunds/create echoes it", async () => {
    const caseId = await shopperCase(
      { kind: "complaint", description: "The parcel arrived two weeks late." },
      "complaint-echo",
    );
    for (const command of [{ type: "acknowledge" }, { type: "start_investigation" }]) {
      expect((await staff(`/v1/staff/cases/${caseId}/commands`, command)).status).toBe(200);
    }
    const response = await staff(`/v1/staff/cases/${caseId}/actions`, {
      type: "refund",
      amount: { amount: 1405, currency: "EUR" },
      lines: [{ lineId: TEE, quantity: 1, amount: { amount: 1405, currency: "EUR" } }],
      note: "Late delivery",
    });
    expect(response.status).toBe(200);
    const refund = fake.shop.orders.get(ORDER)!.refunds.at(-1)!;
    expect(refund.amount).toBe("14.05");

    expect(await deliver("refunds/create", refundBody(fake.shop, ORDER, refund.id))).toBe(200);
    expect(applied.flat()).toEqual([
      {
        outcome: "ignored",
        fact: "refund_created",
        reason: "already_recorded",
        caseId,
        message: `Refund ${refund.id} is already recorded on case ${caseId}`,
      },
    ]);
    const found = await loadCase(db, tenantId, caseId);
    expect(found?.state.refunds).toEqual([
      { amount: { amount: 1405, currency: "EUR" }, method: "original_payment", platformRefundId: refund.id },
    ]);
    expect(found?.events.filter((e) => e.type === "refund_issued").map((e) => e.actor)).toEqual([
      { type: "staff", id: "agent-1" },
    ]);
  });

  it("refuses a bad signature with 401 and changes nothing; delivery and scope topics are acknowledged", async () => {
    const ret = adminReturn();
    const rawBody = JSON.stringify(returnBody(fake.shop, ret.id));
    const forged = await webhooks(
      new Request("https://aftersales.example.com/webhooks", {
        method: "POST",
        headers: {
          "X-Shopify-Topic": "returns/request",
          "X-Shopify-Shop-Domain": fake.shop.domain,
          "X-Shopify-Event-Id": "evt-forged",
          "X-Shopify-Hmac-Sha256": signWebhookBody("not-the-secret", rawBody),
        },
        body: rawBody,
      }),
    );
    expect(forged.status).toBe(401);
    expect(await caseIds()).toEqual([]);

    expect(
      await deliver("fulfillment_events/create", {
        id: 944956395,
        fulfillment_id: 255858046,
        order_id: 450789469,
        status: "delivered",
        happened_at: "2026-02-12T11:04:00+01:00",
      }),
    ).toBe(200);
    expect(applied.flat()).toEqual([
      expect.objectContaining({ outcome: "ignored", reason: "nothing_stored" }),
    ]);

    expect(
      await deliver("app/scopes_update", {
        id: 1,
        previous: ["write_orders", "write_returns"],
        current: ["write_orders", "write_returns", "write_discounts"],
        updated_at: "2026-03-01T10:00:00.000Z",
      }),
    ).toBe(200);
    expect(scopeUpdates).toEqual([[fake.shop.domain, ["write_orders", "write_returns", "write_discounts"]]]);
  });

  it("leaves a refund a staff action made but has not recorded yet to the action, and drain() finds it recorded", async () => {
    const caseId = await shopperCase(
      { kind: "complaint", description: "One T-shirt is missing from the parcel." },
      "complaint-race",
    );
    for (const command of [{ type: "acknowledge" }, { type: "start_investigation" }]) {
      expect((await staff(`/v1/staff/cases/${caseId}/commands`, command)).status).toBe(200);
    }
    // The action's call to Shopify has answered; its write to the case has not happened yet.
    const key = "refund-race-1";
    const made = await shopActions.resolve(tenant).refund({
      orderId: ORDER,
      amount: { amount: 1405, currency: "EUR" },
      lines: [{ lineId: TEE, quantity: 1, amount: { amount: 1405, currency: "EUR" } }],
      restock: false,
      notifyCustomer: false,
      idempotencyKey: `case:${caseId}:key:${key}`,
    });
    expect(made).toMatchObject({ ok: true, amount: { amount: 1405, currency: "EUR" } });
    const refundId = (made as { refundId: string }).refundId;

    keepErrors = true;
    expect(await deliver("refunds/create", refundBody(fake.shop, ORDER, refundId))).toBe(200);
    expect(errors.map((e) => (e as Error).message)).toEqual([
      `refunds/create: refund ${refundId} was made by a staff action that has not recorded it yet`,
    ]);
    expect((await loadCase(db, tenantId, caseId))?.state.refunds).toEqual([]);

    // The action finishes (the same key returns Shopify's first result) and records it.
    const response = await api.fetch(
      new Request(`https://aftersales.example.com/v1/staff/cases/${caseId}/actions`, {
        method: "POST",
        headers: {
          Authorization: `Bearer ${staffKey}`,
          "Content-Type": "application/json",
          "Idempotency-Key": key,
        },
        body: JSON.stringify({
          type: "refund",
          amount: { amount: 1405, currency: "EUR" },
          lines: [{ lineId: TEE, quantity: 1, amount: { amount: 1405, currency: "EUR" } }],
        }),
      }),
    );
    expect(response.status).toBe(200);
    expect(await webhooks.drain()).toBe(1);
    expect(applied.flat()).toEqual([
      expect.objectContaining({ outcome: "ignored", reason: "already_recorded", caseId }),
    ]);
    const found = await loadCase(db, tenantId, caseId);
    expect(found?.state.refunds).toEqual([
      { amount: { amount: 1405, currency: "EUR" }, method: "original_payment", platformRefundId: refundId },
    ]);
    expect(await webhooks.drain()).toBe(0);
  });

  it("records a refund a staff action made but never recorded once the action's ten minutes are over", async () => {
    const caseId = await shopperCase(
      { kind: "complaint", description: "The T-shirt shrank after one wash." },
      "complaint-lost",
    );
    for (const command of [{ type: "acknowledge" }, { type: "start_investigation" }]) {
      expect((await staff(`/v1/staff/cases/${caseId}/commands`, command)).status).toBe(200);
    }
    // Shopify refunded, then the process stopped before the action wrote the case.
    const made = await shopActions.resolve(tenant).refund({
      orderId: ORDER,
      amount: { amount: 1405, currency: "EUR" },
      lines: [{ lineId: TEE, quantity: 1, amount: { amount: 1405, currency: "EUR" } }],
      restock: false,
      notifyCustomer: false,
      idempotencyKey: `case:${caseId}:key:lost`,
    });
    const refundId = (made as { refundId: string }).refundId;
    keepErrors = true;
    clock.set("2026-03-01T10:09:00.000Z");
    expect(await deliver("refunds/create", refundBody(fake.shop, ORDER, refundId))).toBe(200);
    expect(errors).toHaveLength(1);

    clock.set("2026-03-01T10:10:00.000Z");
    expect(await webhooks.drain()).toBe(1);
    expect(applied.flat()).toEqual([
      expect.objectContaining({ outcome: "applied", command: "record_refund", caseId }),
    ]);
    const found = await loadCase(db, tenantId, caseId);
    expect(found?.state.refunds).toEqual([
      { amount: { amount: 1405, currency: "EUR" }, method: "original_payment", platformRefundId: refundId },
    ]);
    expect(found?.events.at(-1)).toMatchObject({
      type: "refund_issued",
      at: "2026-03-01T10:10:00.000Z",
      actor: { type: "platform", id: "shopify" },
    });
  });

  it("keeps a return whose order Shopify could not give in the inbox and opens its case on drain()", async () => {
    const ret = adminReturn();
    const shopify = createShopifyOrderSource({ client: fake.client() });
    let outage = true;
    const flaky = {
      ...shopify,
      getOrder: async (id: string) =>
        outage
          ? { ok: false as const, reason: "unavailable" as const, retryable: true, message: "HTTP 503" }
          : shopify.getOrder(id),
    };
    const sync = createShopifyCaseSync({ db, orders: () => flaky, clock });
    const flakyHandler = createWebhookHandler({
      verifier: createShopifyWebhookVerifier({ secret: SECRET }),
      db,
      now: () => new Date(clock.now()).toISOString(),
      defer: (work) => void pending.push(work()),
      onEvent: async (event, t) => void applied.push(await sync(event, t)),
      onError: (error) => void errors.push(error),
    });
    expect(await deliver("returns/request", returnBody(fake.shop, ret.id), undefined, flakyHandler)).toBe(
      200,
    );
    expect(errors.map((e) => (e as Error).message)).toEqual([
      `returns/request: Order ${ORDER}: unavailable (HTTP 503)`,
    ]);
    expect(await caseIds()).toEqual([]);

    outage = false;
    // A periodic drain leaves deliveries younger than its cut-off to the processing under way.
    expect(await flakyHandler.drain({ receivedBefore: OPENED_AT })).toBe(0);
    expect(await flakyHandler.drain({ receivedBefore: "2026-03-01T10:05:00.000Z" })).toBe(1);
    const [caseId] = await caseIds();
    expect((await loadCase(db, tenantId, caseId!))?.state).toMatchObject({
      kind: "return",
      channel: "platform",
      lines: [{ lineId: SHIRT, quantity: 1, reason: "size_too_small" }],
    });
    expect(await flakyHandler.drain()).toBe(0);
  });
});
