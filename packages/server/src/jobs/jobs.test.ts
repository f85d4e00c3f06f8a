import { createServer as createHttpServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTokenSigner } from "../auth/tokens.js";
import { databaseTargets } from "../testing/databases.js";
import { startTestApp, TEST_SECRET, type TestApp } from "../testing/harness.js";
import { createDispatcher, type Dispatcher } from "./dispatcher.js";
import { addWebhookEndpoint, jobHandlers, signWebhook } from "./handlers.js";
import { smtpMailer } from "./mailer.js";
import { readMail as read, type SmtpListener, startSmtpListener } from "./smtp-listener.js";

describe.each(databaseTargets)("jobs on $name", (target) => {
  let h: TestApp;
  let token: string;
  let smtp: SmtpListener;
  let hooks: { body: string; headers: Record<string, string | string[] | undefined> }[];
  let hookServer: Server;
  let dispatcher: Dispatcher;
  const drain = async () => {
    let total = 0;
    for (let i = 0; i < 10; i++) {
      const n = await dispatcher.runOnce();
      total += n;
      if (n === 0) break;
    }
    return total;
  };

  beforeAll(async () => {
    h = await startTestApp(target);
    token = await h.session();
    smtp = await startSmtpListener();
    hooks = [];
    hookServer = createHttpServer((req, res) => {
      let body = "";
      req.on("data", (c) => {
        body += c;
      });
      req.on("end", () => {
        hooks.push({ body, headers: req.headers });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((r) => hookServer.listen(0, "127.0.0.1", r));
    const port = (hookServer.address() as AddressInfo).port;
    await addWebhookEndpoint(h.t.db, {
      tenantId: h.tenant.id,
      id: "wh1",
      url: `http://127.0.0.1:${port}/hook`,
      secret: "whsec_test",
      topics: ["case.case_opened", "case.resolved"],
      now: new Date(h.clock.now()).toISOString(),
    });
    dispatcher = createDispatcher({
      db: h.t.db,
      clock: h.clock,
      logger: (await import("../logger.js")).createLogger("silent"),
      handlers: jobHandlers({
        clock: h.clock,
        mailer: smtpMailer(`smtp://127.0.0.1:${smtp.port}`, "Acme <help@acme.test>"),
        tokens: createTokenSigner(TEST_SECRET),
        publicUrl: "https://help.acme.test",
      }),
      worker: "w1",
    });
  });
  afterAll(async () => {
    await smtp.close();
    await new Promise<void>((r) => hookServer.close(() => r()));
    await h.t.drop();
  });
  beforeEach(() => {
    smtp.inbox.length = 0;
    hooks.length = 0;
  });

  const open = async (key: string, body: Record<string, unknown>) => {
    const res = await h.call("POST", "/v1/cases", {
      body,
      headers: { authorization: `Bearer ${token}`, "idempotency-key": key },
    });
    return ((await res.json()) as { id: string }).id;
  };
  const staff = (id: string, command: Record<string, unknown>) =>
    h.call("POST", `/v1/staff/cases/${id}/commands`, {
      body: command,
      headers: { authorization: `Bearer ${h.keys.agent}` },
    });

  it("emails the confirmation over SMTP and calls the signed webhook", async () => {
    const id = await open("j1", { kind: "inquiry", description: "Where is my parcel?" });
    expect(await drain()).toBe(3);
    expect(smtp.inbox).toHaveLength(1);
    const mail = await read(smtp.inbox[0]!.raw);
    expect(smtp.inbox[0]!.to).toEqual(["anna@example.de"]);
    expect(mail.subject).toBe("We received your request (order #1001)");
    expect(mail.text).toContain("Thank you, we have received your request");
    expect(mail.text).toContain(`See your request: https://help.acme.test/?case=${id}&t=`);
    expect(mail.html).toContain(
      "<p>Thank you, we have received your request and will get back to you soon.</p>",
    );
    expect(hooks).toHaveLength(1);
    const hook = hooks[0]!;
    const signature = String(hook.headers["aftersales-signature"]);
    const t = Number(signature.match(/t=(\d+)/)![1]);
    expect(signature).toBe(signWebhook("whsec_test", t, hook.body));
    expect(JSON.parse(hook.body)).toMatchObject({ type: "case.case_opened", data: { caseId: id, seq: 1 } });
    expect(await drain()).toBe(0);
  });

  it("writes to the shopper in their locale, quoting the staff reply, and stays silent on their own messages", async () => {
    const id = await open("j2", { kind: "inquiry", description: "包裹在哪里？", locale: "zh-Hans" });
    await drain();
    smtp.inbox.length = 0;
    await h.call("POST", `/v1/cases/${id}/messages`, {
      body: { body: "还在吗？" },
      headers: { authorization: `Bearer ${token}` },
    });
    await staff(id, { type: "post_message", body: "包裹已发出，单号 SF123。" });
    await drain();
    expect(smtp.inbox).toHaveLength(1);
    const mail = await read(smtp.inbox[0]!.raw);
    expect(mail.subject).toBe("您的售后单有新回复 (订单 #1001)");
    expect(mail.text).toContain("> 包裹已发出，单号 SF123。");
  });

  it("retries a failed send later, with backoff, and delivers it then", async () => {
    await open("j3", { kind: "inquiry", description: "Retry me" });
    await drain(); // fan-out and first email
    expect(smtp.inbox).toHaveLength(1);
    smtp.inbox.length = 0;
    const id = await open("j4", { kind: "inquiry", description: "Fail once" });
    await dispatcher.runOnce(); // fan-out
    smtp.fail.next = true;
    await dispatcher.runOnce(); // email fails with 451
    expect(smtp.inbox).toHaveLength(0);
    const { rows } = await h.t.db.query<{ attempts: number; next_attempt_at: string; last_error: string }>(
      "SELECT attempts, next_attempt_at, last_error FROM outbox WHERE topic = 'email' AND delivered_at IS NULL",
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.attempts).toBe(1);
    expect(rows[0]!.next_attempt_at).toBe(new Date(h.clock.now() + 30_000).toISOString());
    expect(await dispatcher.runOnce()).toBe(0);
    h.clock.advance(30_000);
    expect(await dispatcher.runOnce()).toBe(1);
    expect((await read(smtp.inbox[0]!.raw)).text).toContain(`?case=${id}`);
  });

  it("sends the satisfaction follow-up three days after resolution, once", async () => {
    const id = await open("j5", { kind: "inquiry", description: "Resolve me" });
    await staff(id, { type: "resolve", resolution: "answered", summary: "Answered by phone." });
    await drain();
    // Both events were fanned out in one round; the two emails may go in either order.
    expect((await Promise.all(smtp.inbox.map(async (m) => (await read(m.raw)).subject))).sort()).toEqual([
      "We received your request (order #1001)",
      "Your request is resolved (order #1001)",
    ]);
    smtp.inbox.length = 0;
    h.clock.advance(3 * 24 * 3600_000 - 1);
    expect(await drain()).toBe(0);
    h.clock.advance(1);
    await drain();
    expect(await Promise.all(smtp.inbox.map(async (m) => (await read(m.raw)).subject))).toEqual([
      "How did we do?",
    ]);
    const events = (await (
      await h.call("GET", `/v1/staff/cases/${id}`, { headers: { authorization: `Bearer ${h.keys.agent}` } })
    ).json()) as { events: { type: string }[] };
    expect(events.events.map((e) => e.type)).toEqual(["case_opened", "resolved", "follow_up_sent"]);
  });
});
