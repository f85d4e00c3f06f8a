import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { signWooCommerceWebhook } from "@aftersales/woocommerce-adapter";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { main } from "../cli/main.js";
import { databaseTargets } from "../testing/databases.js";
import { startTestApp, type TestApp } from "../testing/harness.js";
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
