import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { migrations } from "../storage/migrations/index.js";
import { anna } from "../testing/fixtures.js";
import { main } from "./main.js";

describe("aftersales CLI (PGlite in a temporary DATA_DIR)", () => {
  let dir: string;
  let out: string[];
  const saved = { ...process.env };
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "aftersales-cli-"));
    process.env.DATA_DIR = dir;
    delete process.env.DATABASE_URL;
    out = [];
    vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
      out.push(String(chunk));
      return true;
    });
    vi.spyOn(process.stderr, "write").mockImplementation(() => true);
  });
  afterAll(() => {
    vi.restoreAllMocks();
    process.env = saved;
    rmSync(dir, { recursive: true, force: true });
  });
  const run = async (...args: string[]) => {
    out.length = 0;
    const code = await main(args);
    return { code, text: out.join("") };
  };

  it("prints help, and refuses unknown commands with exit code 2", async () => {
    expect((await run("--help")).text).toContain("Usage: aftersales <command> [options]");
    expect((await run("teleport")).code).toBe(2);
  });

  it("refuses several server processes on embedded PGlite, whose data folder belongs to one process", async () => {
    await expect(main(["serve", "--workers", "2"])).rejects.toThrow(
      "--workers above 1 needs PostgreSQL (DATABASE_URL)",
    );
    await expect(main(["serve", "--workers", "many"])).rejects.toThrow("--workers must be a whole number");
  });

  it("migrates, seeds the demo once, creates keys and exports every case as CSV", async () => {
    const latest = Math.max(...migrations.map((m) => m.version));
    expect(await run("migrate")).toEqual({ code: 0, text: `schema version ${latest} (pglite)\n` });
    const seeded = await run("seed-demo");
    expect(seeded.text).toMatch(/^Created store "demo" with 11 cases\.\nAdmin API key \(shown once\): ask_/);
    expect((await run("seed-demo")).text).toBe('Store "demo" exists already; nothing changed.\n');
    const key = await run("create-api-key", "--store", "demo", "--role", "agent");
    expect(key.text).toMatch(/^ask_[\w-]{43}\n$/);
    await expect(main(["create-api-key", "--store", "demo", "--role", "boss"])).rejects.toThrow(
      "--role must be agent, manager or admin",
    );
    const file = join(dir, "cases.csv");
    expect((await run("export-csv", "--store", "demo", "--out", file)).code).toBe(0);
    const lines = readFileSync(file, "utf8").trimEnd().split("\r\n");
    expect(lines[0]).toBe(
      "id,kind,status,item_progress,category,priority,channel,assignee_id,order_number,customer_email,subject,opened_at,updated_at,first_response_due_at,resolution_due_at,sla_state",
    );
    expect(lines).toHaveLength(12);
  });

  it("simulates a policy on an order snapshot from files", async () => {
    const policy = join(dir, "policy.json");
    const order = join(dir, "order.json");
    writeFileSync(policy, JSON.stringify({ window: { days: 30 } }));
    writeFileSync(order, JSON.stringify(anna));
    const result = await run(
      "simulate",
      "--policy-file",
      policy,
      "--order-file",
      order,
      "--lines",
      "L1:1:defective:refund",
      "--at",
      "2026-11-20T00:00:00.000Z",
    );
    expect(result.code).toBe(0);
    expect(JSON.parse(result.text)).toMatchObject({
      lines: [
        { lineId: "L1", deadline: "2026-12-04T10:00:00.000Z", refundable: { amount: 4990, currency: "EUR" } },
      ],
    });
  });
});
