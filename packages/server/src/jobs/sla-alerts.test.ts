import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTokenSigner } from "../auth/tokens.js";
import { createLogger } from "../logger.js";
import { sweepSla } from "../sla/sweeper.js";
import { updateTenantSettings } from "../storage/tenants.js";
import { databaseTargets } from "../testing/databases.js";
import { startTestApp, TEST_SECRET, type TestApp } from "../testing/harness.js";
import { createDispatcher, type Dispatcher } from "./dispatcher.js";
import { jobHandlers } from "./handlers.js";
import { smtpMailer } from "./mailer.js";
import { readMail, type SmtpListener, startSmtpListener } from "./smtp-listener.js";

// Opened Monday 23 Nov 2026, 10:00 in Berlin; no saved calendar, so Mon–Fri 09:00–18:00 Berlin.
// First response: 1 business day = Mon 10:00–18:00 (480 min) + Tue 09:00–18:00 (540) = 1020 min,
// due Tue 18:00 Berlin (17:00Z); at risk at 80% = 816 min: 336 min after Tue 09:00 = 14:36 (13:36Z).
const AT_RISK = "2026-11-24T13:36:00.000Z";
const DUE = "2026-11-24T17:00:00.000Z";

describe.each(databaseTargets)("SLA alerts to staff on $name", (target) => {
  let h: TestApp;
  let smtp: SmtpListener;
  let dispatcher: Dispatcher;
  let token: string;

  const drain = async () => {
    let total = 0;
    for (let i = 0; i < 10; i++) {
      const n = await dispatcher.runOnce();
      total += n;
      if (n === 0) break;
    }
    return total;
  };
  const received = async () =>
    (await Promise.all(smtp.inbox.map(async (m) => ({ to: m.to, ...(await readMail(m.raw)) })))).sort(
      (a, b) => a.to.join().localeCompare(b.to.join()),
    );
  const sweepAt = async (at: string) => {
    h.clock.set(at);
    return sweepSla({ db: h.t.db, clock: h.clock });
  };
  const open = async (key: string) => {
    h.clock.set("2026-11-23T09:00:00.000Z");
    const res = await h.call("POST", "/v1/cases", {
      body: { kind: "inquiry", description: "Where is my parcel?" },
      headers: { authorization: `Bearer ${token}`, "idempotency-key": key },
    });
    expect(res.status).toBe(201);
    return ((await res.json()) as { id: string }).id;
  };
  const admin = (method: string, path: string, body: unknown) =>
    h.call(method, path, { body, headers: { authorization: `Bearer ${h.keys.admin}` } });

  beforeAll(async () => {
    h = await startTestApp(target);
    token = await h.session();
    smtp = await startSmtpListener();
    dispatcher = createDispatcher({
      db: h.t.db,
      clock: h.clock,
      logger: createLogger("silent"),
      handlers: jobHandlers({
        clock: h.clock,
        mailer: smtpMailer(`smtp://127.0.0.1:${smtp.port}`, "Acme <help@acme.test>"),
        tokens: createTokenSigner(TEST_SECRET),
        publicUrl: "https://help.acme.test",
      }),
      worker: "w1",
    });
    const key = await admin("POST", "/v1/staff/api-keys", {
      name: "mia's laptop",
      role: "agent",
      staffId: "mia",
      email: "mia@acme.test",
      displayName: "Mia Wong",
    });
    expect(key.status).toBe(201);
    const settings = await admin("PATCH", "/v1/staff/store-settings", {
      staffEmail: ["escalations@acme.test", "lead@acme.test"],
    });
    expect(await settings.json()).toEqual({
      timeZone: "Europe/Berlin",
      locale: "en",
      staffEmail: ["escalations@acme.test", "lead@acme.test"],
    });
  });
  afterAll(async () => {
    await smtp.close();
    await h.t.drop();
  });
  beforeEach(async () => {
    await drain();
    smtp.inbox.length = 0;
  });

  it("lists the member with the address and display name of their key", async () => {
    const res = await h.call("GET", "/v1/staff/members", {
      headers: { authorization: `Bearer ${h.keys.agent}` },
    });
    expect(((await res.json()) as { items: unknown[] }).items).toContainEqual({
      staffId: "mia",
      name: "Mia Wong",
      role: "agent",
      email: "mia@acme.test",
    });
  });

  it("emails the assignee when their case is at risk, and the assignee and managers when it is breached", async () => {
    const id = await open("alert-1");
    const assigned = await h.call("POST", `/v1/staff/cases/${id}/commands`, {
      body: { type: "assign", assigneeId: "mia" },
      headers: { authorization: `Bearer ${h.keys.agent}` },
    });
    expect(assigned.status).toBe(200);
    await drain();
    smtp.inbox.length = 0;

    expect(await sweepAt(AT_RISK)).toEqual({ checked: 1, flagged: 1 });
    expect(await drain()).toBe(2); // the fan-out, then one email
    const [atRisk] = await received();
    expect(smtp.inbox).toHaveLength(1);
    expect(atRisk!.to).toEqual(["mia@acme.test"]);
    expect(atRisk!.subject).toBe(
      `SLA at risk: first response for case ${id} due Tue 2026-11-24 18:00 (Europe/Berlin)`,
    );
    expect(atRisk!.text).toBe(
      [
        "Hello,",
        "",
        `The first response target of case ${id} is at risk. It is due Tue 2026-11-24 18:00 (Europe/Berlin).`,
        "",
        `Case: ${id}`,
        "Order: #1001",
        "Assignee: Mia Wong",
        "",
        `Open the case: https://help.acme.test/admin/#/cases/${id}`,
        "",
        "Aftersales for Acme Apparel",
      ].join("\n"),
    );
    expect(atRisk!.html).toContain(`<a href="https://help.acme.test/admin/#/cases/${id}">Open the case</a>`);

    smtp.inbox.length = 0;
    expect(await sweepAt(new Date(Date.parse(DUE) + 1).toISOString())).toEqual({ checked: 1, flagged: 1 });
    expect(await drain()).toBe(4);
    const breached = await received();
    expect(breached.map((m) => m.to)).toEqual([
      ["escalations@acme.test"],
      ["lead@acme.test"],
      ["mia@acme.test"],
    ]);
    for (const mail of breached) {
      expect(mail.subject).toBe(
        `SLA breached: first response for case ${id} was due Tue 2026-11-24 18:00 (Europe/Berlin)`,
      );
    }
    expect(breached[0]!.text).toContain(`The first response target of case ${id} was missed.`);

    // Nothing is flagged or sent twice, and the shopper never hears of it.
    smtp.inbox.length = 0;
    expect(await sweepAt("2026-11-24T18:00:00.000Z")).toEqual({ checked: 0, flagged: 0 });
    expect(await drain()).toBe(0);
    expect(smtp.inbox).toEqual([]);
    const { rows } = await h.t.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM outbox WHERE topic = 'email' AND payload->>'to' = 'anna@example.de' AND payload->>'audience' = 'staff'",
    );
    expect(rows[0]!.n).toBe(0);
  });

  it("sends an unassigned case's at-risk alert to the managers, in the store's language", async () => {
    await updateTenantSettings(h.t.db, h.tenant.id, { locale: "zh-Hant" });
    try {
      const id = await open("alert-2");
      await drain();
      smtp.inbox.length = 0;
      expect(await sweepAt(AT_RISK)).toEqual({ checked: 1, flagged: 1 });
      expect(await drain()).toBe(3);
      const mails = await received();
      expect(mails.map((m) => m.to)).toEqual([["escalations@acme.test"], ["lead@acme.test"]]);
      expect(mails[0]!.subject).toBe(
        `服務時效預警：工單 ${id} 的首次回應將於 2026-11-24（週二）18:00（Europe/Berlin） 到期`,
      );
      expect(mails[0]!.text).toContain("處理人: 未指派");
      expect(mails[0]!.text).toContain(`開啟工單: https://help.acme.test/admin/#/cases/${id}`);
      expect(mails[0]!.html).toContain('<html lang="zh-Hant">');
    } finally {
      await updateTenantSettings(h.t.db, h.tenant.id, { locale: "en" });
    }
  });

  it("sends the at-risk alert to the managers when the assignee has no address, naming the assignee", async () => {
    const id = await open("alert-3");
    await h.call("POST", `/v1/staff/cases/${id}/commands`, {
      body: { type: "assign", assigneeId: "agent-1" },
      headers: { authorization: `Bearer ${h.keys.agent}` },
    });
    await drain();
    smtp.inbox.length = 0;
    expect(await sweepAt(AT_RISK)).toEqual({ checked: 1, flagged: 1 });
    expect(await drain()).toBe(3);
    const mails = await received();
    expect(mails.map((m) => m.to)).toEqual([["escalations@acme.test"], ["lead@acme.test"]]);
    expect(mails[1]!.text).toContain("Assignee: agent\n");
  });

  it("lets an admin give a member an address later, and only an admin", async () => {
    const forbidden = await h.call("PATCH", "/v1/staff/members/agent-1", {
      body: { email: "agent@acme.test" },
      headers: { authorization: `Bearer ${h.keys.manager}` },
    });
    expect(forbidden.status).toBe(403);
    const res = await admin("PATCH", "/v1/staff/members/agent-1", {
      email: "agent@acme.test",
      displayName: "Ada",
    });
    expect(await res.json()).toEqual({
      staffId: "agent-1",
      name: "Ada",
      role: "agent",
      email: "agent@acme.test",
    });
    expect((await admin("PATCH", "/v1/staff/members/nobody", { email: "x@acme.test" })).status).toBe(404);
    const bad = await admin("PATCH", "/v1/staff/store-settings", { staffEmail: ["not-an-address"] });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { errors: { path: string }[] }).errors.map((e) => e.path)).toEqual([
      "staffEmail.0",
    ]);
  });
});
