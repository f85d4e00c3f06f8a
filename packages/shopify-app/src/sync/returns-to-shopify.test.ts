import {
  createApiKey,
  createDispatcher,
  createLogger,
  createServer,
  createTokenSigner,
  type Db,
  type Dispatcher,
  findCaseForPlatformReturn,
  jobHandlers,
  loadCase,
  logMailer,
  manualClock,
  type PlatformFactResult,
} from "@aftersales/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createShopifyOrderSource } from "../order/order-source.js";
import { createAppProxyHandler } from "../proxy/handler.js";
import { signAppProxyQuery } from "../proxy/signature.js";
import { createShopActions } from "../tenancy/shop-actions.js";
import { ensureShopTenant } from "../tenancy/shop-tenant.js";
import { APP_SCOPES } from "../testing/fake-admin-api.js";
import { seedOrder1001 } from "../testing/fixtures.js";
import { setupFakeShop } from "../testing/msw.js";
import { freshPostgres } from "../testing/postgres.js";
import { createWebhookHandler } from "../webhooks/handler.js";
import { signWebhookBody } from "../webhooks/hmac.js";
import { createShopifyWebhookVerifier } from "../webhooks/verifier.js";
import { createShopifyCaseSync } from "./index.js";
import { returnBody } from "./webhook-bodies.js";

const SECRET = "shpss_returns_to_shopify_secret";
const OPENED_AT = "2026-03-01T10:00:00.000Z";
const NOW_MS = Date.parse(OPENED_AT);
const ORDER = "gid://shopify/Order/450789469";
const SHIRT = "gid://shopify/LineItem/466157049";
const fake = setupFakeShop();

describe("a shopper's return reaches Shopify through the server's jobs, end to end on PostgreSQL", () => {
  let pgdb: Awaited<ReturnType<typeof freshPostgres>>;
  let db: Db;
  let tenantId: string;
  let staffKey: string;
  let api: ReturnType<typeof createServer>;
  let proxy: (request: Request) => Promise<Response>;
  let webhooks: ReturnType<typeof createWebhookHandler>;
  let dispatcher: Dispatcher;
  const clock = manualClock(OPENED_AT);
  const pending: Promise<void>[] = [];
  const applied: PlatformFactResult[][] = [];

  beforeAll(async () => {
    pgdb = await freshPostgres();
    db = pgdb.db;
    const tenant = await ensureShopTenant(db, fake.reset().domain, "Aftersales Test Co");
    tenantId = tenant.id;
    seedOrder1001(fake.shop);
    staffKey = (
      await createApiKey(db, { tenantId, name: "agent", role: "agent", staffId: "agent-1", now: OPENED_AT })
    ).key;
    const shopActions = createShopActions({
      db,
      grant: async () => ({ accessToken: fake.shop.accessToken, scopes: APP_SCOPES }),
      now: () => OPENED_AT,
    });
    // The app reads every shop's granted scopes at start and at install.
    await shopActions.refresh(fake.shop.domain);
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
      onError: (error) => {
        throw error;
      },
    });
    dispatcher = createDispatcher({
      db,
      clock,
      logger: createLogger("silent"),
      handlers: jobHandlers({
        clock,
        mailer: logMailer(createLogger("silent")),
        tokens: createTokenSigner("x".repeat(40)),
        publicUrl: "https://aftersales.example.com",
        actions: shopActions.resolve,
      }),
    });
  });
  afterAll(async () => pgdb?.drop());

  const drain = async () => {
    for (let i = 0; i < 10 && (await dispatcher.runOnce()) > 0; i++);
  };

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

  async function deliver(topic: string, body: unknown, eventId: string): Promise<number> {
    const rawBody = JSON.stringify(body);
    const response = await webhooks(
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

  it("requests the return in Shopify once, links it, ignores its echo and approves it there", async () => {
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
          "Idempotency-Key": "r-1",
        },
        body: JSON.stringify({
          kind: "return",
          lines: [{ lineId: SHIRT, quantity: 1, reason: "size", resolution: "refund", note: "Too tight" }],
          description: "Too tight",
        }),
      }),
    );
    expect(created.status).toBe(201);
    const caseId = ((await created.json()) as { id: string }).id;
    fake.shop.calls.length = 0;

    await drain();
    const requests = fake.shop.calls.filter((c) => c.operationName === "ReturnRequest");
    expect(requests).toHaveLength(1);
    expect(requests[0]!.status).toBe("ok");
    expect(requests[0]!.variables.input).toMatchObject({
      orderId: ORDER,
      returnLineItems: [{ quantity: 1, customerNote: expect.stringContaining("Too tight") }],
    });
    const [ret] = [...fake.shop.returns.values()];
    expect(fake.shop.returns.size).toBe(1);
    expect(ret).toMatchObject({
      orderId: ORDER,
      status: "REQUESTED",
      lines: [{ lineItemId: SHIRT, quantity: 1 }],
    });
    expect(await findCaseForPlatformReturn(db, tenantId, "shopify", ret!.id)).toBe(caseId);

    // Shopify echoes the return: no second case.
    expect(await deliver("returns/request", returnBody(fake.shop, ret!.id), "evt-echo")).toBe(200);
    expect(applied.flat()).toEqual([
      expect.objectContaining({ outcome: "ignored", reason: "already_linked", caseId }),
    ]);
    const { rows } = await db.query<{ id: string }>("SELECT id FROM cases WHERE tenant_id = $1", [tenantId]);
    expect(rows.map((r) => r.id)).toEqual([caseId]);

    // Staff approve here: Shopify's return is approved with the linked id.
    for (const command of [{ type: "assign", assigneeId: "agent-1" }, { type: "approve_return" }]) {
      const done = await api.fetch(
        new Request(`https://aftersales.example.com/v1/staff/cases/${caseId}/commands`, {
          method: "POST",
          headers: { Authorization: `Bearer ${staffKey}`, "Content-Type": "application/json" },
          body: JSON.stringify(command),
        }),
      );
      expect(done.status).toBe(200);
    }
    fake.shop.calls.length = 0;
    await drain();
    const approvals = fake.shop.calls.filter((c) => c.operationName === "ReturnApproveRequest");
    expect(approvals.map((c) => [c.status, (c.variables.input as { id: string }).id])).toEqual([
      ["ok", ret!.id],
    ]);
    expect(fake.shop.returns.get(ret!.id)?.status).toBe("OPEN");
    expect(fake.shop.calls.filter((c) => c.operationName === "ReturnRequest")).toEqual([]);
    expect((await loadCase(db, tenantId, caseId))!.events.map((e) => e.type)).toEqual([
      "case_opened",
      "assigned",
      "return_approved",
    ]);
  });
});
