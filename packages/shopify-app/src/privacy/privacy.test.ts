import { createServer, type Db } from "@aftersales/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createShopifyOrderSource } from "../order/order-source.js";
import { createAppProxyHandler } from "../proxy/handler.js";
import { signAppProxyQuery } from "../proxy/signature.js";
import { ensureShopTenant } from "../tenancy/shop-tenant.js";
import { ANNA, seedOrder1001 } from "../testing/fixtures.js";
import { setupFakeShop } from "../testing/msw.js";
import { freshPostgres } from "../testing/postgres.js";
import { createWebhookHandler } from "../webhooks/handler.js";
import { signWebhookBody } from "../webhooks/hmac.js";
import { createShopifyWebhookVerifier } from "../webhooks/verifier.js";
import type { ExportedCase, PrivacySubject } from "./redact.js";

const SECRET = "shpss_privacy_e2e_secret";
const NOW_MS = Date.parse("2026-03-01T10:00:00.000Z");
const fake = setupFakeShop();

const TENANT_TABLES = ["cases", "case_events", "attachments", "idempotency_keys", "outbox", "webhook_inbox"];

describe("privacy webhooks end to end on PostgreSQL", () => {
  let pgdb: Awaited<ReturnType<typeof freshPostgres>>;
  let db: Db;
  let tenantId: string;
  const pending: Promise<void>[] = [];
  const exports: { shop: string; subject: PrivacySubject; cases: ExportedCase[] }[] = [];
  let proxy: (request: Request) => Promise<Response>;
  let webhooks: ReturnType<typeof createWebhookHandler>;

  beforeAll(async () => {
    pgdb = await freshPostgres();
    db = pgdb.db;
    const shop = fake.reset();
    seedOrder1001(shop);
    tenantId = (await ensureShopTenant(db, shop.domain, "Aftersales Test Co")).id;
    const orderSource = createShopifyOrderSource({ client: fake.client() });
    const api = createServer({ db, secret: "x".repeat(40), orderSource });
    proxy = createAppProxyHandler({
      secret: SECRET,
      api: (request) => api.fetch(request),
      orderSource: () => orderSource,
      now: () => NOW_MS,
    });
    webhooks = createWebhookHandler({
      verifier: createShopifyWebhookVerifier({ secret: SECRET }),
      db,
      now: () => "2026-03-01T10:05:00.000Z",
      defer: (work) => void pending.push(work()),
      onDataRequest: async (shopDomain, subject, cases) =>
        void exports.push({ shop: shopDomain, subject, cases }),
      onError: (error) => {
        throw error;
      },
    });
  });
  afterAll(async () => pgdb?.drop());

  function proxied(path: string, customerId: string, init: RequestInit = {}): Request {
    const params = new URLSearchParams({
      shop: fake.shop.domain,
      logged_in_customer_id: customerId,
      path_prefix: "/apps/aftersales",
      timestamp: String(NOW_MS / 1000),
    });
    params.set("signature", signAppProxyQuery(SECRET, params));
    return new Request(`https://aftersales.example.com/proxy${path}?${params}`, init);
  }

  function webhook(topic: string, eventId: string, body: unknown, secret = SECRET): Request {
    const rawBody = JSON.stringify(body);
    return new Request("https://aftersales.example.com/webhooks", {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        "X-Shopify-Topic": topic,
        "X-Shopify-Shop-Domain": fake.shop.domain,
        "X-Shopify-Event-Id": eventId,
        "X-Shopify-Webhook-Id": `wh-${eventId}`,
        "X-Shopify-Hmac-Sha256": signWebhookBody(secret, rawBody),
      },
      body: rawBody,
    });
  }

  async function tenantDump(): Promise<string> {
    const parts: string[] = [];
    for (const table of TENANT_TABLES) {
      const { rows } = await db.query(`SELECT * FROM ${table} WHERE tenant_id = $1`, [tenantId]);
      parts.push(JSON.stringify(rows));
    }
    return parts.join("\n");
  }

  async function count(table: string): Promise<number> {
    const { rows } = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM ${table} WHERE tenant_id = $1`,
      [tenantId],
    );
    return rows[0]!.n;
  }

  const customerNumber = "207119551";

  it("gives a signed-in shopper a session for their own order and refuses another shopper's", async () => {
    const denied = await proxy(
      proxied("/session", "999", { method: "POST", body: JSON.stringify({ orderId: "450789469" }) }),
    );
    expect(denied.status).toBe(403);
    const guest = await proxy(
      proxied("/session", "", { method: "POST", body: JSON.stringify({ orderId: "450789469" }) }),
    );
    expect(guest.status).toBe(401);
    const staff = await proxy(proxied("/v1/staff/cases", customerNumber));
    expect(staff.status).toBe(404);
    const otherStore = await proxy(proxied("/v1/stores/another-shop/config", customerNumber));
    expect(otherStore.status).toBe(404);
    const unsigned = await proxy(
      new Request("https://aftersales.example.com/proxy/v1/stores/current/config"),
    );
    expect(unsigned.status).toBe(401);
  });

  it("lets Anna open two cases through the proxy, then exports them on customers/data_request", async () => {
    const session = await proxy(
      proxied("/session", customerNumber, { method: "POST", body: JSON.stringify({ orderId: "450789469" }) }),
    );
    expect(session.status).toBe(201);
    const { token } = (await session.json()) as { token: string };
    for (const [i, body] of [
      {
        kind: "complaint",
        subject: "Torn seam on the linen shirt",
        description: "Hello, this is Anna Schmidt. The seam tore on first wear. Call me on +4915112345678.",
      },
      {
        kind: "inquiry",
        description: "Anna Schmidt here again: can I get the shirt in L? anna.schmidt@example.de",
      },
    ].entries()) {
      const created = await proxy(
        proxied("/v1/cases", customerNumber, {
          method: "POST",
          headers: {
            Authorization: `Bearer ${token}`,
            "Content-Type": "application/json",
            "Idempotency-Key": `case-${i}`,
          },
          body: JSON.stringify(body),
        }),
      );
      expect(created.status).toBe(201);
    }
    const config = await proxy(proxied("/v1/stores/current/config", customerNumber));
    expect(config.status).toBe(200);
    expect(await count("cases")).toBe(2);

    const response = await webhooks(
      webhook("customers/data_request", "dr-1", {
        shop_id: 954889,
        shop_domain: fake.shop.domain,
        orders_requested: [450789469],
        customer: { id: 207119551, email: ANNA.email, phone: ANNA.phone },
        data_request: { id: 9999 },
      }),
    );
    expect(response.status).toBe(200);
    await Promise.all(pending);
    expect(exports).toHaveLength(1);
    expect(exports[0]!.cases.map((c) => c.kind).sort()).toEqual(["complaint", "inquiry"]);
    expect(JSON.stringify(exports[0]!.cases)).toContain("The seam tore on first wear");
  });

  it("answers a bad HMAC with 401 and records nothing", async () => {
    const before = await count("webhook_inbox");
    const response = await webhooks(
      webhook("customers/redact", "bad-1", { shop_domain: fake.shop.domain }, "wrong"),
    );
    expect(response.status).toBe(401);
    expect(await count("webhook_inbox")).toBe(before);
  });

  it("erases Anna's name, email, phone and free text on customers/redact, keeping cases and event counts", async () => {
    const eventsBefore = await count("case_events");
    const dumpBefore = await tenantDump();
    for (const secret of [ANNA.email, "Schmidt", ANNA.phone, "The seam tore on first wear"]) {
      expect(dumpBefore).toContain(secret);
    }
    const body = {
      shop_id: 954889,
      shop_domain: fake.shop.domain,
      customer: { id: 207119551, email: ANNA.email, phone: ANNA.phone },
      orders_to_redact: [450789469],
    };
    expect((await webhooks(webhook("customers/redact", "rd-1", body))).status).toBe(200);
    // The 200 went out before the work: the delivery waits in the inbox, nothing is erased yet.
    const waiting = await db.query<{ processed_at: string | null }>(
      "SELECT processed_at FROM webhook_inbox WHERE tenant_id = $1 AND delivery_id = $2",
      [tenantId, "customers/redact:rd-1"],
    );
    expect(waiting.rows).toEqual([{ processed_at: null }]);
    expect(await tenantDump()).toContain(ANNA.email);
    // Shopify retries: the same event again is acknowledged and not processed twice.
    expect((await webhooks(webhook("customers/redact", "rd-1", body))).status).toBe(200);
    expect(pending).toHaveLength(2);
    await Promise.all(pending);
    const dump = await tenantDump();
    for (const secret of [
      ANNA.email,
      "Schmidt",
      "Anna",
      ANNA.phone,
      "4915112345678",
      "seam tore",
      "shirt in L",
    ]) {
      expect(dump, secret).not.toContain(secret);
    }
    expect(await count("cases")).toBe(2);
    expect(await count("case_events")).toBe(eventsBefore);
    const { rows } = await db.query<{ kind: string; status: string; customer_email: string }>(
      "SELECT kind, status, customer_email FROM cases WHERE tenant_id = $1 ORDER BY kind",
      [tenantId],
    );
    expect(rows.map((r) => [r.kind, r.status, r.customer_email.endsWith("@redacted.invalid")])).toEqual([
      ["complaint", "submitted", true],
      ["inquiry", "submitted", true],
    ]);
    const processed = await db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM webhook_inbox WHERE tenant_id = $1 AND processed_at IS NOT NULL",
      [tenantId],
    );
    expect(processed.rows[0]!.n).toBe(2);
  });

  it("handles app/uninstalled every time it arrives, and each delivery once", async () => {
    const uninstalls: string[] = [];
    const handler = createWebhookHandler({
      verifier: createShopifyWebhookVerifier({ secret: SECRET }),
      db,
      defer: (work) => void pending.push(work()),
      onUninstalled: async (shop) => void uninstalls.push(shop),
    });
    const body = { id: 954889, domain: fake.shop.domain };
    for (const eventId of ["un-1", "un-1", "un-2"]) {
      expect((await handler(webhook("app/uninstalled", eventId, body))).status).toBe(200);
    }
    await Promise.all(pending);
    expect(uninstalls).toEqual([fake.shop.domain, fake.shop.domain]);
  });

  it("deletes all the shop's data on shop/redact, and a repeat finds nothing to do", async () => {
    const body = { shop_id: 954889, shop_domain: fake.shop.domain };
    expect((await webhooks(webhook("shop/redact", "sr-1", body))).status).toBe(200);
    await Promise.all(pending);
    for (const table of TENANT_TABLES) expect(await count(table), table).toBe(0);
    const { rows } = await db.query("SELECT id FROM tenants WHERE id = $1", [tenantId]);
    expect(rows).toEqual([]);
    expect((await webhooks(webhook("shop/redact", "sr-2", body))).status).toBe(200);
    await Promise.all(pending);
  });
});
