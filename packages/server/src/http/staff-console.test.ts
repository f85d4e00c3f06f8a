import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiKey } from "../auth/api-keys.js";
import { databaseTargets } from "../testing/databases.js";
import { anna } from "../testing/fixtures.js";
import { startTestApp, type TestApp } from "../testing/harness.js";

interface Row {
  id: string;
  orderId: string | null;
  orderNumber: string | null;
  subject: string | null;
  openedAt: string;
  firstResponseDueAt: string | null;
  resolutionDueAt: string | null;
}

describe.each(databaseTargets)("staff console reads on $name", (target) => {
  let h: TestApp;
  const staff = () => ({ authorization: `Bearer ${h.keys.agent}` });
  /** Opens a case at `at` (a fresh session each time, so the 2-hour token never expires). */
  const openAt = async (at: string, key: string, body: Record<string, unknown>) => {
    h.clock.set(at);
    const token = await h.session();
    const res = await h.call("POST", "/v1/cases", {
      body,
      headers: { authorization: `Bearer ${token}`, "idempotency-key": key },
    });
    expect(res.status).toBe(201);
    return ((await res.json()) as { id: string }).id;
  };
  const command = (id: string, body: Record<string, unknown>) =>
    h.call("POST", `/v1/staff/cases/${id}/commands`, { body, headers: staff() });
  const list = async (query: string) => {
    const res = await h.call("GET", `/v1/staff/cases?${query}`, { headers: staff() });
    expect(res.status).toBe(200);
    return (await res.json()) as { items: Row[]; nextCursor: string | null };
  };
  /** Every page of a query, one case per page. */
  const allPages = async (query: string) => {
    const ids: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await list(`${query}&limit=1${cursor ? `&cursor=${cursor}` : ""}`);
      ids.push(...page.items.map((r) => r.id));
      cursor = page.nextCursor;
    } while (cursor);
    return ids;
  };
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    h = await startTestApp(target);
    // Monday 23 November 2026, Berlin (UTC+1).
    ids.late = await openAt("2026-11-23T22:30:00.000Z", "late", {
      kind: "inquiry",
      description: "late Monday",
    });
    ids.early = await openAt("2026-11-23T23:30:00.000Z", "early", {
      kind: "complaint",
      description: "early Tuesday",
    });
    // Friday 20 November: its first response was due Monday 23 November 18:00 Berlin, and is met.
    ids.answered = await openAt("2026-11-20T09:00:00.000Z", "answered", {
      kind: "inquiry",
      description: "answered",
    });
    ids.cancelled = await openAt("2026-11-24T08:30:00.000Z", "cancelled", {
      kind: "inquiry",
      description: "withdrawn",
    });
    h.clock.set("2026-11-24T09:00:00.000Z");
    expect((await command(ids.answered, { type: "post_message", body: "Hello!" })).status).toBe(200);
    expect((await command(ids.cancelled, { type: "cancel" })).status).toBe(200);
  });
  afterAll(() => h.t.drop());

  it("sorts by the earliest running SLA deadline, met and cancelled ones last, and pages through it", async () => {
    const { items } = await list("sort=due&limit=10");
    expect(items.map((r) => [r.id, r.firstResponseDueAt])).toEqual([
      [ids.late, "2026-11-24T17:00:00.000Z"],
      [ids.early, "2026-11-24T23:30:00.000Z"],
      ...[
        [ids.answered, "2026-11-23T17:00:00.000Z"],
        [ids.cancelled, "2026-11-25T17:00:00.000Z"],
      ].sort((a, b) => (a[0]! < b[0]! ? -1 : 1)),
    ]);
    expect(await allPages("sort=due")).toEqual(items.map((r) => r.id));
    // Each row names its order by the platform's id too, for links to the platform's order page.
    expect(new Set(items.map((r) => `${r.orderId} ${r.orderNumber}`))).toEqual(new Set(["o-1001 #1001"]));
    expect(await allPages("sort=newest")).toEqual([ids.cancelled, ids.early, ids.late, ids.answered]);
    const newestCursor = (await list("sort=newest&limit=1")).nextCursor;
    const mixed = await h.call("GET", `/v1/staff/cases?sort=due&cursor=${newestCursor}`, {
      headers: staff(),
    });
    expect(mixed.status).toBe(400);
    expect(await mixed.json()).toMatchObject({ errors: [{ path: "cursor", code: "invalid_cursor" }] });
  });

  it("filters by local opening dates in the store's time zone", async () => {
    const opened = async (query: string) => (await list(query)).items.map((r) => r.id);
    expect(await opened("openedFrom=2026-11-24")).toEqual([ids.cancelled, ids.early]);
    expect(await opened("openedTo=2026-11-23")).toEqual([ids.late, ids.answered]);
    expect(await opened("openedFrom=2026-11-23&openedTo=2026-11-23")).toEqual([ids.late]);
    expect(await opened("openedFrom=2026-11-24&sort=due")).toEqual([ids.early, ids.cancelled]);
    const bad = await h.call("GET", "/v1/staff/cases?openedFrom=2026-02-30&openedTo=23.11.2026", {
      headers: staff(),
    });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { errors: { path: string }[] }).errors.map((e) => e.path)).toEqual([
      "openedFrom",
      "openedTo",
    ]);
  });

  it("shows the SLA of a case evaluated now: every target and the shopper's promise", async () => {
    h.clock.set("2026-11-24T10:00:00.000Z");
    const res = await h.call("GET", `/v1/staff/cases/${ids.early}`, { headers: staff() });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { sla: unknown }).sla).toEqual({
      targets: {
        // A complaint's first response: 24 hours round the clock, 10.5 of them used.
        first_response: {
          state: "active",
          running: true,
          paused: false,
          atRisk: false,
          startedAt: "2026-11-23T23:30:00.000Z",
          dueAt: "2026-11-24T23:30:00.000Z",
          atRiskAt: "2026-11-24T18:42:00.000Z",
          stoppedAt: null,
          targetMinutes: 1440,
          usedMinutes: 630,
          remainingMinutes: 810,
          overdueMinutes: 0,
        },
        // Resolution on business hours (09:00–18:00 Berlin): two hours used by 11:00 on Tuesday.
        resolution: {
          state: "active",
          running: true,
          paused: false,
          atRisk: false,
          startedAt: "2026-11-23T23:30:00.000Z",
          dueAt: "2026-12-01T17:00:00.000Z",
          atRiskAt: "2026-11-30T15:12:00.000Z",
          stoppedAt: null,
          targetMinutes: 3240,
          usedMinutes: 120,
          remainingMinutes: 3120,
          overdueMinutes: 0,
        },
      },
      promise: { target: "first_response", dueAt: "2026-11-24T23:30:00.000Z", overdue: false },
    });
    const answered = await h.call("GET", `/v1/staff/cases/${ids.answered}`, { headers: staff() });
    expect(((await answered.json()) as { sla: unknown }).sla).toEqual({
      targets: {
        first_response: {
          state: "breached",
          running: false,
          paused: false,
          atRisk: false,
          startedAt: "2026-11-20T09:00:00.000Z",
          dueAt: "2026-11-23T17:00:00.000Z",
          atRiskAt: "2026-11-23T13:36:00.000Z",
          stoppedAt: "2026-11-24T09:00:00.000Z",
          targetMinutes: 1020,
          usedMinutes: 1080,
          remainingMinutes: 0,
          overdueMinutes: 60,
        },
      },
      promise: null,
    });
  });

  it("lists the store's staff members from its keys that are not revoked", async () => {
    const now = "2026-11-24T10:00:00.000Z";
    await createApiKey(h.t.db, {
      tenantId: h.tenant.id,
      name: "Agent One",
      role: "manager",
      staffId: "agent-1",
      now,
    });
    const gone = await createApiKey(h.t.db, {
      tenantId: h.tenant.id,
      name: "Gone",
      role: "admin",
      staffId: "gone-1",
      now,
    });
    await h.t.db.query("UPDATE api_keys SET revoked_at = $1 WHERE id = $2", [now, gone.id]);
    const res = await h.call("GET", "/v1/staff/members", { headers: staff() });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      items: [
        { staffId: "agent-1", name: "Agent One", role: "manager" },
        { staffId: "admin-1", name: "admin", role: "admin" },
        { staffId: "mgr-1", name: "mgr", role: "manager" },
      ],
    });
    expect((await h.call("GET", "/v1/staff/members")).status).toBe(401);
  });

  it("reads an order snapshot from the store's order source", async () => {
    const res = await h.call("GET", "/v1/staff/orders/o-1001", { headers: staff() });
    expect(res.status).toBe(200);
    // The snapshot, with what was paid for each line (2 × 49.90 and 1 × 9.90 EUR, no discounts).
    const paid = [9980, 990].map((amount) => ({ amount, currency: "EUR" }));
    const expected = { ...anna, lines: anna.lines.map((line, i) => ({ ...line, paid: paid[i] })) };
    expect(await res.json()).toEqual(JSON.parse(JSON.stringify(expected)));
    const missing = await h.call("GET", "/v1/staff/orders/o-9999", { headers: staff() });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ type: "not_found", title: "Order not found" });
    expect((await h.call("GET", "/v1/staff/orders/o-1001")).status).toBe(401);
  });

  it("answers 503 with Retry-After when the order source cannot be reached", async () => {
    const down = await startTestApp(target, {
      overrides: {
        orderSource: {
          platform: "down",
          getOrder: async () => ({ ok: false, reason: "unavailable" }),
          findOrder: async () => ({ ok: false, reason: "unavailable" }),
        },
      },
    });
    try {
      const res = await down.call("GET", "/v1/staff/orders/o-1001", {
        headers: { authorization: `Bearer ${down.keys.agent}` },
      });
      expect(res.status).toBe(503);
      expect(res.headers.get("retry-after")).toBe("30");
      expect(await res.json()).toMatchObject({ type: "unavailable" });
    } finally {
      await down.t.drop();
    }
  });
});
