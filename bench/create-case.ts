/**
 * Case creation speed: `POST /v1/cases` (a one-line return: token check, order lookup, policy
 * decision, idempotency key, events + projection + outbox in one transaction, SLA evaluation) over
 * loopback HTTP with autocannon, on PostgreSQL (the machine's server, a throw-away schema) and on
 * embedded PGlite, against a bare Hono route in the same process as the ceiling.
 *
 * Every request carries a fresh Idempotency-Key, so every 201 is a new case. Timing never fails the
 * run; the target line says whether PostgreSQL reached ≥ 1,500 cases/s with p99 ≤ 50 ms.
 *
 * Run: `npx tsx bench/create-case.ts [seconds=8] [connections=32]` (needs PostgreSQL on
 * 127.0.0.1:5432, database `test`, or TEST_DATABASE_URL).
 */
import { createServer } from "../packages/server/src/http/app.js";
import { createTenant } from "../packages/server/src/storage/tenants.js";
import { bareApp, listen, loadPost } from "../packages/server/src/testing/bench.js";
import { pgliteTarget, postgresTarget, type TestDatabase } from "../packages/server/src/testing/databases.js";
import { anna, fixedOrderSource } from "../packages/server/src/testing/fixtures.js";

const seconds = Number(process.argv[2] ?? 8);
const connections = Number(process.argv[3] ?? 32);
const SECRET = "bench-secret-bench-secret-bench-secret";

interface Result {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  ok: number;
  errors: number;
}

async function load(
  name: string,
  url: string,
  headers: Record<string, string>,
  body: string,
): Promise<Result> {
  const r = await loadPost({
    url,
    headers: { "content-type": "application/json", "idempotency-key": "bench-[<id>]", ...headers },
    body,
    seconds,
    connections,
  });
  return { name, ...r };
}

async function benchStorage(name: string, open: () => Promise<TestDatabase>): Promise<Result> {
  const t = await open();
  try {
    await createTenant(t.db, { slug: "acme", name: "Acme", settings: { timeZone: "Europe/Berlin" } });
    const app = createServer({
      db: t.db,
      secret: SECRET,
      orderSource: fixedOrderSource([anna]),
      limits: { sessionPerIp: { limit: 1e9, windowSeconds: 60 } },
    });
    const server = await listen(app.fetch);
    try {
      const session = await fetch(`${server.url}/v1/stores/acme/sessions`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ orderNumber: "#1001", email: "anna@example.de" }),
      });
      const { token } = (await session.json()) as { token: string };
      const body = JSON.stringify({
        kind: "return",
        lines: [{ lineId: "L1", quantity: 1, reason: "defective", resolution: "refund" }],
        description: "The seam came apart.",
      });
      // Warm-up (JIT, connection pool, caches), then the measured run.
      await load(`${name} warm-up`, `${server.url}/v1/cases`, { authorization: `Bearer ${token}` }, body);
      return await load(name, `${server.url}/v1/cases`, { authorization: `Bearer ${token}` }, body);
    } finally {
      await server.close();
    }
  } finally {
    await t.drop();
  }
}

async function benchBare(): Promise<Result> {
  const server = await listen(bareApp().fetch);
  try {
    await load("bare warm-up", `${server.url}/v1/cases`, {}, '{"kind":"inquiry","description":"x"}');
    return await load(
      "bare Hono route (ceiling)",
      `${server.url}/v1/cases`,
      {},
      '{"kind":"inquiry","description":"x"}',
    );
  } finally {
    await server.close();
  }
}

const results: Result[] = [];
results.push(await benchBare());
results.push(await benchStorage("POST /v1/cases on PostgreSQL", () => postgresTarget.open({ max: 20 })));
results.push(await benchStorage("POST /v1/cases on PGlite", () => pgliteTarget.open()));

const ceiling = results[0]!.rps;
console.log(
  `\ncreate-case bench: ${seconds}s per run, ${connections} connections, loopback, one Node process\n`,
);
console.log("run                                   req/s     p50 ms  p99 ms  non-2xx/errors  vs ceiling");
for (const r of results) {
  console.log(
    `${r.name.padEnd(36)} ${r.rps.toFixed(0).padStart(7)} ${String(r.p50).padStart(9)} ${String(r.p99).padStart(7)} ${String(r.errors).padStart(15)}  ${(r.rps / ceiling).toFixed(3)}`,
  );
}
const pg = results[1]!;
const met = pg.rps >= 1500 && pg.p99 <= 50;
console.log(
  `\ntarget (PostgreSQL ≥ 1,500 cases/s, p99 ≤ 50 ms): ${met ? "met" : "NOT met"} — ${pg.rps.toFixed(0)} cases/s, p99 ${pg.p99} ms`,
);
console.log(`PGlite / PostgreSQL: ${(results[2]!.rps / pg.rps).toFixed(2)}`);
process.exit(0);
