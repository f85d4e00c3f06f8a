/**
 * Case creation speed: `POST /v1/cases` (a one-line return: token check, order lookup, policy
 * decision, idempotency key, events + projection + outbox, SLA evaluation) over loopback HTTP, on
 * PostgreSQL (the machine's server, a throw-away schema) with one and with several server
 * processes, and on embedded PGlite, against a bare Hono route as the ceiling.
 *
 * The server runs alone in a child process (or a cluster of them); the load generator (autocannon)
 * runs in this process, as a real client would, so it does not steal the server's event loop. Each
 * target gets a warm-up run, then rounds are interleaved over the targets (load from other people's
 * work on the machine hits all of them alike), and the best and median round are printed.
 *
 * Every request carries a fresh Idempotency-Key, so every 201 is a new case. Timing never fails the
 * run; the target line says whether PostgreSQL reached ≥ 1,500 cases/s with p99 ≤ 50 ms.
 *
 * Run: `npx tsx bench/create-case.ts [seconds=8] [connections=32] [rounds=3] [workers=2]` (needs
 * PostgreSQL on 127.0.0.1:5432, database `test`, or TEST_DATABASE_URL).
 */
import { type ChildProcess, fork } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { type AddressInfo, createServer as createNetServer } from "node:net";
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { createTenant } from "../packages/server/src/storage/tenants.js";
import type { BenchServerSpec } from "../packages/server/src/testing/bench.js";
import { loadPost, serveBenchTarget } from "../packages/server/src/testing/bench.js";
import { postgresTarget, type TestDatabase } from "../packages/server/src/testing/databases.js";

const SECRET = "bench-secret-bench-secret-bench-secret";

interface Figures {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  /** CPU time of the server process(es) per answered request, ms (less moved by others' load than req/s). */
  cpuMs: number;
}

interface Target {
  name: string;
  spec: Omit<BenchServerSpec, "port">;
  /** A case-creation target (needs a session), or the bare route. */
  creates: boolean;
  rounds: Figures[];
}

/** A port nothing listens on now (the server processes bind it next). */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createNetServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function startChild(spec: BenchServerSpec): Promise<{ url: string; child: ChildProcess }> {
  const child = fork(fileURLToPath(import.meta.url), [], {
    env: { ...process.env, BENCH_SERVER: JSON.stringify(spec) },
    // BENCH_CPU_PROF=<dir>: a V8 CPU profile of every server process (open it in Chrome DevTools).
    execArgv: process.env.BENCH_CPU_PROF
      ? [...process.execArgv, "--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`]
      : process.execArgv,
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.once("message", (m) => resolve((m as { url: string }).url));
    child.once("exit", (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  return { url, child };
}

/** CPU seconds (user + system) of process `pid` and its children (cluster workers), from /proc. */
function cpuSeconds(pid: number): number {
  let ticks = 0;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, "utf8");
    } catch {
      continue;
    }
    // Fields after the command name (which may hold spaces): state ppid … utime stime (14th, 15th).
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (Number(entry) === pid || Number(f[1]) === pid) ticks += Number(f[11]) + Number(f[12]);
  }
  return ticks / 100;
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

const CREATE_BODY = JSON.stringify({
  kind: "return",
  lines: [{ lineId: "L1", quantity: 1, reason: "defective", resolution: "refund" }],
  description: "The seam came apart.",
});
const BARE_BODY = '{"kind":"inquiry","description":"x"}';

async function sessionHeaders(url: string): Promise<Record<string, string>> {
  const session = await fetch(`${url}/v1/stores/acme/sessions`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ orderNumber: "#1001", email: "anna@example.de" }),
  });
  if (session.status !== 201) throw new Error(`session: ${session.status} ${await session.text()}`);
  const { token } = (await session.json()) as { token: string };
  return { authorization: `Bearer ${token}` };
}

async function runOnce(target: Target, port: number, seconds: number, connections: number) {
  const { url, child } = await startChild({ ...target.spec, port });
  try {
    const headers = target.creates ? await sessionHeaders(url) : {};
    const run = (s: number) =>
      loadPost({
        url: `${url}/v1/cases`,
        headers: { "content-type": "application/json", "idempotency-key": "bench-[<id>]", ...headers },
        body: target.creates ? CREATE_BODY : BARE_BODY,
        seconds: s,
        connections,
      });
    // Warm-up (JIT, connection pools, caches), then the measured run.
    await run(Math.max(2, Math.round(seconds / 2)));
    const cpuBefore = cpuSeconds(child.pid!);
    const result = await run(seconds);
    const cpu = cpuSeconds(child.pid!) - cpuBefore;
    return {
      ...result,
      cpuMs: result.ok + result.errors > 0 ? (cpu * 1000) / (result.ok + result.errors) : 0,
    };
  } finally {
    await stopChild(child);
  }
}

/** The round with the most creates/s, and the median round by creates/s. */
function bestAndMedian(rounds: readonly Figures[]): { best: Figures; median: Figures } {
  const byRps = [...rounds].sort((a, b) => b.rps - a.rps);
  return { best: byRps[0]!, median: byRps[(byRps.length - 1) >> 1]! };
}

/** The lowest and the median server CPU per request over the rounds. */
function cpuFigures(rounds: readonly Figures[]): string {
  const cpu = rounds.map((r) => r.cpuMs).sort((a, b) => a - b);
  return `${cpu[0]!.toFixed(3)} / ${cpu[(cpu.length - 1) >> 1]!.toFixed(3)}`;
}

