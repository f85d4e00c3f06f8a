import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventLoadBarrier } from "../testing/barrier.js";
import { databaseTargets, postgresTarget } from "../testing/databases.js";
import { anna, fixedOrderSource } from "../testing/fixtures.js";
import { startTestApp, TEST_SECRET, type TestApp } from "../testing/harness.js";
import { createServer } from "./app.js";

describe.each(databaseTargets)("staff API on $name", (target) => {
  let h: TestApp;
  let token: string;
  const staff = (role: "agent" | "manager" | "admin" = "agent") => ({
    authorization: `Bearer ${h.keys[role]}`,
  });
  const openCase = async (
    key: string,
    body: Record<string, unknown> = { kind: "inquiry", description: `About ${key}` },
  ) => {
    const res = await h.call("POST", "/v1/cases", {
      body,
      headers: { authorization: `Bearer ${token}`, "idempotency-key": key },
    });
    expect(res.status).toBe(201);
    return ((await res.json()) as { id: string }).id;
  };
  const command = (id: string, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
    h.call("POST", `/v1/staff/cases/${id}/commands`, { body, headers: { ...staff(), ...headers } });

  beforeAll(async () => {
    h = await startTestApp(target);
    token = await h.session();
  });
  afterAll(() => h.t.drop());

  it("requires a key and answers 401 without one, 403 below the needed role", async () => {
    expect((await h.call("GET", "/v1/staff/cases")).status).toBe(401);
    expect(
      (await h.call("GET", "/v1/staff/cases", { headers: { authorization: "Bearer ask_nope" } })).status,
    ).toBe(401);
    const res = await h.call("POST", "/v1/staff/api-keys", {
      body: { name: "x", role: "agent" },
      headers: staff("manager"),
    });
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ type: "forbidden" });
  });

  it("works a case through acknowledge, options, choice and resolution", async () => {
    const id = await openCase("flow", {
      kind: "complaint",
      category: "delivery_damage",
      description: "The box was crushed",
    });
    expect((await command(id, { type: "acknowledge" })).status).toBe(200);
    expect((await command(id, { type: "assign", assigneeId: "agent-1" })).status).toBe(200);
    const proposed = await command(id, {
      type: "propose_options",
      options: [
        { id: "opt1", kind: "partial_refund", amount: { amount: 1000, currency: "EUR" }, label: "€10 back" },
        { id: "opt2", kind: "replacement" },
      ],
    });
    expect(proposed.status).toBe(200);
    const customer = { authorization: `Bearer ${token}` };
    const view = await h.call("GET", `/v1/cases/${id}`, { headers: customer });
    expect(await view.json()).toMatchObject({
      status: "proposed",
      options: [
        { id: "opt1", kind: "partial_refund", amount: { amount: 1000, currency: "EUR" }, label: "€10 back" },
        { id: "opt2", kind: "replacement" },
      ],
      allowedActions: ["post_message", "choose_option", "cancel"],
    });
    const wrong = await h.call("POST", `/v1/cases/${id}/choice`, {
      body: { optionId: "opt9" },
      headers: customer,
    });
    expect(wrong.status).toBe(409);
    expect(await wrong.json()).toMatchObject({ type: "option_not_offered" });
    const chosen = await h.call("POST", `/v1/cases/${id}/choice`, {
      body: { optionId: "opt1" },
      headers: customer,
    });
    expect(chosen.status).toBe(200);
    expect(await chosen.json()).toMatchObject({ status: "in_progress" });
    const resolved = await command(id, { type: "resolve", resolution: "partially_refunded" });
    expect(resolved.status).toBe(200);
    const rated = await h.call("POST", `/v1/cases/${id}/rating`, { body: { score: 5 }, headers: customer });
    const ratedView = (await rated.json()) as { timeline: { type: string; data: Record<string, unknown> }[] };
    expect(ratedView).toMatchObject({ status: "resolved", rating: { score: 5 } });
    expect(ratedView.timeline.at(-1)).toMatchObject({ type: "rated", data: { score: 5 } });
    const full = (await (await h.call("GET", `/v1/staff/cases/${id}`, { headers: staff() })).json()) as {
      events: { type: string; visibility: string }[];
      version: number;
    };
    expect(full.events.map((e) => e.type)).toEqual([
      "case_opened",
      "acknowledged",
      "assigned",
      "options_proposed",
      "option_chosen",
      "resolved",
      "rated",
    ]);
    expect(full.version).toBe(7);
    const timeline = (await (await h.call("GET", `/v1/cases/${id}`, { headers: customer })).json()) as {
      timeline: { type: string }[];
    };
    expect(timeline.timeline.map((e) => e.type)).not.toContain("assigned");
  });

  it("refuses a command not allowed in the status with 409 invalid_transition and bad input with 400", async () => {
    const id = await openCase("rules");
    const res = await command(id, { type: "close" });
    expect(res.status).toBe(409);
    expect(await res.json()).toMatchObject({
      type: "invalid_transition",
      params: { status: "submitted", command: "close" },
    });
    const bad = await command(id, { type: "assign" });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ type: "validation_failed", errors: [{ path: "assigneeId" }] });
    const unknown = await command(id, { type: "teleport" });
    expect(unknown.status).toBe(400);
  });

  it("answers a stale If-Match with 409 version_conflict", async () => {
    const id = await openCase("ifmatch");
    expect((await command(id, { type: "acknowledge" }, { "if-match": '"1"' })).status).toBe(200);
    const stale = await command(id, { type: "add_note", body: "late" }, { "if-match": '"1"' });
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ type: "version_conflict", currentVersion: 2 });
  });

  it("keeps tenants apart: another store's key gets 404 for this case and sees none in its list", async () => {
    const id = await openCase("tenancy");
    const other = { authorization: `Bearer ${h.otherKey}` };
    expect((await h.call("GET", `/v1/staff/cases/${id}`, { headers: other })).status).toBe(404);
    const cmd = await h.call("POST", `/v1/staff/cases/${id}/commands`, {
      body: { type: "acknowledge" },
      headers: other,
    });
    expect(cmd.status).toBe(404);
    const list = (await (await h.call("GET", "/v1/staff/cases", { headers: other })).json()) as {
      items: unknown[];
    };
    expect(list.items).toEqual([]);
  });

  it("lists with filters and pages through every case exactly once", async () => {
    for (let i = 0; i < 5; i++) {
      h.clock.advance(60_000);
      await openCase(`page-${i}`, { kind: "inquiry", description: `Paged question ${i}` });
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const q: string = `/v1/staff/cases?q=paged&limit=2${cursor ? `&cursor=${cursor}` : ""}`;
      const page = (await (await h.call("GET", q, { headers: staff() })).json()) as {
        items: { id: string; subject: string | null }[];
        nextCursor: string | null;
      };
      seen.push(...page.items.map((x) => x.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
    const filtered = (await (
      await h.call("GET", "/v1/staff/cases?status=cancelled&kind=inquiry", { headers: staff() })
    ).json()) as { items: unknown[] };
    expect(filtered.items).toEqual([]);
    const badCursor = await h.call("GET", "/v1/staff/cases?cursor=zzz", { headers: staff() });
    expect(badCursor.status).toBe(400);
  });

  it("opens a case for a customer on the phone", async () => {
    const res = await h.call("POST", "/v1/staff/cases", {
      body: {
        kind: "inquiry",
        channel: "phone",
        customer: { id: null, email: "caller@example.com" },
        description: "Asked about sizes",
      },
      headers: staff(),
    });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({
      case: { kind: "inquiry", channel: "phone", status: "submitted" },
      events: [{ seq: 1, type: "case_opened", actor: { type: "staff", id: "agent-1" } }],
    });
  });

  it("stores calendars validated by core, with versions and If-Match", async () => {
    const calendar = {
      timeZone: "Europe/Berlin",
      weekly: { mon: [{ start: "09:00", end: "18:00" }] },
    };
    const agentPut = await h.call("PUT", "/v1/staff/calendars/default", { body: calendar, headers: staff() });
    expect(agentPut.status).toBe(403);
    const put = await h.call("PUT", "/v1/staff/calendars/default", {
      body: calendar,
      headers: staff("manager"),
    });
    expect(put.status).toBe(200);
    expect(await put.json()).toMatchObject({ id: "default", version: 1 });
    const bad = await h.call("PUT", "/v1/staff/calendars/default", {
      body: { timeZone: "Mars/Olympus" },
      headers: staff("manager"),
    });
    expect(bad.status).toBe(400);
    const stale = await h.call("PUT", "/v1/staff/calendars/default", {
      body: calendar,
      headers: { ...staff("manager"), "if-match": '"7"' },
    });
    expect(stale.status).toBe(409);
    const list = (await (await h.call("GET", "/v1/staff/calendars", { headers: staff() })).json()) as {
      items: { id: string; version: number }[];
    };
    expect(list.items.map((d) => [d.id, d.version])).toEqual([["default", 1]]);
  });

  it("publishes valid policy versions in order and refuses invalid ones", async () => {
    const first = await h.call("POST", "/v1/staff/policies", {
      body: { window: { days: 30 } },
      headers: staff("manager"),
    });
    const second = await h.call("POST", "/v1/staff/policies", {
      body: { window: { days: 14 } },
      headers: staff("manager"),
    });
    expect(first.status).toBe(201);
    expect(await first.json()).toMatchObject({ version: 1, publishedBy: "mgr-1" });
    expect(await second.json()).toMatchObject({ version: 2 });
    const current = await h.call("GET", "/v1/staff/policies/current", { headers: staff() });
    expect(await current.json()).toMatchObject({ version: 2, body: { window: { days: 14 } } });
    const bad = await h.call("POST", "/v1/staff/policies", {
      body: { window: { days: -1 } },
      headers: staff("manager"),
    });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ type: "validation_failed", errors: [{ path: "window.days" }] });
  });

  it("simulates a draft policy on an order", async () => {
    const res = await h.call("POST", "/v1/staff/policies/simulate", {
      body: {
        orderId: "o-1001",
        lines: [{ lineId: "L1", quantity: 1, reason: "size", resolution: "refund" }],
        policy: { window: { days: 10 } },
        now: "2026-11-20T00:00:00.000Z",
      },
      headers: staff(),
    });
    expect(res.status).toBe(200);
    // Delivered 2026-11-04T10:00Z + 10 days; a German customer keeps the 14-day EU floor.
    const body = (await res.json()) as { lines: { status: string; deadline: string }[] };
    expect(body.lines[0]!.deadline).toBe("2026-11-18T10:00:00.000Z");
  });
});

