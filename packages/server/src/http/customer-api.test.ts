import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTokenSigner } from "../auth/tokens.js";
import { databaseTargets } from "../testing/databases.js";
import { startTestApp, TEST_SECRET, type TestApp } from "../testing/harness.js";

const jpeg = () => Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]);

describe.each(databaseTargets)("customer API on $name", (target) => {
  let h: TestApp;
  let token: string;
  beforeAll(async () => {
    h = await startTestApp(target);
    token = await h.session();
  });
  afterAll(() => h.t.drop());
  const auth = () => ({ authorization: `Bearer ${token}` });

  it("serves the store's public configuration", async () => {
    const res = await h.call("GET", "/v1/stores/acme/config");
    expect(res.status).toBe(200);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    const body = (await res.json()) as Record<string, unknown>;
    expect(body.store).toEqual({
      slug: "acme",
      name: "Acme Apparel",
      timeZone: "Europe/Berlin",
      locale: "en",
      hoursDescription: {
        en: "Mon–Fri 09:00–18:00 (Central European Time)",
        "zh-Hans": "周一至周五 09:00–18:00（中欧时间）",
        "zh-Hant": "週一至週五 09:00–18:00（中歐時間）",
      },
    });
    expect(body.resolutions).toEqual(["refund", "store_credit", "exchange", "reship"]);
    expect((body.returnReasons as { code: string }[]).map((r) => r.code)).toContain("size");
    expect((body.complaintCategories as { id: string; labels: Record<string, string> }[])[0]).toEqual({
      id: "product_quality",
      labels: { en: "Product quality", "zh-Hans": "商品质量", "zh-Hant": "商品品質" },
    });
    expect(body.attachments).toEqual({
      maxBytes: 10485760,
      maxPerCase: 5,
      types: ["image/jpeg", "image/png", "image/webp", "image/heic"],
    });
  });

  it("classifies complaint text with core's classifier, flagging escalation words", async () => {
    const res = await h.call("POST", "/v1/stores/acme/classify", {
      body: { text: "快递到了，箱子压坏了，杯子碎了。不处理我就投诉到12315", locale: "zh-Hans" },
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { suggestions: { category: string }[]; escalation: boolean };
    expect(body.suggestions[0]!.category).toBe("delivery_damage");
    expect(body.escalation).toBe(true);
  });

  it("answers an unknown store with 404 problem+json", async () => {
    const res = await h.call("GET", "/v1/stores/nope/config");
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    expect(await res.json()).toMatchObject({ type: "not_found", status: 404, title: "Store not found" });
  });

  it("opens a session for the right number and email, with the order view", async () => {
    const res = await h.call("POST", "/v1/stores/acme/sessions", {
      body: { orderNumber: " 1001 ", email: "ANNA@example.de" },
    });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { token: string; expiresAt: string; order: Record<string, unknown> };
    expect(body.expiresAt).toBe("2026-11-23T11:00:00.000Z");
    expect(body.order).toMatchObject({
      id: "o-1001",
      number: "#1001",
      customer: { email: "a***@example.de", country: "DE" },
      cases: [],
    });
    expect((body.order.lines as unknown[])[0]).toMatchObject({
      id: "L1",
      quantity: 2,
      unitPrice: { amount: 4990, currency: "EUR" },
      paid: { amount: 9980, currency: "EUR" },
    });
  });

  it("gives the same 401 for a wrong email and an unknown order", async () => {
    const wrong = await h.call("POST", "/v1/stores/acme/sessions", {
      body: { orderNumber: "#1001", email: "eve@example.com" },
    });
    const unknown = await h.call("POST", "/v1/stores/acme/sessions", {
      body: { orderNumber: "#9999", email: "anna@example.de" },
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    const strip = (b: Record<string, unknown>) => ({ ...b, requestId: undefined });
    expect(strip((await wrong.json()) as Record<string, unknown>)).toEqual(
      strip((await unknown.json()) as Record<string, unknown>),
    );
  });

  it("does not accept a token of one store at another", async () => {
    const res = await h.call("POST", "/v1/stores/other/sessions", {
      body: { orderNumber: "#1001", email: "anna@example.de" },
    });
    // The other store has the same order source here, so the session works, but its token is scoped to it.
    const other = ((await res.json()) as { token: string }).token;
    expect(other).not.toBe(token);
  });

  it("rejects bad bodies with field errors, wrong content types with 415, huge bodies with 413", async () => {
    const bad = await h.call("POST", "/v1/stores/acme/sessions", { body: { orderNumber: "" } });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ type: "validation_failed" });
    const notJson = await h.call("POST", "/v1/stores/acme/sessions", {
      body: "orderNumber=1",
      headers: { "content-type": "text/plain" },
    });
    expect(notJson.status).toBe(415);
    expect(await notJson.json()).toMatchObject({ type: "unsupported_media_type" });
    const broken = await h.call("POST", "/v1/stores/acme/sessions", { body: "{nope" });
    expect(broken.status).toBe(400);
    expect(await broken.json()).toMatchObject({
      type: "validation_failed",
      detail: "The body is not valid JSON",
    });
    const huge = await h.call("POST", "/v1/stores/acme/sessions", {
      body: JSON.stringify({ orderNumber: "x".repeat(1_100_000), email: "a@b.c" }),
    });
    expect(huge.status).toBe(413);
    expect(await huge.json()).toMatchObject({ type: "payload_too_large" });
  });

  it("opens a case once per idempotency key, replays it, and refuses a different body", async () => {
    const body = {
      kind: "return",
      lines: [{ lineId: "L1", quantity: 1, reason: "size", resolution: "refund" }],
      description: "Too small",
    };
    const headers = { ...auth(), "idempotency-key": "k-1" };
    const first = await h.call("POST", "/v1/cases", { body, headers });
    expect(first.status).toBe(201);
    const created = (await first.json()) as Record<string, unknown>;
    expect(created).toMatchObject({
      kind: "return",
      status: "submitted",
      openedAt: "2026-11-23T09:00:00.000Z",
      order: { number: "#1001" },
      // Opened Monday 10:00 in Berlin; one business day (core: to the close of the next business day, 18:00).
      promise: { target: "first_response", dueAt: "2026-11-24T17:00:00.000Z", state: "active" },
      allowedActions: ["post_message", "cancel"],
    });
    expect((created.timeline as { type: string; actor: string }[]).map((e) => [e.type, e.actor])).toEqual([
      ["case_opened", "customer"],
    ]);
    const again = await h.call("POST", "/v1/cases", { body, headers });
    expect(again.status).toBe(201);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    for (const res of [first, again]) {
      expect(res.headers.get("access-control-allow-origin")).toBe("*");
      expect(res.headers.get("access-control-expose-headers")).toBe(
        "Retry-After,Idempotent-Replayed,X-Request-Id,Location",
      );
      expect(res.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    }
    expect(await again.json()).toEqual(created);
    const different = await h.call("POST", "/v1/cases", { body: { ...body, description: "Other" }, headers });
    expect(different.status).toBe(409);
    expect(await different.json()).toMatchObject({ type: "idempotency_key_reused" });
    const read = await h.call("GET", `/v1/cases/${created.id}`, { headers: auth() });
    expect(await read.json()).toEqual(created);
  });

  it("requires the Idempotency-Key header", async () => {
    const res = await h.call("POST", "/v1/cases", {
      body: { kind: "inquiry", description: "Hi" },
      headers: auth(),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      type: "validation_failed",
      errors: [{ path: "idempotency-key" }],
    });
  });

  it("lets the shopper message, cancel and then not cancel again", async () => {
    const res = await h.call("POST", "/v1/cases", {
      body: { kind: "inquiry", description: "Where is my parcel?" },
      headers: { ...auth(), "idempotency-key": "k-msg" },
    });
    const { id } = (await res.json()) as { id: string };
    const msg = await h.call("POST", `/v1/cases/${id}/messages`, {
      body: { body: "Any news?" },
      headers: auth(),
    });
    expect(msg.status).toBe(201);
    expect(((await msg.json()) as { timeline: { type: string }[] }).timeline.map((e) => e.type)).toEqual([
      "case_opened",
      "message_posted",
    ]);
    const cancel = await h.call("POST", `/v1/cases/${id}/cancel`, { headers: auth() });
    expect(cancel.status).toBe(200);
    expect(await cancel.json()).toMatchObject({ status: "cancelled", allowedActions: [] });
    const twice = await h.call("POST", `/v1/cases/${id}/cancel`, { headers: auth() });
    expect(twice.status).toBe(409);
    expect(await twice.json()).toMatchObject({ type: "invalid_transition" });
  });

  it("replays a message sent twice with the same Idempotency-Key, once in the timeline", async () => {
    const res = await h.call("POST", "/v1/cases", {
      body: { kind: "inquiry", description: "Retry me" },
      headers: { ...auth(), "idempotency-key": "k-retry-msg" },
    });
    const { id } = (await res.json()) as { id: string };
    const send = (text: string) =>
      h.call("POST", `/v1/cases/${id}/messages`, {
        body: { body: text },
        headers: { ...auth(), "idempotency-key": "msg-1" },
      });
    const first = await send("Hello?");
    const again = await send("Hello?");
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(await again.text()).toBe(await first.text());
    expect((await send("Other")).status).toBe(409);
    const view = (await (await h.call("GET", `/v1/cases/${id}`, { headers: auth() })).json()) as {
      timeline: { type: string }[];
    };
    expect(view.timeline.map((e) => e.type)).toEqual(["case_opened", "message_posted"]);
  });

  it("hides other shoppers' cases (404)", async () => {
    const res = await h.call("POST", "/v1/cases", {
      body: { kind: "inquiry", description: "Mine" },
      headers: { ...auth(), "idempotency-key": "k-mine" },
    });
    const { id } = (await res.json()) as { id: string };
    const boToken = await h.session("#1002", "bo@example.com");
    const peek = await h.call("GET", `/v1/cases/${id}`, { headers: { authorization: `Bearer ${boToken}` } });
    expect(peek.status).toBe(404);
    const poke = await h.call("POST", `/v1/cases/${id}/cancel`, {
      headers: { authorization: `Bearer ${boToken}` },
    });
    expect(poke.status).toBe(404);
  });

  it("requires a valid token", async () => {
    expect((await h.call("GET", "/v1/me/order")).status).toBe(401);
    expect((await h.call("GET", "/v1/me/order", { headers: { authorization: "Bearer x.y" } })).status).toBe(
      401,
    );
    const res = await h.call("GET", "/v1/me/order", { headers: auth() });
    expect(res.status).toBe(200);
  });

  it("accepts images by content, refuses other bytes, and attaches them to a new case", async () => {
    const up = await h.app.request("/v1/attachments", {
      method: "POST",
      headers: { ...auth(), "content-type": "image/png" },
      body: jpeg(),
    });
    expect(up.status).toBe(201);
    const att = (await up.json()) as { id: string; contentType: string; bytes: number };
    expect(att).toMatchObject({ contentType: "image/jpeg", bytes: 10 });
    const pdf = await h.app.request("/v1/attachments", {
      method: "POST",
      headers: { ...auth(), "content-type": "image/jpeg" },
      body: new TextEncoder().encode("%PDF-1.7 fake"),
    });
    expect(pdf.status).toBe(415);
    const form = new FormData();
    form.append("file", new Blob([jpeg()], { type: "image/jpeg" }), "x.jpg");
    const multi = await h.app.request("/v1/attachments", { method: "POST", headers: auth(), body: form });
    expect(multi.status).toBe(201);
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(jpeg());
    const tooBig = await h.app.request("/v1/attachments", {
      method: "POST",
      headers: { ...auth(), "content-type": "image/jpeg" },
      body: big,
    });
    expect(tooBig.status).toBe(413);
    const created = await h.call("POST", "/v1/cases", {
      body: { kind: "complaint", description: "Broken on arrival", attachments: [att.id] },
      headers: { ...auth(), "idempotency-key": "k-att" },
    });
    expect(created.status).toBe(201);
    const download = await h.call("GET", `/v1/attachments/${att.id}`, { headers: auth() });
    expect(download.status).toBe(200);
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(jpeg());
    const reuse = await h.call("POST", "/v1/cases", {
      body: { kind: "complaint", description: "Again", attachments: [att.id] },
      headers: { ...auth(), "idempotency-key": "k-att-2" },
    });
    expect(reuse.status).toBe(400);
    expect(await reuse.json()).toMatchObject({
      errors: [{ path: "attachments.0", code: "invalid_attachment" }],
    });
    const six: string[] = [];
    for (let n = 0; n < 6; n++) {
      const res = await h.app.request("/v1/attachments", {
        method: "POST",
        headers: { ...auth(), "content-type": "image/jpeg" },
        body: jpeg(),
      });
      six.push(((await res.json()) as { id: string }).id);
    }
    const tooMany = await h.call("POST", "/v1/cases", {
      body: { kind: "complaint", description: "Many photos", attachments: six },
      headers: { ...auth(), "idempotency-key": "k-att-6" },
    });
    expect(tooMany.status).toBe(400);
    expect(await tooMany.json()).toMatchObject({ type: "too_many_attachments" });
  });

  it("limits session attempts per order number with 429 and Retry-After", async () => {
    let last: Response | undefined;
    for (let i = 0; i < 11; i++) {
      last = await h.call("POST", "/v1/stores/acme/sessions", {
        body: { orderNumber: "#1002", email: `guess${i}@example.com` },
      });
    }
    expect(last?.status).toBe(429);
    expect(last?.headers.get("retry-after")).toBe("600");
    expect(await last?.json()).toMatchObject({ type: "rate_limited" });
  });
});

describe.each(databaseTargets)("eligibility on $name", (target) => {
  let h: TestApp;
  let auth: Record<string, string>;
  beforeAll(async () => {
    h = await startTestApp(target);
    auth = { authorization: `Bearer ${await h.session()}` };
  });
  afterAll(() => h.t.drop());

  it("shows per-line eligibility on the order, with the deadline from delivery", async () => {
    const res = await h.call("GET", "/v1/me/order", { headers: auth });
    const order = (await res.json()) as { lines: { id: string; eligibility: Record<string, unknown> }[] };
    // Delivered 2026-11-04T10:00Z; core's default policy: 30 days from delivery.
    expect(order.lines[0]!.eligibility).toMatchObject({ deadline: "2026-12-04T10:00:00.000Z" });
    expect(["auto_approve", "needs_review"]).toContain(order.lines[0]!.eligibility.status);
  });

  it("decides a request with fees and the refundable amount", async () => {
    const res = await h.call("POST", "/v1/me/eligibility", {
      body: { lines: [{ lineId: "L1", quantity: 1, reason: "defective", resolution: "refund" }] },
      headers: auth,
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { lines: Record<string, unknown>[]; totals: Record<string, unknown> };
    // A defect is the merchant's fault: no fees, the full unit price back.
    expect(body.lines[0]).toMatchObject({
      lineId: "L1",
      deadline: "2026-12-04T10:00:00.000Z",
      fees: { restocking: { amount: 0, currency: "EUR" }, returnShipping: { amount: 0, currency: "EUR" } },
      refundable: { amount: 4990, currency: "EUR" },
    });
    expect(body.totals).toEqual({
      refundable: { amount: 4990, currency: "EUR" },
      fees: { amount: 0, currency: "EUR" },
    });
  });

  it("names unknown lines and reasons as field errors", async () => {
    const res = await h.call("POST", "/v1/me/eligibility", {
      body: { lines: [{ lineId: "L9", quantity: 1 }] },
      headers: auth,
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ errors: [{ path: "lines.0.lineId", code: "unknown_line" }] });
    const reason = await h.call("POST", "/v1/me/eligibility", {
      body: { lines: [{ lineId: "L1", quantity: 1, reason: "bored" }] },
      headers: auth,
    });
    expect(reason.status).toBe(400);
    expect(await reason.json()).toMatchObject({ errors: [{ path: "lines.0.reason" }] });
  });

  it("answers 422 ineligible with the decision when nothing requested can be returned", async () => {
    h.clock.set("2027-02-01T00:00:00.000Z");
    const late = { authorization: `Bearer ${await h.session()}` };
    const res = await h.call("POST", "/v1/cases", {
      body: {
        kind: "return",
        lines: [{ lineId: "L1", quantity: 1, reason: "size", resolution: "refund" }],
        description: "",
      },
      headers: { ...late, "idempotency-key": "late-1" },
    });
    expect(res.status).toBe(422);
    const body = (await res.json()) as {
      type: string;
      decision: { lines: { status: string; reasons: { code: string; message: string }[] }[] };
    };
    expect(body.type).toBe("ineligible");
    expect(body.decision.lines[0]!.status).toBe("ineligible");
    expect(body.decision.lines[0]!.reasons.map((r) => r.code)).toContain("window_expired");
    const replay = await h.call("POST", "/v1/cases", {
      body: {
        kind: "return",
        lines: [{ lineId: "L1", quantity: 1, reason: "size", resolution: "refund" }],
        description: "",
      },
      headers: { ...late, "idempotency-key": "late-1" },
    });
    expect(replay.status).toBe(422);
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
  });

  it("opens a complaint about a line named by id only, recording the ordered quantity", async () => {
    h.clock.set("2026-11-23T09:00:00.000Z");
    const res = await h.call("POST", "/v1/cases", {
      body: {
        kind: "complaint",
        category: "product_quality",
        lines: [{ lineId: "L1" }],
        description: "Seam came apart",
      },
      headers: { ...auth, "idempotency-key": "lines-only-1" },
    });
    expect(res.status).toBe(201);
    const view = (await res.json()) as {
      store: unknown;
      timeline: { type: string; data: { lines?: unknown } }[];
    };
    expect(view.store).toEqual({ slug: "acme", timeZone: "Europe/Berlin" });
    expect(view.timeline[0]!.data.lines).toEqual([
      { lineId: "L1", quantity: 2, reason: "unspecified", resolution: "unspecified" },
    ]);
    const inquiry = await h.call("POST", "/v1/cases", {
      body: { kind: "inquiry", lines: [{ lineId: "L1", quantity: 1 }], description: "Is this washable?" },
      headers: { ...auth, "idempotency-key": "lines-only-2" },
    });
    expect(inquiry.status).toBe(201);
    const opened = ((await inquiry.json()) as { timeline: { data: { lines?: unknown } }[] }).timeline[0]!;
    expect(opened.data.lines).toEqual([
      { lineId: "L1", quantity: 1, reason: "unspecified", resolution: "unspecified" },
    ]);
  });

  it("needs quantity, reason and resolution on return lines, and a description only on complaints and inquiries", async () => {
    h.clock.set("2026-11-23T09:00:00.000Z");
    const bare = await h.call("POST", "/v1/cases", {
      body: { kind: "return", lines: [{ lineId: "L1" }] },
      headers: { ...auth, "idempotency-key": "bare-return" },
    });
    expect(bare.status).toBe(400);
    const problem = (await bare.json()) as { type: string; errors: { path: string; message: string }[] };
    expect(problem.type).toBe("validation_failed");
    expect(problem.errors.map((e) => [e.path, e.message])).toEqual([
      ["lines.0.quantity", "required on the lines of a return"],
      ["lines.0.reason", "required on the lines of a return"],
      ["lines.0.resolution", "required on the lines of a return"],
    ]);
    const silent = await h.call("POST", "/v1/cases", {
      body: { kind: "complaint", description: "   " },
      headers: { ...auth, "idempotency-key": "silent-complaint" },
    });
    expect(silent.status).toBe(400);
    expect(await silent.json()).toMatchObject({
      errors: [{ path: "description", message: "a complaint needs a description", code: "custom" }],
    });
    const quiet = await h.call("POST", "/v1/cases", {
      body: { kind: "return", lines: [{ lineId: "L1", quantity: 1, reason: "size", resolution: "refund" }] },
      headers: { ...auth, "idempotency-key": "quiet-return" },
    });
    expect(quiet.status).toBe(201);
    expect(await quiet.json()).toMatchObject({ kind: "return", status: "submitted" });
  });

  it("shows posted messages' bodies in the timeline", async () => {
    h.clock.set("2026-11-23T09:00:00.000Z");
    const res = await h.call("POST", "/v1/cases", {
      body: { kind: "inquiry", description: "Gift wrap?" },
      headers: { ...auth, "idempotency-key": "timeline-body" },
    });
    const { id } = (await res.json()) as { id: string };
    const msg = await h.call("POST", `/v1/cases/${id}/messages`, {
      body: { body: "Also a card?" },
      headers: auth,
    });
    const timeline = ((await msg.json()) as { timeline: { type: string; data: Record<string, unknown> }[] })
      .timeline;
    expect(timeline.at(-1)).toMatchObject({
      type: "message_posted",
      actor: "customer",
      data: { body: "Also a card?" },
    });
  });

  it("localises the order's eligibility reasons with ?locale=, falling back to the store's locale", async () => {
    h.clock.set("2027-02-01T00:00:00.000Z");
    const late = { authorization: `Bearer ${await h.session()}` };
    const reasonOf = async (query: string) => {
      const res = await h.call("GET", `/v1/me/order${query}`, { headers: late });
      expect(res.status).toBe(200);
      const order = (await res.json()) as {
        lines: { eligibility: { reasons: { code: string; message: string }[] } }[];
      };
      return order.lines[0]!.eligibility.reasons.find((r) => r.code === "window_expired")!.message;
    };
    const en = await reasonOf("?locale=en");
    const zh = await reasonOf("?locale=zh-Hans");
    expect(zh).not.toBe(en);
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
    expect(await reasonOf("?locale=de")).toBe(en);
    expect(await reasonOf("")).toBe(en);
    h.clock.set("2026-11-23T09:00:00.000Z");
  });

  it("labels return reasons in every locale in the store's configuration", async () => {
    const res = await h.call("GET", "/v1/stores/acme/config");
    const reasons = (
      (await res.json()) as { returnReasons: { code: string; labels: Record<string, string> }[] }
    ).returnReasons;
    const size = reasons.find((r) => r.code === "size")!;
    expect(Object.keys(size.labels)).toEqual(["en", "zh-Hans", "zh-Hant"]);
    expect(size.labels.en).not.toBe(size.labels["zh-Hans"]);
  });
});

describe("platform identity sessions", () => {
  it("opens a session for the order a verified identity names, and refuses others", async () => {
    const h = await startTestApp(databaseTargets[0]!, {
      overrides: {
        verifyIdentity: async (_tenant, token) => (token === "signed:o-1002" ? { orderId: "o-1002" } : null),
      },
    });
    try {
      const ok = await h.call("POST", "/v1/stores/acme/sessions", {
        body: { identityToken: "signed:o-1002" },
      });
      expect(ok.status).toBe(201);
      expect(await ok.json()).toMatchObject({ order: { id: "o-1002", number: "#1002" } });
      const bad = await h.call("POST", "/v1/stores/acme/sessions", { body: { identityToken: "forged" } });
      expect(bad.status).toBe(401);
      expect(await bad.json()).toMatchObject({ type: "order_not_verified" });
    } finally {
      await h.t.drop();
    }
  });
});

describe("email link tokens", () => {
  it("open a case staff opened without an order, and only that case", async () => {
    const h = await startTestApp(databaseTargets[0]!);
    try {
      const open = async (description: string) => {
        const res = await h.call("POST", "/v1/staff/cases", {
          body: {
            kind: "inquiry",
            channel: "phone",
            customer: { id: null, email: "caller@example.com" },
            description,
          },
          headers: { authorization: `Bearer ${h.keys.agent}` },
        });
        return ((await res.json()) as { case: { id: string } }).case.id;
      };
      const caseId = await open("Asked about sizes");
      const otherId = await open("Asked about colours");
      const tokens = createTokenSigner(TEST_SECRET);
      // What the email job signs for a case without an order (handlers.ts caseLink).
      const link = tokens.sign({
        scope: "case",
        tenantId: h.tenant.id,
        orderId: "-",
        orderNumber: "-",
        email: "caller@example.com",
        caseId,
        exp: Math.floor(h.clock.now() / 1000) + 3600,
      });
      const read = await h.call("GET", `/v1/cases/${caseId}`, {
        headers: { authorization: `Bearer ${link}` },
      });
      expect(read.status).toBe(200);
      expect(await read.json()).toMatchObject({ id: caseId, kind: "inquiry" });
      const byQuery = await h.call("GET", `/v1/cases/${caseId}?t=${encodeURIComponent(link)}`);
      expect(byQuery.status).toBe(200);
      const reply = await h.call("POST", `/v1/cases/${caseId}/messages`, {
        body: { body: "Size 40, please." },
        headers: { authorization: `Bearer ${link}` },
      });
      expect(reply.status).toBe(201);
      const other = await h.call("GET", `/v1/cases/${otherId}`, {
        headers: { authorization: `Bearer ${link}` },
      });
      expect(other.status).toBe(404);
      const otherReply = await h.call("POST", `/v1/cases/${otherId}/messages`, {
        body: { body: "Hello" },
        headers: { authorization: `Bearer ${link}` },
      });
      expect(otherReply.status).toBe(404);
    } finally {
      await h.t.drop();
    }
  });
});
