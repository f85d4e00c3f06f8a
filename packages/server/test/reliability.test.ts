import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiKey } from "../src/auth/api-keys.js";
import { createTenant } from "../src/storage/tenants.js";
import { databaseTargets, postgresTarget, type TestDatabase } from "../src/testing/databases.js";
import { startTestApp, TEST_SECRET, type TestApp } from "../src/testing/harness.js";

const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
const childScript = fileURLToPath(new URL("./child-server.ts", import.meta.url));

function startChild(schema: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", childScript], {
    cwd: repoRoot,
    env: { ...process.env, TEST_SCHEMA: schema, TEST_SECRET },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const match = out.match(/listening (\d+)/);
      if (match) resolve({ child, url: `http://127.0.0.1:${match[1]}` });
    });
    child.once("exit", (code) => reject(new Error(`child exited early (${code}): ${out}`)));
  });
}

function killed(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once("exit", () => resolve());
  });
}

describe("a server killed with SIGKILL during a burst of case creations (postgres)", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await postgresTarget.open();
  });
  afterAll(() => t.drop());

  it("keeps every answered case whole and writes no half case", async () => {
    await createTenant(t.db, { slug: "acme", name: "Acme" });
    const first = await startChild(t.schema!);
    const session = await fetch(`${first.url}/v1/stores/acme/sessions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ orderNumber: "#1001", email: "anna@example.de" }),
    });
    const { token } = (await session.json()) as { token: string };
    const body = (i: number) => JSON.stringify({ kind: "inquiry", description: `Burst ${i}` });
    const create = (url: string, i: number) =>
      fetch(`${url}/v1/cases`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          authorization: `Bearer ${token}`,
          "idempotency-key": `burst-${i}`,
        },
        body: body(i),
      });

    const total = 400;
    const answered = new Map<number, string>();
    const failed = new Set<number>();
    let next = 0;
    let killedAt = -1;
    const worker = async () => {
      while (next < total) {
        const i = next++;
        try {
          const res = await create(first.url, i);
          if (res.status === 201) answered.set(i, ((await res.json()) as { id: string }).id);
          else failed.add(i);
        } catch {
          failed.add(i);
        }
        // Kill mid-burst, once 60 cases were confirmed, while other requests are in flight.
        if (answered.size >= 60 && killedAt < 0) {
          killedAt = answered.size;
          first.child.kill("SIGKILL");
        }
      }
    };
    await Promise.all(Array.from({ length: 16 }, worker));
    await killed(first.child);
    expect(killedAt).toBeGreaterThanOrEqual(60);
    expect(failed.size).toBeGreaterThan(0);

    const second = await startChild(t.schema!);
    try {
      // Every case the dead server confirmed is there, with its opening event, as it was answered.
      for (const [i, id] of answered) {
        const res = await fetch(`${second.url}/v1/cases/${id}`, {
          headers: { authorization: `Bearer ${token}` },
        });
        expect(res.status, `case ${i}`).toBe(200);
        const view = (await res.json()) as {
          timeline: { seq: number; type: string; data: { description: string } }[];
        };
        expect(view.timeline.map((e) => [e.seq, e.type, e.data.description])).toEqual([
          [1, "case_opened", `Burst ${i}`],
        ]);
      }
      // No half-written case: events, projection, idempotency answer and outbox row exist together.
      const { rows } = await t.db.query<{
        events: number;
        projections: number;
        keys: number;
        outbox: number;
        orphans: number;
      }>(
        `SELECT
           (SELECT count(DISTINCT case_id)::int FROM case_events) AS events,
           (SELECT count(*)::int FROM cases) AS projections,
           (SELECT count(*)::int FROM idempotency_keys WHERE response_status = 201) AS keys,
           (SELECT count(*)::int FROM outbox WHERE topic = 'case_events') AS outbox,
           (SELECT count(*)::int FROM cases c WHERE c.version <> (SELECT count(*) FROM case_events e WHERE e.tenant_id = c.tenant_id AND e.case_id = c.id)) AS orphans`,
      );
      const counts = rows[0]!;
      expect(counts.orphans).toBe(0);
      expect(counts.projections).toBe(counts.events);
      expect(counts.keys).toBe(counts.events);
      expect(counts.outbox).toBe(counts.events);
      expect(counts.events).toBeGreaterThanOrEqual(answered.size);
      // Retrying the requests that got no answer creates each case once (or replays the committed one).
      for (const i of failed) {
        const res = await create(second.url, i);
        expect(res.status).toBe(201);
      }
      const after = await t.db.query<{ n: number }>("SELECT count(*)::int AS n FROM cases");
      expect(after.rows[0]!.n).toBe(answered.size + failed.size);
    } finally {
      second.child.kill("SIGTERM");
      await killed(second.child);
    }
  }, 120_000);
});

describe("50 concurrent requests with one idempotency key (postgres)", () => {
  let h: TestApp;
  beforeAll(async () => {
    h = await startTestApp(postgresTarget, { max: 20 });
  });
  afterAll(() => h.t.drop());

  it("create exactly one case and answer all 50 with it", async () => {
    const token = await h.session();
    const responses = await Promise.all(
      Array.from({ length: 50 }, () =>
        h.call("POST", "/v1/cases", {
          body: { kind: "complaint", category: "delivery_damage", description: "Crushed box" },
          headers: { authorization: `Bearer ${token}`, "idempotency-key": "same-key" },
        }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(50).fill(201));
    const bodies = await Promise.all(responses.map((r) => r.text()));
    expect(new Set(bodies).size).toBe(1);
    expect(responses.filter((r) => r.headers.get("idempotent-replayed") === "true")).toHaveLength(49);
    const { rows } = await h.t.db.query<{ n: number }>("SELECT count(*)::int AS n FROM cases");
    expect(rows[0]!.n).toBe(1);
  });
});

const routes: [string, string, "customer" | "staff" | "none"][] = [
  ["POST", "/v1/stores/acme/sessions", "none"],
  ["POST", "/v1/stores/acme/classify", "none"],
  ["POST", "/v1/me/eligibility", "customer"],
  ["POST", "/v1/cases", "customer"],
  ["POST", "/v1/cases/CASE/messages", "customer"],
  ["POST", "/v1/cases/CASE/choice", "customer"],
  ["POST", "/v1/cases/CASE/cancel", "customer"],
  ["POST", "/v1/cases/CASE/rating", "customer"],
  ["POST", "/v1/attachments", "customer"],
  ["POST", "/v1/staff/cases", "staff"],
  ["POST", "/v1/staff/cases/CASE/commands", "staff"],
  ["PUT", "/v1/staff/calendars/default", "staff"],
  ["PUT", "/v1/staff/sla-policies/default", "staff"],
  ["POST", "/v1/staff/policies", "staff"],
  ["POST", "/v1/staff/policies/simulate", "staff"],
  ["POST", "/v1/staff/api-keys", "staff"],
  ["GET", "/v1/staff/cases?limit=QUERY&status=QUERY&cursor=QUERY", "staff"],
];

describe.each(databaseTargets)("malformed input to every route on $name", (target) => {
  let h: TestApp;
  let token: string;
  let caseId: string;
  beforeAll(async () => {
    h = await startTestApp(target);
    token = await h.session();
    const res = await h.call("POST", "/v1/cases", {
      body: { kind: "inquiry", description: "Fuzz target" },
      headers: { authorization: `Bearer ${token}`, "idempotency-key": "fuzz" },
    });
    caseId = ((await res.json()) as { id: string }).id;
    const now = new Date(h.clock.now()).toISOString();
    await createApiKey(h.t.db, { tenantId: h.tenant.id, name: "fuzz", role: "admin", now });
  });
  afterAll(() => h.t.drop());

  it("never answers 5xx, and every error is problem+json", async () => {
    const body = fc.oneof(
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc.string({ maxLength: 200 }),
      fc
        .record({ kind: fc.string(), description: fc.anything(), lines: fc.anything(), type: fc.string() })
        .map((v) => {
          try {
            return JSON.stringify(v);
          } catch {
            return "{}";
          }
        }),
      fc.constantFrom("", "{", "null", "[]", '{"type":"open_case"}', '{"type":"resolve"}', '{"score":6}'),
    );
    const contentType = fc.constantFrom(
      "application/json",
      "text/plain",
      "image/jpeg",
      "multipart/form-data; boundary=x",
      "",
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routes),
        body,
        contentType,
        fc.string({ maxLength: 30 }),
        async ([method, path, who], raw, type, query) => {
          const url = path.replace("CASE", caseId).replaceAll("QUERY", encodeURIComponent(query));
          const headers: Record<string, string> = { "idempotency-key": `f-${raw.length}-${query.length}` };
          if (type) headers["content-type"] = type;
          if (who === "customer") headers.authorization = `Bearer ${token}`;
          if (who === "staff") headers.authorization = `Bearer ${h.keys.admin}`;
          const res = await h.app.request(url, {
            method,
            headers,
            ...(method === "GET" ? {} : { body: raw }),
          });
          if (res.status >= 500)
            throw new Error(`${method} ${url} ${JSON.stringify(raw)} → ${res.status} ${await res.text()}`);
          if (res.status >= 400) expect(res.headers.get("content-type")).toBe("application/problem+json");
        },
      ),
      { numRuns: target.name === "postgres" ? 150 : 300, seed: 42 },
    );
  }, 120_000);
});