// PGlite runs one transaction at a time, so commands cannot race there; PostgreSQL's pool can.
describe("staff commands racing on postgres", () => {
  let h: TestApp;
  let token: string;
  const staff = () => ({ authorization: `Bearer ${h.keys.agent}` });
  const openCase = async (key: string) => {
    const res = await h.call("POST", "/v1/cases", {
      body: { kind: "inquiry", description: "Race" },
      headers: { authorization: `Bearer ${token}`, "idempotency-key": key },
    });
    return ((await res.json()) as { id: string }).id;
  };
  beforeAll(async () => {
    h = await startTestApp(postgresTarget);
    token = await h.session();
  });
  afterAll(() => h.t.drop());

  it("lets exactly one of two racing commands win; the other gets 409 version_conflict", async () => {
    const id = await openCase("race");
    const racing = createServer({
      db: eventLoadBarrier(h.t.db, 2),
      secret: TEST_SECRET,
      orderSource: fixedOrderSource([anna]),
      clock: h.clock,
    });
    const send = (body: string) =>
      racing.request(`/v1/staff/cases/${id}/commands`, {
        method: "POST",
        headers: { ...staff(), "content-type": "application/json" },
        body: JSON.stringify({ type: "add_note", body }),
      });
    const results = await Promise.all([send("first"), send("second")]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const loser = results.find((r) => r.status === 409)!;
    expect(await loser.json()).toMatchObject({ type: "version_conflict", currentVersion: 2 });
    const full = (await (await h.call("GET", `/v1/staff/cases/${id}`, { headers: staff() })).json()) as {
      events: { seq: number; type: string }[];
    };
    expect(full.events.map((e) => [e.seq, e.type])).toEqual([
      [1, "case_opened"],
      [2, "note_added"],
    ]);
  });
});

describe.each(databaseTargets)("staff analytics on $name", (target) => {
  let h: TestApp;
  beforeAll(async () => {
    h = await startTestApp(target);
    const token = await h.session();
    const res = await h.call("POST", "/v1/cases", {
      body: { kind: "inquiry", description: "Counting" },
      headers: { authorization: `Bearer ${token}`, "idempotency-key": "an-1" },
    });
    const { id } = (await res.json()) as { id: string };
    h.clock.advance(30 * 60_000);
    await h.call("POST", `/v1/staff/cases/${id}/commands`, {
      body: { type: "post_message", body: "Hello!" },
      headers: { authorization: `Bearer ${h.keys.agent}` },
    });
  });
  afterAll(() => h.t.drop());

  it("reports the range's cases and first response from the store's events", async () => {
    const res = await h.call("GET", "/v1/staff/analytics?from=2026-11-23&to=2026-11-23", {
      headers: { authorization: `Bearer ${h.keys.agent}` },
    });
    expect(res.status).toBe(200);
    const d = (await res.json()) as {
      opened: number;
      responseTimes: { firstResponse: { count: number; medianMinutes: number } };
    };
    expect(d.opened).toBe(1);
    expect(d.responseTimes.firstResponse).toMatchObject({ count: 1, medianMinutes: 30 });
  });

  it("serves the same figures as CSV tables and refuses a bad range", async () => {
    const list = await h.call("GET", "/v1/staff/analytics.csv?from=2026-11-23&to=2026-11-23", {
      headers: { authorization: `Bearer ${h.keys.agent}` },
    });
    const { tables } = (await list.json()) as { tables: string[] };
    expect(tables.length).toBeGreaterThan(0);
    const csv = await h.call(
      "GET",
      `/v1/staff/analytics.csv?from=2026-11-23&to=2026-11-23&table=${tables[0]}`,
      {
        headers: { authorization: `Bearer ${h.keys.agent}` },
      },
    );
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const bad = await h.call("GET", "/v1/staff/analytics?from=2026-11-30&to=2026-11-01", {
      headers: { authorization: `Bearer ${h.keys.agent}` },
    });
    expect(bad.status).toBe(400);
  });
});

describe("outgoing webhook endpoints (pglite)", () => {
  let h: TestApp;
  beforeAll(async () => {
    h = await startTestApp(databaseTargets[0]!);
  });
  afterAll(() => h.t.drop());

  it("lets admins add, list and remove endpoints; the secret is shown once", async () => {
    const admin = { authorization: `Bearer ${h.keys.admin}` };
    expect(
      (
        await h.call("POST", "/v1/staff/webhook-endpoints", {
          body: { url: "https://x.test/h" },
          headers: { authorization: `Bearer ${h.keys.manager}` },
        })
      ).status,
    ).toBe(403);
    const bad = await h.call("POST", "/v1/staff/webhook-endpoints", {
      body: { url: "ftp://x.test", topics: ["case.teleported"] },
      headers: admin,
    });
    expect(bad.status).toBe(400);
    const created = await h.call("POST", "/v1/staff/webhook-endpoints", {
      body: { url: "https://x.test/h", topics: ["case.case_opened"] },
      headers: admin,
    });
    expect(created.status).toBe(201);
    const endpoint = (await created.json()) as { id: string; secret: string };
    expect(endpoint.secret).toMatch(/^whsec_/);
    const list = (await (await h.call("GET", "/v1/staff/webhook-endpoints", { headers: admin })).json()) as {
      items: Record<string, unknown>[];
    };
    expect(list.items).toEqual([
      {
        id: endpoint.id,
        url: "https://x.test/h",
        topics: ["case.case_opened"],
        createdAt: "2026-11-23T09:00:00.000Z",
      },
    ]);
    expect(
      (await h.call("DELETE", `/v1/staff/webhook-endpoints/${endpoint.id}`, { headers: admin })).status,
    ).toBe(204);
    expect(
      (await h.call("DELETE", `/v1/staff/webhook-endpoints/${endpoint.id}`, { headers: admin })).status,
    ).toBe(404);
  });
});
