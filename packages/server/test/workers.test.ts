import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTenant } from "../src/storage/tenants.js";
import { postgresTarget, type TestDatabase } from "../src/testing/databases.js";
import { TEST_SECRET } from "../src/testing/harness.js";

const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
const script = fileURLToPath(new URL("./workers-server.ts", import.meta.url));

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Collects the child's stdout lines and resolves `waitFor(pattern)` when a line matches. */
function lines(child: ChildProcess) {
  const seen: string[] = [];
  const waiting: { pattern: RegExp; resolve: (m: RegExpMatchArray) => void }[] = [];
  let buffer = "";
  child.stdout!.on("data", (chunk: Buffer) => {
    buffer += chunk.toString();
    const parts = buffer.split("\n");
    buffer = parts.pop()!;
    for (const line of parts) {
      seen.push(line);
      for (const w of [...waiting]) {
        const m = line.match(w.pattern);
        if (m) {
          waiting.splice(waiting.indexOf(w), 1);
          w.resolve(m);
        }
      }
    }
  });
  return {
    seen,
    waitFor(pattern: RegExp, after = 0): Promise<RegExpMatchArray> {
      for (const line of seen.slice(after)) {
        const m = line.match(pattern);
        if (m) return Promise.resolve(m);
      }
      return new Promise((resolve) => waiting.push({ pattern, resolve }));
    },
  };
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe("serveWorkers: two server processes on one PostgreSQL (postgres)", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await postgresTarget.open();
  });
  afterAll(() => t.drop());

  it("answers on one port with one case per key, replaces a process that dies, and stops every process on SIGTERM", async () => {
    await createTenant(t.db, { slug: "acme", name: "Acme" });
    const port = await freePort();
    const child = spawn(process.execPath, ["--import", "tsx", script], {
      cwd: repoRoot,
      env: { ...process.env, TEST_SCHEMA: t.schema, TEST_SECRET, TEST_PORT: String(port) },
      stdio: ["ignore", "pipe", "inherit"],
    });
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    const out = lines(child);
    await out.waitFor(/^listening (\d+)$/);
    const pids = (await Promise.all([out.waitFor(/^worker 0 (\d+)$/), out.waitFor(/^worker 1 (\d+)$/)])).map(
      (m) => Number(m[1]),
    );
    expect(new Set(pids).size).toBe(2);

    const url = `http://127.0.0.1:${port}`;
    const session = await fetch(`${url}/v1/stores/acme/sessions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ orderNumber: "#1001", email: "anna@example.de" }),
    });
    const { token } = (await session.json()) as { token: string };
    const create = (key: string) =>
      fetch(`${url}/v1/cases`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          authorization: `Bearer ${token}`,
          "idempotency-key": key,
        },
        body: JSON.stringify({ kind: "inquiry", description: "Where is my parcel?" }),
      });
    // Whichever process takes a request, the same key gives one case.
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => create(`k-${i % 6}`)));
    expect(answers.map((r) => r.status)).toEqual(Array(12).fill(201));
    const ids = new Set(await Promise.all(answers.map(async (r) => ((await r.json()) as { id: string }).id)));
    expect(ids.size).toBe(6);
    const { rows } = await t.db.query<{ n: number }>("SELECT count(*)::int AS n FROM cases");
    expect(rows[0]!.n).toBe(6);

    const before = out.seen.length;
    process.kill(pids[0]!, "SIGKILL");
    const replaced = Number((await out.waitFor(/^worker 0 (\d+)$/, before))[1]);
    expect(replaced).not.toBe(pids[0]);
    expect((await create("after-restart")).status).toBe(201);

    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect([replaced, pids[1]!].filter(alive)).toEqual([]);
  });
});
