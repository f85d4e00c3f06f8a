import { createHmac, timingSafeEqual } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  type PlatformTopic,
  type WebhookRequest,
  type WebhookVerification,
  type WebhookVerifier,
  webhookBodyBytes,
  webhookBodyText,
  webhookHeader,
} from "../ports/webhooks.js";
import {
  runWebhookVerifierContract,
  type WebhookVerifierContractSetup,
  webhookVerifierContractCases,
} from "./webhook-verifier-contract.js";

// A small HMAC verifier in the style of WooCommerce (base64 HMAC-SHA256 of the raw body, unsigned
// `webhook_id=` ping), written here only to exercise the contract: core itself does no crypto.
const SECRET = "contract-test-secret";
const TOPICS: Record<string, PlatformTopic> = {
  "order.updated": "order.updated",
  "refund.created": "refund.created",
};

function hmac(body: Uint8Array | string): Buffer {
  return createHmac("sha256", SECRET).update(webhookBodyBytes(body)).digest();
}

interface SampleFlaws {
  ignoreSignature?: boolean;
  caseSensitiveHeaders?: boolean;
  bodyAsString?: boolean;
  throwOnBadJson?: boolean;
  freshDeliveryIds?: boolean;
}

function sampleVerifier(flaws: SampleFlaws = {}): WebhookVerifier {
  let deliveries = 0;
  const header = (request: WebhookRequest, name: string) =>
    flaws.caseSensitiveHeaders && !(request.headers instanceof Headers)
      ? request.headers[name]
      : webhookHeader(request.headers, name);
  return {
    platform: "sample",
    async verify(request): Promise<WebhookVerification> {
      const text = flaws.bodyAsString ? String(request.rawBody) : webhookBodyText(request.rawBody);
      const signature = header(request, "x-sample-signature");
      if (signature === undefined) {
        if (text.startsWith("webhook_id=")) return { ok: true, ping: true };
        if (!flaws.ignoreSignature) return { ok: false, reason: "bad_signature" };
      }
      const expected = hmac(text);
      const given = Buffer.from(signature ?? "", "base64");
      const valid = given.length === expected.length && timingSafeEqual(given, expected);
      if (!valid && !flaws.ignoreSignature) return { ok: false, reason: "bad_signature" };
      let payload: { id?: unknown };
      try {
        payload = JSON.parse(text) as { id?: unknown };
      } catch (error) {
        if (flaws.throwOnBadJson) throw error;
        return { ok: false, reason: "malformed" };
      }
      const delivery = header(request, "x-sample-delivery-id");
      if (!delivery || typeof payload !== "object" || payload === null)
        return { ok: false, reason: "malformed" };
      const topic = TOPICS[header(request, "x-sample-topic") ?? ""];
      if (!topic) return { ok: false, reason: "unsupported_topic" };
      return {
        ok: true,
        event: {
          platform: "sample",
          deliveryId: flaws.freshDeliveryIds ? `${delivery}-${++deliveries}` : delivery,
          topic,
          shop: header(request, "x-sample-source") ?? "unknown",
          resourceId: String(payload.id),
          payload,
        },
      };
    },
  };
}

const orderBody = JSON.stringify({ id: 4211, status: "processing", currency: "EUR", total: "137.85" });

function setup(flaws: SampleFlaws = {}): WebhookVerifierContractSetup {
  return {
    verifier: sampleVerifier(flaws),
    sign: (rawBody, headers) => ({
      headers: { ...headers, "X-Sample-Signature": hmac(rawBody).toString("base64") },
      rawBody,
    }),
    fixtures: {
      events: [
        {
          rawBody: orderBody,
          headers: {
            "X-Sample-Topic": "order.updated",
            "X-Sample-Delivery-ID": "d-1",
            "X-Sample-Source": "https://shop.example",
          },
          expected: {
            topic: "order.updated",
            deliveryId: "d-1",
            resourceId: "4211",
            shop: "https://shop.example",
          },
        },
        {
          rawBody: JSON.stringify({ id: 77, amount: "10.00", reason: "退款" }),
          headers: { "X-Sample-Topic": "refund.created", "X-Sample-Delivery-ID": "d-2" },
          expected: { topic: "refund.created", deliveryId: "d-2", resourceId: "77" },
        },
      ],
      unsupportedTopic: {
        rawBody: JSON.stringify({ id: 9 }),
        headers: { "X-Sample-Topic": "product.updated", "X-Sample-Delivery-ID": "d-3" },
      },
      malformed: {
        rawBody: '{"id": 42, "status": "proc',
        headers: { "X-Sample-Topic": "order.updated", "X-Sample-Delivery-ID": "d-4" },
      },
      ping: { headers: { "Content-Type": "application/x-www-form-urlencoded" }, rawBody: "webhook_id=15" },
    },
  };
}

runWebhookVerifierContract("sample HMAC verifier", () => setup());
runWebhookVerifierContract("sample HMAC verifier on a platform without ping", () => ({
  ...setup(),
  fixtures: { ...setup().fixtures, ping: null },
}));

function contractCase(name: string) {
  const found = webhookVerifierContractCases.find((entry) => entry.name.startsWith(name));
  if (!found) throw new Error(`no webhook contract case ${name}`);
  return found;
}

describe("the webhook contract catches broken verifiers", () => {
  it("fails a verifier that accepts unsigned or tampered bodies", async () => {
    for (const name of [
      "rejects a body changed after signing",
      "rejects a signature made for another body",
      "rejects a request without its signature",
      "answers the platform's unsigned ping",
    ]) {
      await expect(contractCase(name).run(setup({ ignoreSignature: true })), name).rejects.toThrow();
    }
  });

  it("fails a verifier that reads header names case-sensitively", async () => {
    await expect(
      contractCase("reads headers case-insensitively").run(setup({ caseSensitiveHeaders: true })),
    ).rejects.toThrow();
  });

  it("fails a verifier that cannot read a body given as bytes", async () => {
    await expect(
      contractCase("accepts the raw body as bytes").run(setup({ bodyAsString: true })),
    ).rejects.toThrow();
  });

  it("fails a verifier that throws on an unreadable body", async () => {
    await expect(
      contractCase("reports a signed webhook it cannot read").run(setup({ throwOnBadJson: true })),
    ).rejects.toThrow();
  });

  it("fails a verifier whose delivery id changes between verifications", async () => {
    await expect(
      contractCase("gives the same delivery id").run(setup({ freshDeliveryIds: true })),
    ).rejects.toThrow();
  });

  it("fails a sign() that adds no signature header", async () => {
    const unsigned = {
      ...setup(),
      sign: (rawBody: string, headers: Readonly<Record<string, string>>) => ({ headers, rawBody }),
    };
    await expect(contractCase("rejects a signature made for another body").run(unsigned)).rejects.toThrow(
      "sign() must add a signature header",
    );
  });

  it("fails a setup without event fixtures", async () => {
    const empty = { ...setup(), fixtures: { ...setup().fixtures, events: [] } };
    await expect(contractCase("turns every signed fixture").run(empty)).rejects.toThrow();
    await expect(contractCase("reads headers case-insensitively").run(empty)).rejects.toThrow(
      "the webhook contract needs at least one event fixture",
    );
  });
});
