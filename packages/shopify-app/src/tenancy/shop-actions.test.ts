import { createApiKey, createServer, type Db } from "@aftersales/server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createShopifyOrderSource } from "../order/order-source.js";
import { createAppProxyHandler } from "../proxy/handler.js";
import { signAppProxyQuery } from "../proxy/signature.js";
import { APP_SCOPES } from "../testing/fake-admin-api.js";
import { seedOrder1001 } from "../testing/fixtures.js";
import { setupFakeShop } from "../testing/msw.js";
import { freshPostgres } from "../testing/postgres.js";
import { createShopActions, type ShopGrant } from "./shop-actions.js";
import { ensureShopTenant } from "./shop-tenant.js";

const SECRET = "shpss_actions_e2e_secret";
const NOW = "2026-03-01T10:00:00.000Z";
const NOW_MS = Date.parse(NOW);
const fake = setupFakeShop();

describe("staff actions on a Shopify store through the mounted server", () => {
  let pgdb: Awaited<ReturnType<typeof freshPostgres>>;
  let db: Db;
  let staffKey: string;
  let api: ReturnType<typeof createServer>;
  let proxy: (request: Request) => Promise<Response>;
  const grants = new Map<string, ShopGrant>();
  const grantReads: string[] = [];
  let caseCount = 0;

  beforeAll(async () => {
    pgdb = await freshPostgres();
    db = pgdb.db;
    const tenant = await ensureShopTenant(db, fake.reset().domain, "Aftersales Test Co");
    staffKey = (
      await createApiKey(db, {
        tenantId: tenant.id,
        name: "agent",
        role: "agent",
        staffId: "agent-1",
        now: NOW,
      })
    ).key;
    const shopActions = createShopActions({
      db,
      grant: async (shop) => {
        grantReads.push(shop);
        return grants.get(shop) ?? null;
      },
      now: () => NOW,
    });
    const orderSource = () => createShopifyOrderSource({ client: fake.client() });
    api = createServer({ db, secret: "x".repeat(40), orderSource, actions: shopActions.resolve });
    proxy = createAppProxyHandler({
      secret: SECRET,
      api: (request) => api.fetch(request),
      orderSource,
      now: () => NOW_MS,
    });
  });
  beforeEach(() => {
    seedOrder1001(fake.reset());
    grants.set(fake.shop.domain, { accessToken: fake.shop.accessToken, scopes: APP_SCOPES });
    grantReads.length = 0;
  });
  afterAll(async () => pgdb?.drop());

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

  const staff = (path: string, init: { method?: string; body?: unknown } = {}) =>
    api.fetch(
      new Request(`https://aftersales.example.com${path}`, {
        method: init.method ?? "GET",
        headers: { Authorization: `Bearer ${staffKey}`, "Content-Type": "application/json" },
        ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
      }),
    );

  /** Anna's complaint about order #1001, opened through the app proxy and under investigation. */
  async function investigatedComplaint(): Promise<string> {
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
          "Idempotency-Key": `complaint-${++caseCount}`,
        },
        body: JSON.stringify({ kind: "complaint", description: "The parcel arrived two weeks late." }),
      }),
    );
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    for (const command of [
      { type: "acknowledge" },
      { type: "assign", assigneeId: "agent-1" },
      { type: "start_investigation" },
    ]) {
      const done = await staff(`/v1/staff/cases/${id}/commands`, { method: "POST", body: command });
      expect(done.status).toBe(200);
    }
    fake.shop.calls.length = 0;
    return id;
  }

  const mutations = (name: string) => fake.shop.calls.filter((c) => c.operationName === name);

  it("creates the coupon in Shopify with the shop's token once and records it on the case", async () => {
    const id = await investigatedComplaint();
    const response = await staff(`/v1/staff/cases/${id}/actions`, {
      method: "POST",
      body: { type: "coupon", percent: 10, title: "Sorry for the late parcel" },
    });
    expect(response.status).toBe(200);
    const created = mutations("DiscountCodeBasicCreate");
    expect(created).toHaveLength(1);
    expect(created[0]!.status).toBe("ok");
    const [discount] = [...fake.shop.discounts.values()];
    expect(fake.shop.discounts.size).toBe(1);
    expect(discount!.input).toMatchObject({
      title: "Sorry for the late parcel",
      startsAt: NOW,
      usageLimit: 1,
      customerGets: { items: { all: true }, value: { percentage: 0.1 } },
    });
    const view = (await response.json()) as { events: { type: string; data?: Record<string, unknown> }[] };
    const issued = view.events.filter((e) => e.type === "coupon_issued");
    expect(issued).toHaveLength(1);
    expect(JSON.stringify(issued[0])).toContain(discount!.code);
    expect(grantReads).toContain(fake.shop.domain);
  });

  it("refunds through refundCreate once and records the Shopify refund id", async () => {
    const id = await investigatedComplaint();
    const response = await staff(`/v1/staff/cases/${id}/actions`, {
      method: "POST",
      body: {
        type: "refund",
        amount: { amount: 1405, currency: "EUR" },
        lines: [
          {
            lineId: "gid://shopify/LineItem/518995019",
            quantity: 1,
            amount: { amount: 1405, currency: "EUR" },
          },
        ],
        note: "Late delivery",
      },
    });
    expect(response.status).toBe(200);
    const created = mutations("RefundCreate");
    expect(created).toHaveLength(1);
    expect(created[0]!.status).toBe("ok");
    expect(created[0]!.variables.input).toMatchObject({
      orderId: "gid://shopify/Order/450789469",
      note: "Late delivery",
      transactions: [{ kind: "REFUND", amount: "14.05" }],
    });
    const view = (await response.json()) as { events: { type: string }[] };
    const issued = view.events.filter((e) => e.type === "refund_issued");
    expect(issued).toHaveLength(1);
    expect(JSON.stringify(issued[0])).toMatch(/gid:\/\/shopify\/Refund\/\d+/);
  });

  it("answers action_unsupported without calling Shopify when the shop did not grant write_discounts", async () => {
    const id = await investigatedComplaint();
    grants.set(fake.shop.domain, {
      accessToken: fake.shop.accessToken,
      scopes: APP_SCOPES.filter((s) => s !== "write_discounts"),
    });
    const response = await staff(`/v1/staff/cases/${id}/actions`, {
      method: "POST",
      body: { type: "coupon", percent: 10 },
    });
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({
      type: "action_unsupported",
      code: "unsupported",
      retryable: false,
    });
    expect(response.headers.get("content-type")).toContain("problem");
    expect(fake.shop.calls).toEqual([]);
    const me = (await (await staff("/v1/staff/me")).json()) as {
      platform: string;
      capabilities: Record<string, boolean>;
    };
    expect(me.platform).toBe("shopify");
    expect(me.capabilities).toMatchObject({ coupons: false, refunds: true, storeCredit: true });
  });

  it("sends the shop's own offline token: a rotated token in the session is used at once", async () => {
    const id = await investigatedComplaint();
    grants.set(fake.shop.domain, { accessToken: "shpat_revoked", scopes: APP_SCOPES });
    const refused = await staff(`/v1/staff/cases/${id}/actions`, {
      method: "POST",
      body: { type: "order_note", body: "Customer called about the delay" },
    });
    expect(refused.status).toBe(502);
    expect(await refused.json()).toMatchObject({ type: "platform_error", code: "unauthorized" });
    grants.set(fake.shop.domain, { accessToken: fake.shop.accessToken, scopes: APP_SCOPES });
    const noted = await staff(`/v1/staff/cases/${id}/actions`, {
      method: "POST",
      body: { type: "order_note", body: "Customer called about the delay" },
    });
    expect(noted.status).toBe(200);
    // The fake answers a wrong token with 401 before recording a call.
    expect(fake.shop.calls.map((c) => [c.operationName, c.status])).toEqual([
      ["OrderNote", "ok"],
      ["OrderUpdateNote", "ok"],
    ]);
  });

  it("answers platform_error (unauthorized) when the shop has no offline session", async () => {
    const id = await investigatedComplaint();
    grants.delete(fake.shop.domain);
    const response = await staff(`/v1/staff/cases/${id}/actions`, {
      method: "POST",
      body: { type: "order_note", body: "Refund promised by phone" },
    });
    expect(response.status).toBe(502);
    expect(await response.json()).toMatchObject({ type: "platform_error", code: "unauthorized" });
    expect(fake.shop.calls).toEqual([]);
  });
});