async function runBench(): Promise<void> {
  const seconds = Number(process.argv[2] ?? 8);
  const connections = Number(process.argv[3] ?? 32);
  const roundCount = Number(process.argv[4] ?? 3);
  const workers = Number(process.argv[5] ?? 2);
  const pool = Number(process.env.BENCH_POOL ?? 10);

  const pg: TestDatabase = await postgresTarget.open({ max: 2 });
  await createTenant(pg.db, { slug: "acme", name: "Acme", settings: { timeZone: "Europe/Berlin" } });
  const targets: Target[] = [
    { name: "bare Hono route, 1 process", spec: { target: "bare", workers: 1 }, creates: false, rounds: [] },
    {
      name: "PostgreSQL, 1 process",
      spec: { target: "postgres", schema: pg.schema!, pool, workers: 1 },
      creates: true,
      rounds: [],
    },
    ...(workers > 1
      ? [
          {
            name: `bare Hono route, ${workers} processes`,
            spec: { target: "bare" as const, workers },
            creates: false,
            rounds: [],
          },
          {
            name: `PostgreSQL, ${workers} processes`,
            spec: { target: "postgres" as const, schema: pg.schema!, pool, workers },
            creates: true,
            rounds: [],
          },
        ]
      : []),
    { name: "PGlite, 1 process", spec: { target: "pglite", workers: 1 }, creates: true, rounds: [] },
  ];
  // BENCH_ONLY=<text>: only the targets whose name contains it (profiling one of them).
  const only = process.env.BENCH_ONLY;
  if (only) targets.splice(0, targets.length, ...targets.filter((t) => t.name.includes(only)));
  const loadBefore = loadavg();
  try {
    for (let round = 0; round < roundCount; round++) {
      for (const target of targets) {
        const r = await runOnce(target, await freePort(), seconds, connections);
        target.rounds.push({ rps: r.rps, p50: r.p50, p99: r.p99, errors: r.errors, cpuMs: r.cpuMs });
        process.stderr.write(
          `round ${round + 1} ${target.name}: ${r.rps.toFixed(0)}/s p50 ${r.p50} p99 ${r.p99} errors ${r.errors}` +
            ` server CPU ${r.cpuMs.toFixed(3)} ms/req, load ${loadavg()[0]!.toFixed(2)}\n`,
        );
      }
    }
  } finally {
    await pg.drop();
  }
  const loadAfter = loadavg();

  console.log(
    `\ncreate-case bench: ${seconds}s per round (after a warm-up), ${roundCount} rounds, ${connections} connections, loopback;` +
      ` server in its own process(es), autocannon in the parent; PostgreSQL pool ${pool} per process`,
  );
  console.log(
    `load average before ${loadBefore.map((l) => l.toFixed(2)).join(" ")}, after ${loadAfter.map((l) => l.toFixed(2)).join(" ")}\n`,
  );
  console.log(
    "run                              best req/s  p50  p99 │ median req/s  p50  p99 │ errors │ vs bare (same procs, best/median) │ server CPU ms/req (lowest/median)",
  );
  const summary = targets.map((t) => ({ t, ...bestAndMedian(t.rounds) }));
  const bareFor = (w: number) => summary.find((s) => s.t.spec.target === "bare" && s.t.spec.workers === w);
  for (const s of summary) {
    const bare = bareFor(s.t.spec.workers) ?? bareFor(1) ?? s;
    const errors = s.t.rounds.reduce((n, r) => n + r.errors, 0);
    console.log(
      `${s.t.name.padEnd(32)} ${s.best.rps.toFixed(0).padStart(10)} ${String(s.best.p50).padStart(4)} ${String(s.best.p99).padStart(4)} │` +
        ` ${s.median.rps.toFixed(0).padStart(12)} ${String(s.median.p50).padStart(4)} ${String(s.median.p99).padStart(4)} │` +
        ` ${String(errors).padStart(6)} │ ${(s.best.rps / bare.best.rps).toFixed(3)} / ${(s.median.rps / bare.median.rps).toFixed(3)}` +
        ` │ ${cpuFigures(s.t.rounds)}`,
    );
  }
  const pgRuns = summary.filter((s) => s.t.spec.target === "postgres");
  for (const s of pgRuns) {
    const met = (f: Figures) => f.rps >= 1500 && f.p99 <= 50;
    console.log(
      `\ntarget (PostgreSQL ≥ 1,500 cases/s, p99 ≤ 50 ms), ${s.t.name}: best round ${met(s.best) ? "met" : "NOT met"}` +
        ` (${s.best.rps.toFixed(0)}/s, p99 ${s.best.p99} ms), median round ${met(s.median) ? "met" : "NOT met"}` +
        ` (${s.median.rps.toFixed(0)}/s, p99 ${s.median.p99} ms)`,
    );
  }
  const pglite = summary.find((s) => s.t.spec.target === "pglite");
  if (pglite && pgRuns[0]) {
    console.log(
      `PGlite / PostgreSQL (1 process, median): ${(pglite.median.rps / pgRuns[0].median.rps).toFixed(2)}`,
    );
  }
  process.exit(0);
}

if (process.env.BENCH_SERVER) {
  // Child role: serve one target until SIGTERM.
  await serveBenchTarget(JSON.parse(process.env.BENCH_SERVER) as BenchServerSpec, SECRET);
} else {
  await runBench();
}
