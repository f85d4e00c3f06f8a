import { createHmac } from "node:crypto";
import type { WebhookVerifier } from "@aftersales/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTokenSigner } from "../auth/tokens.js";
import { createDispatcher } from "../jobs/dispatcher.js";
import { jobHandlers } from "../jobs/handlers.js";
import { logMailer } from "../jobs/mailer.js";
import { createLogger } from "../logger.js";
import { databaseTargets } from "../testing/databases.js";
import { startTestApp, TEST_SECRET, type TestApp } from "../testing/harness.js";

// A stand-in adapter: HMAC over the raw body in `x-test-hmac`, delivery id in `x-test-delivery`.
const verifier: WebhookVerifier = {
  platform: "test",
  async verify({ headers, rawBody }) {
    const h = headers as Headers;
    const body = typeof rawBody === "string" ? rawBody : Buffer.from(rawBody).toString("utf8");
    if (body === "ping") return { ok: true, ping: true };
    const mac = createHmac("sha256", "shop-secret").update(body).digest("base64");
    if (h.get("x-test-hmac") !== mac) return { ok: false, reason: "bad_signature" };
    return {
      ok: true,
      event: {
        platform: "test",
        deliveryId: h.get("x-test-delivery") ?? "",
        topic: "order.updated",
        payload: JSON.parse(body),
      },
    };
  },
};

describe.each(databaseTargets)("platform webhooks on $name", (target) => {
  let h: TestApp;
  beforeAll(async () => {
    h = await startTestApp(target, { overrides: { webhookVerifiers: { test: verifier } } });
  });
  afterAll(() => h.t.drop());

  const send = (
    body: string,
    delivery: string,
    mac = createHmac("sha256", "shop-secret").update(body).digest("base64"),
  ) =>
    h.app.request("/v1/webhooks/test/acme", {
      method: "POST",
      headers: { "content-type": "application/json", "x-test-hmac": mac, "x-test-delivery": delivery },
      body,
    });

  it("stores a verified event once, however often the platform retries it, and hands it to the jobs", async () => {
    const first = await send('{"id":1}', "d-1");
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ received: true });
    const retry = await send('{"id":1}', "d-1");
    expect(await retry.json()).toEqual({ received: true, duplicate: true });
    const seen: string[] = [];
    const dispatcher = createDispatcher({
      db: h.t.db,
      clock: h.clock,
      logger: createLogger("silent"),
      handlers: jobHandlers({
        clock: h.clock,
        mailer: logMailer(createLogger("silent")),
        tokens: createTokenSigner(TEST_SECRET),
        publicUrl: "http://x",
        onPlatformEvent: async (event) => {
          seen.push(event.deliveryId);
        },
      }),
    });
    await dispatcher.runOnce();
    expect(seen).toEqual(["d-1"]);
    const { rows } = await h.t.db.query<{ processed_at: string | null }>(
      "SELECT processed_at FROM webhook_inbox",
    );
    expect(rows).toEqual([{ processed_at: "2026-11-23T09:00:00.000Z" }]);
  });

  it("refuses a bad signature with 401, acknowledges pings, and 404s unknown platforms", async () => {
    expect((await send('{"id":2}', "d-2", "forged")).status).toBe(401);
    expect((await send("ping", "p")).status).toBe(200);
    const unknown = await h.app.request("/v1/webhooks/nope/acme", { method: "POST", body: "{}" });
    expect(unknown.status).toBe(404);
  });
});
